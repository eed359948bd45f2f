/**
 * A scan worker thread (bundled to dist/scan-worker.js): builds its own engine from the dataset file and the
 * policy it is given, then scans the batches of files the scan posts, with the same per-file function as the
 * in-process scan.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { createFileAnalyzers } from '../analyzers';
import { loadDatasetFile } from '../dataset/load-file';
import { createEngine } from '../engine';
import { createLiveEngine } from '../online/overlay';
import { scanFile } from './scan-file';
import type { FromWorker, ScanWorkerSetup, ToWorker } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('scan-worker runs as a worker thread only');
const post = (message: FromWorker) => port.postMessage(message);

try {
  const setup = workerData as ScanWorkerSetup;
  const { view } = loadDatasetFile(setup.datasetPath);
  const live = new Map(setup.liveModels.map((model) => [model.id.toLowerCase(), model]));
  const engine = createLiveEngine(createEngine({ dataset: view, policy: setup.policy }), live);
  const analyzers = setup.standardFileAnalyzers ? createFileAnalyzers(engine) : [];

  // Batches run one after another: the scan keeps at most a couple queued per worker.
  let queue = Promise.resolve();
  port.on('message', (message: ToWorker) => {
    queue = queue.then(async () => {
      const outcomes = [];
      // A worker may block on a read (nothing else runs on its thread): a sync read is ~20x faster than an awaited one.
      for (const file of message.files) outcomes.push(await scanFile(file, engine, analyzers, setup.maxFileBytes, readFileSync));
      post({ type: 'batch-done', batch: message.batch, outcomes });
    }).catch((error: unknown) => post({ type: 'failed', message: (error as Error)?.stack ?? String(error) }));
  });
  post({ type: 'ready' });
} catch (error) {
  post({ type: 'failed', message: (error as Error)?.message ?? String(error) });
}
