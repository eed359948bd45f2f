/** Whether a scan pays for worker threads, and how many: decided on the first files of the walk. */
import { availableParallelism } from 'node:os';
import { isReadAsText, type FileToScan } from './scan-file';
import { scanWorkerScript, type ScanWorkerScript } from './scan-in-workers';
import type { ScanWorkersOption } from './scan';

const DEFAULT_WORKER_MIN_FILES = 200;
const DEFAULT_WORKER_MIN_BYTES = 4 * 1024 * 1024;
const DEFAULT_MAX_WORKERS = 4;

type FileSource = AsyncGenerator<FileToScan>;

/**
 * Whether the job pays for workers: reads ahead of the walk (paths and sizes only) until it passes the thresholds.
 * Either way the files read ahead come first in the source handed on.
 */
export async function planWorkers(
  files: FileSource,
  option: ScanWorkersOption | undefined,
  maxFileBytes: number,
): Promise<{ files: FileSource; workers?: { option: ScanWorkersOption; script: ScanWorkerScript; workerCount: number } }> {
  const threads = Math.min(option?.maxWorkers ?? DEFAULT_MAX_WORKERS, availableParallelism());
  const workerCount = option?.callerThread === 'throughout' ? threads - 1 : threads;
  const script = option && workerCount > 0 ? scanWorkerScript() : undefined;
  if (!option || !script) return { files };
  const minFiles = option.minFiles ?? DEFAULT_WORKER_MIN_FILES;
  const minBytes = option.minBytes ?? DEFAULT_WORKER_MIN_BYTES;
  const ahead: FileToScan[] = [];
  let textBytes = 0;
  while (ahead.length < minFiles && textBytes < minBytes) {
    const next = await files.next();
    if (next.done) return { files: prepend(ahead, files) };
    ahead.push(next.value);
    if (isReadAsText(next.value, maxFileBytes)) textBytes += next.value.size;
  }
  return { files: prepend(ahead, files), workers: { option, script, workerCount } };
}

async function* prepend(first: readonly FileToScan[], rest: FileSource): FileSource {
  yield* first;
  yield* rest;
}
