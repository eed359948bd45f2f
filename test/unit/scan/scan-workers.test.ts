import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error: a plain ES module script without types
import { writeDatasetBundle } from '../../../scripts/bundle-dataset.mjs';
import { createFileAnalyzers } from '../../../src/core/analyzers';
import { parsePolicy } from '../../../src/core/assess/policy';
import { loadDatasetFile } from '../../../src/core/dataset/load-file';
import { createEngine } from '../../../src/core/engine';
import { scanFolder, ScanCancelledError, type ScanOptions } from '../../../src/core/scan/scan';

// The workers load the dataset from a file, as the CLI and the extension do: the committed data/, bundled once.
const work = mkdtempSync(join(tmpdir(), 'all-scan-workers-'));
const datasetPath = join(work, 'dataset.json');
writeDatasetBundle(datasetPath, join(__dirname, '../../../data'));
const { view } = loadDatasetFile(datasetPath);
const MONOREPO = join(__dirname, '../../fixtures/monorepo');

test.after(() => rmSync(work, { recursive: true, force: true }));

type Threads = 'in-process' | 'workers' | 'throughout' | 'while-workers-start';

function scan(root: string, engine: ReturnType<typeof createEngine>, threads: Threads, extra: ScanOptions = {}) {
  return scanFolder(root, engine, {
    fileAnalyzers: createFileAnalyzers(engine),
    // Thresholds at zero: even the small fixture goes to the workers.
    workers:
      threads === 'in-process'
        ? undefined
        : { datasetPath, fileAnalyzers: 'standard', maxWorkers: 2, minFiles: 0, minBytes: 0, callerThread: threads === 'workers' ? undefined : threads },
    ...extra,
  });
}

for (const threads of ['workers', 'throughout', 'while-workers-start'] as const) {
  test(`a scan on workers (caller thread: ${threads}) finds what the in-process scan finds, in the same order, with the same counts`, async () => {
    const engine = createEngine({ dataset: view, policy: parsePolicy({ commercialProduct: true, exclude: ['analysis/**'] }) });
    const inProcess = await scan(MONOREPO, engine, 'in-process');
    const parallel = await scan(MONOREPO, engine, threads);
    assert.ok(inProcess.findings.length > 100, 'the fixture has findings to compare');
    assert.ok(inProcess.findings.some((finding) => finding.kind !== 'model-reference'), 'and file-analyser findings');
    assert.deepEqual(parallel.findings, inProcess.findings);
    assert.deepEqual(parallel.models, inProcess.models);
    assert.deepEqual({ ...parallel.stats, ms: 0 }, { ...inProcess.stats, ms: 0 });
  });
}

test('a scan on worker threads reports progress and stops with ScanCancelledError when aborted', async () => {
  const root = mkdtempSync(join(work, 'many-'));
  for (let i = 0; i < 600; i++) {
    mkdirSync(join(root, `pkg${i % 10}`), { recursive: true });
    writeFileSync(join(root, `pkg${i % 10}`, `file${i}.py`), `model = "meta-llama/Llama-3.1-8B-Instruct"  # ${i}\n`);
  }
  const engine = createEngine({ dataset: view, policy: parsePolicy({}) });
  const progress: number[] = [];
  const full = await scan(root, engine, 'workers', { onProgress: ({ filesScanned }) => progress.push(filesScanned) });
  assert.equal(full.stats.filesScanned, 600);
  assert.equal(full.findings.length, 600);
  assert.ok(progress.length >= 2 && progress.every((count, i) => i === 0 || count > progress[i - 1]!), `progress ${progress}`);

  const controller = new AbortController();
  await assert.rejects(
    scan(root, engine, 'throughout', { signal: controller.signal, onProgress: () => controller.abort() }),
    ScanCancelledError,
  );
});

test('a scan below the thresholds stays in-process, and a missing dataset fails the scan instead of hanging', async () => {
  const engine = createEngine({ dataset: view, policy: parsePolicy({}) });
  await assert.rejects(
    scanFolder(MONOREPO, engine, { workers: { datasetPath: join(work, 'missing.json'), fileAnalyzers: 'none', minFiles: 0, minBytes: 0 } }),
    /scan worker/,
  );
  // The same missing dataset is never read when the job is too small for workers.
  const small = await scanFolder(MONOREPO, engine, { workers: { datasetPath: join(work, 'missing.json'), fileAnalyzers: 'none' } });
  assert.equal(small.stats.filesScanned > 0, true);
});
