/**
 * Scans files on worker threads: the caller's thread hands out batches of files (at most a few queued per worker,
 * so a huge tree is never held in memory at once) and receives each batch's outcomes back in the order the files
 * came, whichever worker finished first. The caller's thread may scan batches too (`callerThread`). Cancelling
 * terminates the workers at once.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { isReadAsText, type FileScanOutcome, type FileToScan } from './scan-file';
import type { FromWorker, ScanWorkerSetup, ToWorker } from './worker-protocol';

/** A batch closes at this many files or bytes: big enough that messaging costs little, small enough to balance. */
const BATCH_FILES = 200;
const BATCH_BYTES = 1024 * 1024;
/** Batches queued per worker: one running and one waiting, so a worker never idles on a round trip. */
const BATCHES_PER_WORKER = 2;

export interface WorkerScanOptions {
  workerCount: number;
  signal?: AbortSignal;
  /** Called per batch, in file order. */
  onBatchDone: (files: readonly FileToScan[], outcomes: readonly FileScanOutcome[]) => void;
  /** The error to throw when the signal aborts. */
  cancelled: () => Error;
  /** Scans a file on the caller's thread too, one batch at a time (see ScanWorkersOption.callerThread). */
  callerThread?: { scan: (file: FileToScan) => Promise<FileScanOutcome>; until: 'done' | 'workers-ready' };
}

/** How to start a worker: the script beside this module, dist/scan-worker.js in the bundles. */
export interface ScanWorkerScript {
  /** A file path, or code to evaluate when `eval`. */
  script: string;
  eval: boolean;
}

const TSX_CJS = 'tsx/cjs';

export function scanWorkerScript(): ScanWorkerScript | undefined {
  const fromSource = __filename.endsWith('.ts');
  const path = join(__dirname, fromSource ? 'scan-worker.ts' : 'scan-worker.js');
  if (!existsSync(path)) return undefined;
  if (!fromSource) return { script: path, eval: false };
  // Under tsx (the unit tests): Node 20 will not load a .ts worker itself, so a one-line bootstrap registers tsx first.
  // (A variable, not a literal: the bundles never take this branch and must not try to resolve tsx.)
  const tsxLoader = require.resolve(TSX_CJS);
  return { script: `require(${JSON.stringify(tsxLoader)}); require(${JSON.stringify(path)});`, eval: true };
}

export async function scanInWorkers(
  files: AsyncIterator<FileToScan>,
  setup: ScanWorkerSetup,
  script: ScanWorkerScript,
  options: WorkerScanOptions,
): Promise<void> {
  let failure: ((error: Error) => void) | undefined;
  const failed = new Promise<never>((_, reject) => (failure = reject));
  failed.catch(() => undefined);
  const fail = (error: Error) => failure!(error);
  let stopped = false;

  let wakeDispatcher: (() => void) | undefined;
  const wake = () => {
    wakeDispatcher?.();
    wakeDispatcher = undefined;
  };
  const sent = new Map<number, FileToScan[]>();
  const done = new Map<number, readonly FileScanOutcome[]>();
  let nextToDeliver = 0;
  const batchDone = (participant: Participant, batch: number, outcomes: readonly FileScanOutcome[]) => {
    participant.inFlight--;
    done.set(batch, outcomes);
    try {
      for (let next = done.get(nextToDeliver); next; next = done.get(nextToDeliver)) {
        options.onBatchDone(sent.get(nextToDeliver)!, next);
        sent.delete(nextToDeliver);
        done.delete(nextToDeliver);
        nextToDeliver++;
      }
    } catch (error) {
      fail(error as Error);
    }
    wake();
  };

  const callerThread = options.callerThread;
  const workers = Array.from({ length: options.workerCount }, () => {
    // No inherited flags (an extension host's --inspect...): the worker needs none.
    const worker = new Worker(script.script, { eval: script.eval, workerData: setup, execArgv: [] });
    const participant: Participant & { worker: Worker; exited: boolean } = {
      worker,
      exited: false,
      inFlight: 0,
      capacity: BATCHES_PER_WORKER,
      send: (batch, batchFiles) => worker.postMessage({ type: 'batch', batch, files: batchFiles } satisfies ToWorker),
    };
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'failed') fail(new Error(`a scan worker failed: ${message.message}`));
      else if (message.type === 'batch-done') batchDone(participant, message.batch, message.outcomes);
      else if (message.type === 'ready' && callerThread?.until === 'workers-ready') caller.capacity = 0;
    });
    worker.on('error', (error) => fail(error));
    worker.on('exit', (code) => {
      participant.exited = true;
      fail(new Error(`a scan worker stopped (exit code ${code})`));
    });
    return participant;
  });
  // Between files the caller's thread yields (each read is awaited): batches are still handed out and received.
  const caller: Participant = {
    inFlight: 0,
    capacity: callerThread ? 1 : 0,
    send: (batch, batchFiles) => {
      void (async () => {
        const outcomes: FileScanOutcome[] = [];
        for (const file of batchFiles) {
          if (stopped) return;
          outcomes.push(await callerThread!.scan(file));
        }
        batchDone(caller, batch, outcomes);
      })().catch((error: unknown) => fail(error as Error));
    },
  };
  const participants: Participant[] = [...workers, caller];

  const onAbort = () => fail(options.cancelled());
  options.signal?.addEventListener('abort', onAbort);
  try {
    if (options.signal?.aborted) onAbort();
    let batchNumber = 0;
    let pending: IteratorResult<FileToScan> | undefined;
    for (;;) {
      // Fill the batch first, then wait for room: the walk runs while the workers are busy.
      const batch: FileToScan[] = [];
      let bytes = 0;
      while (batch.length < BATCH_FILES && bytes < BATCH_BYTES) {
        pending = await Promise.race([files.next(), failed]);
        if (pending.done) break;
        batch.push(pending.value);
        if (isReadAsText(pending.value, setup.maxFileBytes)) bytes += pending.value.size;
      }
      if (batch.length === 0) break;
      let target = leastBusy(participants);
      while (!target) {
        await Promise.race([new Promise<void>((resolve) => (wakeDispatcher = resolve)), failed]);
        target = leastBusy(participants);
      }
      target.inFlight++;
      sent.set(batchNumber, batch);
      target.send(batchNumber, batch);
      batchNumber++;
      if (pending?.done) break;
    }
    while (nextToDeliver < batchNumber) {
      await Promise.race([new Promise<void>((resolve) => (wakeDispatcher = resolve)), failed]);
    }
  } finally {
    stopped = true;
    options.signal?.removeEventListener('abort', onAbort);
    // Stopping now: an `exit` from here on is ours, not a failure.
    failure = () => undefined;
    await Promise.all(workers.map((state) => (state.exited ? undefined : state.worker.terminate())));
    await files.return?.();
  }
}

interface Participant {
  inFlight: number;
  capacity: number;
  send(batch: number, files: FileToScan[]): void;
}

/** The participant with the most room left, workers first on a tie; undefined when all are full. */
function leastBusy(participants: readonly Participant[]): Participant | undefined {
  let best: Participant | undefined;
  for (const candidate of participants) {
    if (candidate.inFlight >= candidate.capacity) continue;
    if (!best || candidate.inFlight / candidate.capacity < best.inFlight / best.capacity) best = candidate;
  }
  return best;
}
