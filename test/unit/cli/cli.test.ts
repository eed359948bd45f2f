import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/run';
import { VERSION } from '../../../src/core/version';

const DATASET = join(__dirname, '../../fixtures/datasets/mini.json');

function makeProject(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'all-cli-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

async function run(argv: string[], cwd: string, datasetPath = DATASET) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, datasetPath });
  return { code, stdout, stderr };
}

const PROJECT = {
  'app.py': 'from transformers import AutoModel\nm = AutoModel.from_pretrained("deepseek-ai/DeepSeek-R1")\nclient.chat(model="gpt-4o")\n',
  'gen.py': 'pipe = FluxPipeline.from_pretrained("black-forest-labs/FLUX.1-dev")\n',
  'weights.bin': Buffer.from([0, 1, 2, 3, 0, 0, 0]),
  'node_modules/x/index.js': 'model = "gpt-4o"',
};

test('--help and --version exit 0; bad usage exits 2 with one line on stderr', async () => {
  const cwd = tmpdir();
  const help = await run(['--help'], cwd);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /Usage: ai-license-lens scan <dir>/);
  assert.deepEqual(await run(['--version'], cwd), { code: 0, stdout: `${VERSION}\n`, stderr: '' });
  for (const argv of [[], ['lint', '.'], ['scan'], ['scan', '.', '--format', 'pdf'], ['scan', '.', '--bogus'], ['scan', '.', '--fail-on', 'sometimes']]) {
    const result = await run(argv, cwd);
    assert.equal(result.code, 2, argv.join(' '));
    assert.equal(result.stdout, '');
    assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
  }
});

test('an unreadable input exits 2: missing folder, a file, a broken policy or dataset', async () => {
  const root = makeProject({ 'a.py': 'x = 1\n', '.ai-license-lens.json': '{ "commercialProduct": ' });
  try {
    assert.equal((await run(['scan', join(root, 'missing')], root)).code, 2);
    assert.equal((await run(['scan', join(root, 'a.py')], root)).code, 2);
    const broken = await run(['scan', '.'], root);
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /\.ai-license-lens\.json is not valid JSON/);
    const noDataset = await run(['scan', '.', '--policy', 'a.py'], root, join(root, 'none.json'));
    assert.equal(noDataset.code, 2);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('JSON follows the contract: 1-based positions, text as written, stats with skip reasons', async () => {
  const root = makeProject(PROJECT);
  try {
    const { code, stdout } = await run(['scan', '.', '--quiet'], root);
    assert.equal(code, 0);
    const report = JSON.parse(stdout);
    assert.deepEqual(report.tool, { name: 'ai-license-lens', version: VERSION });
    assert.equal(report.root, '.');
    const r1 = report.findings.find((f: { text: string }) => f.text === 'deepseek-ai/DeepSeek-R1');
    assert.deepEqual(
      { file: r1.file, line: r1.line, column: r1.column, endLine: r1.endLine, endColumn: r1.endColumn, kind: r1.kind },
      { file: 'app.py', line: 2, column: 32, endLine: 2, endColumn: 55, kind: 'model-reference' },
    );
    assert.equal(r1.modelId, 'deepseek-ai/DeepSeek-R1');
    assert.equal(r1.license, 'mit');
    assert.equal(r1.commercialUse, 'allowed');
    assert.ok(!('start' in r1));
    const gpt = report.findings.find((f: { text: string }) => f.text === 'gpt-4o');
    assert.equal(gpt.commercialUse, 'api-terms');
    assert.equal(gpt.openness, 'api-only');
    assert.equal(report.findings.filter((f: { file: string }) => f.file.startsWith('node_modules')).length, 0);
    assert.equal(report.stats.skippedByReason.binary, 1);
    assert.equal(report.stats.skippedByReason['default-excluded'], 1);
    assert.equal(report.stats.filesScanned, 2);
    assert.ok(report.models.length >= 3);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('exit 1 when a finding reaches --fail-on, 0 below it; the policy file sets the default', async () => {
  const root = makeProject(PROJECT);
  try {
    assert.equal((await run(['scan', '.', '--quiet'], root)).code, 0, 'non-commercial is a warning by default');
    assert.equal((await run(['scan', '.', '--quiet', '--fail-on', 'warning'], root)).code, 1);
    assert.equal((await run(['scan', '.', '--quiet', '--fail-on', 'never'], root)).code, 0);
    writeFileSync(join(root, '.ai-license-lens.json'), '{ "commercialProduct": true }');
    const commercial = await run(['scan', '.'], root);
    assert.equal(commercial.code, 1, 'non-commercial is an error in a commercial product');
    assert.match(commercial.stderr, /failing/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a baseline silences the findings it knows and still fails on new ones', async () => {
  const root = makeProject(PROJECT);
  try {
    assert.equal((await run(['scan', '.', '--quiet', '--fail-on', 'warning', '--write-baseline', 'baseline.json'], root)).code, 1);
    assert.ok(JSON.parse(readFileSync(join(root, 'baseline.json'), 'utf8')).fingerprints.length > 0);
    assert.equal((await run(['scan', '.', '--quiet', '--fail-on', 'warning', '--baseline', 'baseline.json'], root)).code, 0);
    writeFileSync(join(root, 'new.py'), 'p = FluxPipeline.from_pretrained("black-forest-labs/FLUX.1-dev")\n');
    assert.equal((await run(['scan', '.', '--quiet', '--fail-on', 'warning', '--baseline', 'baseline.json'], root)).code, 1);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('--output writes the report to a file, and every format is produced', async () => {
  const root = makeProject(PROJECT);
  try {
    for (const format of ['json', 'markdown', 'html', 'cyclonedx', 'spdx', 'sarif']) {
      const result = await run(['scan', '.', '--quiet', '--format', format, '--output', `out.${format}`], root);
      assert.equal(result.code, 0, `${format}: ${result.stderr}`);
      assert.equal(result.stdout, '');
      assert.ok(readFileSync(join(root, `out.${format}`), 'utf8').length > 100, format);
    }
    // The reports now lie in the scanned folder: a new scan must not count them as model references.
    const again = JSON.parse((await run(['scan', '.', '--quiet', '--output', 'out.json'], root)).stdout || readFileSync(join(root, 'out.json'), 'utf8'));
    assert.deepEqual([...new Set(again.findings.map((f: { file: string }) => f.file))].sort(), ['app.py', 'gen.py']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
