import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderMarkdown } from '../../../src/core/report/markdown';
import { FIXTURE_DIR, loadDataset, loadScanResult } from './fixture';

const GOLDEN = join(FIXTURE_DIR, 'report.md');

test('the Markdown report matches the golden file (UPDATE_GOLDEN=1 rewrites it)', () => {
  const actual = renderMarkdown(loadScanResult(), loadDataset());
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, actual);
  assert.equal(actual, readFileSync(GOLDEN, 'utf8'));
});

test('hostile ids never become HTML, links or extra table cells', () => {
  const report = renderMarkdown(loadScanResult(), loadDataset());
  // Only backslash-escaped angle brackets survive: `\<img` renders as text.
  assert.doesNotMatch(report, /(^|[^\\])<img/m);
  assert.doesNotMatch(report, /(^|[^\\])<script/m);
  assert.doesNotMatch(report, /\]\(command:/);
  assert.doesNotMatch(report, /(^|[^\\])`rm/m);
  // Every table row has as many unescaped pipes as its header.
  for (const block of report.split('\n\n').filter((part) => part.startsWith('| '))) {
    const rows = block.split('\n');
    const cells = (row: string) => row.split(/(?<!\\)\|/).length;
    for (const row of rows) assert.equal(cells(row), cells(rows[0]!), row);
  }
});

test('a hostile file name stays one link target', () => {
  const report = renderMarkdown(loadScanResult(), loadDataset());
  assert.match(report, /\]\(src\/we%7Cird%20%281%29\.py#L2\)/);
});

test('the fine-tune shows its base model chain and the verdict counts add up', () => {
  const report = renderMarkdown(loadScanResult(), loadDataset());
  assert.match(report, /example-org\/llama-3\.1-8b-support-ft is a finetune of meta-llama\/Llama-3\.1-8B-Instruct/);
  assert.match(report, /\| conditional \| 2 \|/);
  assert.match(report, /\| api-only \| 1 \|/);
  assert.match(report, /Findings: 0 errors, 2 warnings, 4 info, 1 suppressed\./);
});
