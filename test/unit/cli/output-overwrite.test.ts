// --output and --write-baseline replace only files this tool wrote; anything else needs --force.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/run';

const DATASET = join(__dirname, '../../fixtures/datasets/mini.json');

async function run(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, datasetPath: DATASET });
  return { code, stdout, stderr };
}

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'all-overwrite-'));
  writeFileSync(join(root, 'app.py'), 'm = AutoModel.from_pretrained("deepseek-ai/DeepSeek-R1")\n');
  return root;
}

test('a file the user wrote is not replaced without --force: one line says why, exit 2', async () => {
  const root = project();
  try {
    for (const flag of ['--output', '--write-baseline']) {
      writeFileSync(join(root, 'notes.md'), 'my notes\n');
      const refused = await run(['scan', '.', '--quiet', flag, 'notes.md'], root);
      assert.equal(refused.code, 2);
      assert.equal(refused.stderr, 'ai-license-lens: notes.md exists and is not a report or baseline written by ai-license-lens; pass --force to replace it\n');
      assert.equal(readFileSync(join(root, 'notes.md'), 'utf8'), 'my notes\n');
      const forced = await run(['scan', '.', '--quiet', flag, 'notes.md', '--force'], root);
      assert.equal(forced.code, 0, forced.stderr);
      assert.notEqual(readFileSync(join(root, 'notes.md'), 'utf8'), 'my notes\n');
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('its own reports and baselines, in every format, are replaced without --force (CI re-runs)', async () => {
  const root = project();
  try {
    for (const format of ['json', 'markdown', 'html', 'cyclonedx', 'spdx', 'sarif']) {
      for (let run_ = 0; run_ < 2; run_++) {
        const result = await run(['scan', '.', '--quiet', '--format', format, '--output', `report.${format}`], root);
        assert.equal(result.code, 0, `${format} run ${run_ + 1}: ${result.stderr}`);
      }
    }
    for (let run_ = 0; run_ < 2; run_++) {
      const result = await run(['scan', '.', '--quiet', '--write-baseline', 'baseline.json'], root);
      assert.equal(result.code, 0, result.stderr);
    }
    writeFileSync(join(root, 'empty.json'), '');
    assert.equal((await run(['scan', '.', '--quiet', '--output', 'empty.json'], root)).code, 0, 'an empty file holds nothing to lose');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
