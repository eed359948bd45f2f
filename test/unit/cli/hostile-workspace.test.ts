// The generated hostile workspace through the CLI scan and every export format: the scan completes, skips with
// counted reasons, still finds the good ids, and no injected markup or command link comes out live.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/run';
import { createFileAnalyzers } from '../../../src/core/analyzers';
import { DEFAULT_POLICY } from '../../../src/core/assess/policy';
import { loadDatasetFile } from '../../../src/core/dataset/load-file';
import { createEngine } from '../../../src/core/engine';
import type { ScanResult } from '../../../src/core/finding';
import { scanFolder } from '../../../src/core/scan/scan';
import { renderReportPage } from '../../../src/core/present/report-page';
import { REPORT_FORMATS, renderReport } from '../../../src/core/report';
import { GOOD_FILES, generateHostileWorkspace, removeHostileWorkspace, type HostileWorkspace } from '../../fixtures/hostile/generate';
import { assertNoLiveHtml, assertNoLiveMarkdown } from './hostile-output';

const DATASET = join(__dirname, '../../fixtures/datasets/mini.json');

/** The parts of the CLI's JSON contract (docs/json-output.md) these checks read. */
interface JsonReport {
  findings: Array<{ file: string; line: number; text: string; modelId: string | null; severity: string }>;
  stats: { filesSkipped: number; skippedByReason: Record<string, number> };
}

describe('a hostile workspace through the CLI and every export', () => {
  let workspace: HostileWorkspace;
  let result: JsonReport;
  let exitCode: number;
  let stderr = '';
  let inProcess: Awaited<ReturnType<typeof scanInProcess>>;

  before(async () => {
    workspace = generateHostileWorkspace(join(realpathSync(mkdtempSync(join(tmpdir(), 'all-hostile-'))), 'ws'));
    let stdout = '';
    exitCode = await runCli(['scan', workspace.root, '--format', 'json'], {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      cwd: workspace.root,
      datasetPath: DATASET,
    });
    result = JSON.parse(stdout);
    inProcess = await scanInProcess(workspace.root);
    // A quadratic path on one of these files shows as this timeout, not as a hung test run.
  }, { timeout: 240_000 });
  after(() => removeHostileWorkspace(workspace));

  it('completes with the documented exit code and a one-line summary', () => {
    const failing = result.findings.filter((finding) => finding.severity === 'error').length;
    assert.equal(exitCode, failing > 0 ? 1 : 0, stderr);
    assert.equal(stderr.trim().split('\n').length, 1, stderr);
  });

  it('skips what it must, each with a counted reason', () => {
    const reasons = result.stats.skippedByReason;
    assert.ok((reasons['binary'] ?? 0) >= 2, `binary: ${JSON.stringify(reasons)}`); // two source-named binaries
    assert.ok((reasons['too-large'] ?? 0) >= 1, 'the 30 MB log');
    assert.ok((reasons['symlink-loop'] ?? 0) + (reasons['symlink-duplicate'] ?? 0) >= 1, 'the link loop');
    assert.ok((reasons['symlink-outside-root'] ?? 0) >= 2, 'links out of the workspace');
    assert.ok((reasons['broken-symlink'] ?? 0) >= 1, 'the broken link');
    assert.ok((reasons['too-deep'] ?? 0) >= 1, 'the 120-level tree');
    const counted = Object.values(reasons).reduce((sum, count) => sum + count, 0);
    assert.equal(result.stats.filesSkipped, counted, 'every skip has a reason');
  });

  it('still finds the ids of the good files, and nothing outside the workspace or past the depth limit', () => {
    for (const [file, expected] of Object.entries(GOOD_FILES)) {
      const found = result.findings.find((finding) => finding.file === file && finding.modelId === expected.id);
      assert.ok(found, `${expected.id} in ${file}`);
      assert.equal(found.line, expected.line);
    }
    assert.ok(!result.findings.some((finding) => finding.text.includes(workspace.unreachableId)), 'an unreachable id was reported');
    assert.ok(!result.findings.some((finding) => finding.file.startsWith('links/') || finding.file.startsWith('deep/')));
  });

  it('escapes injected markup in HTML and Markdown, and keeps JSON formats parseable', () => {
    const { view, scan } = inProcess;
    for (const format of REPORT_FORMATS) {
      const text = renderReport(format, scan, view);
      if (format === 'html') {
        assertNoLiveHtml(text);
        assert.ok(text.includes('&lt;img src=x onerror=alert(1)&gt;'), 'the injection is shown, as text');
      } else if (format === 'markdown') {
        assertNoLiveMarkdown(text);
        assert.match(text, /command:workbench\.action\.terminal\.new/, 'the injection is shown, as text');
      }
      else assert.doesNotThrow(() => JSON.parse(text), format);
    }
  });

  it('shows injected markup only as text in the report view page', () => {
    const { view, scan } = inProcess;
    const assets = { cspSource: 'https://webview.test', nonce: 'n0nce', styleUri: 'https://webview.test/r.css', scriptUri: 'https://webview.test/r.js' };
    assertNoLiveHtml(renderReportPage([scan], view, assets));
  });

  it('has hostile file names and card fields in the result, so the escaping checks above have something to bite', () => {
    const files = result.findings.map((finding) => finding.file).join('\n');
    assert.match(files, /<img src=x onerror=alert\(1\)>\.py/);
    assert.match(files, /\[x\]\(command:workbench\.action\.terminal\.new\)\.py/);
  });
});

/** The scan the CLI runs, in process, for the renderers that take a ScanResult. */
async function scanInProcess(root: string) {
  const { view } = loadDatasetFile(DATASET);
  const engine = createEngine({ dataset: view, policy: DEFAULT_POLICY });
  const scan: ScanResult = await scanFolder(root, engine, { fileAnalyzers: createFileAnalyzers(engine) });
  return { view, scan };
}
