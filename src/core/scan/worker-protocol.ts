/** The messages between a scan and its worker threads; plain data only (structured clone). */
import type { Policy } from '../assess/policy';
import type { Model } from '../dataset/schema';
import type { FileScanOutcome, FileToScan } from './scan-file';

/** What a worker builds its own engine and analysers from (`workerData`). */
export interface ScanWorkerSetup {
  datasetPath: string;
  policy: Policy;
  /** Models of an online lookup laid over the dataset in the caller's engine (the editor's), so verdicts match. */
  liveModels: Model[];
  /** Whether to run `createFileAnalyzers(engine)` beside model-reference detection. */
  standardFileAnalyzers: boolean;
  maxFileBytes: number;
}

export type ToWorker = { type: 'batch'; batch: number; files: FileToScan[] };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'batch-done'; batch: number; outcomes: FileScanOutcome[] }
  | { type: 'failed'; message: string };
