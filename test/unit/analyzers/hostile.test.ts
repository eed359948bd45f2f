/** Issue 7's hostile inputs through the file analysers: each completes, finds what is there, and throws nothing. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeFileText, createFileAnalyzers } from '../../../src/core/analyzers';
import { testContext } from './context';

const context = testContext();
const TITLE = 'LLAMA 3.1 COMMUNITY LICENSE AGREEMENT\nLlama 3.1 Version Release Date: July 23, 2024\n';

test('backtracking-shaped lines in license files, cards and Modelfiles', () => {
  const shapes = ['a/'.repeat(200_000), '-'.repeat(200_000), ' '.repeat(200_000), `license${' '.repeat(100_000)}`, '"""'.repeat(50_000), '\u00a0'.repeat(100_000)];
  for (const shape of shapes) {
    for (const file of ['LICENSE', 'README.md', 'Modelfile']) assert.deepEqual(analyzeFileText(shape, context, { file }), [], `${file}: ${shape.slice(0, 10)}`);
    assert.equal(analyzeFileText(`${TITLE}${shape}`, context, { file: 'LICENSE' })[0]?.license, 'llama3.1');
    assert.equal(analyzeFileText(`---\nlicense: llama3.1\n---\n${shape}`, context, { file: 'README.md' })[0]?.license, 'llama3.1');
    assert.equal(analyzeFileText(`FROM x\nLICENSE """${TITLE}"""\n${shape}`, context, { file: 'Modelfile' })[0]?.license, 'llama3.1');
    assert.equal(analyzeFileText(`---\n${shape}\nlicense: mit\n---\n`, context, { file: 'README.md' }).length <= 1, true);
  }
});

test('markup-shaped values stay plain text in messages, on one line', () => {
  const card = '---\nlicense: "<img src=x onerror=alert(1)>\\n[click](command:workbench.action.terminal.new)"\n---\n';
  const [finding] = analyzeFileText(card, context, { file: 'README.md' });
  assert.equal(finding!.rule, 'unknown-license');
  assert.ok(!/[\r\n]/.test(finding!.message));
  assert.match(finding!.message, /is not in the catalog/);
});

test('UTF-16 and invalid UTF-8 license files over the size limit are read from their start', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'all-hostile-'));
  try {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${TITLE}${'filler\n'.repeat(1_000_000)}`, 'utf16le')]);
    writeFileSync(join(dir, 'LICENSE'), utf16);
    writeFileSync(join(dir, 'NOTICE'), Buffer.concat([Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), Buffer.from(TITLE)]));
    const analyzer = createFileAnalyzers(context).find((candidate) => candidate.wants('LICENSE'))!;
    const [wide] = await analyzer.analyze({ path: join(dir, 'LICENSE'), relativePath: 'LICENSE', size: utf16.length, text: undefined });
    assert.equal(wide!.license, 'llama3.1');
    const [invalid] = await analyzer.analyze({ path: join(dir, 'NOTICE'), relativePath: 'NOTICE', size: 100, text: undefined });
    assert.equal(invalid!.license, 'llama3.1');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
