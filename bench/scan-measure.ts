/**
 * The in-process half of bench/scan.mjs, bundled by it to dist/bench-scan-measure.js (beside scan-worker.js and
 * dataset.json, as the CLI is) and run in a fresh Node per figure. Prints one JSON line.
 *   time <dir> <threads> <runs>   scanFolder wall times as the CLI runs it (threads: 0 = in-process, auto = the cores)
 *   memory <dir> [threads]        heap + external kept after a full scan as the editor runs it, after GC (--expose-gc)
 *   tree <dir> <cancelAfter>      as the editor: peak RSS of a full scan of a big tree, time-to-stop of a cancelled one
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createFileAnalyzers } from '../src/core/analyzers';
import { DEFAULT_POLICY } from '../src/core/assess/policy';
import { loadDatasetFile } from '../src/core/dataset/load-file';
import { createEngine, type Engine } from '../src/core/engine';
import { scanFolder, ScanCancelledError, type ScanOptions, type ScanWorkersOption } from '../src/core/scan/scan';

const datasetPath = join(__dirname, 'dataset.json');
const [mode, dir, ...rest] = process.argv.slice(2);
const engine = createEngine({ dataset: loadDatasetFile(datasetPath).view, policy: DEFAULT_POLICY });

type CallerThread = NonNullable<ScanWorkersOption['callerThread']>;

/**
 * The options the CLI ('throughout') and the report command ('while-workers-start') pass; `maxWorkers: 0` keeps
 * the scan in-process.
 */
function scan(root: string, maxWorkers: number | undefined, callerThread: CallerThread, extra: ScanOptions = {}) {
  return scanFolder(root, engine, {
    fileAnalyzers: createFileAnalyzers(engine as Engine),
    workers: { datasetPath, fileAnalyzers: 'standard', maxWorkers, callerThread },
    ...extra,
  });
}

const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
const kept = () => {
  const memory = process.memoryUsage();
  return memory.heapUsed + memory.external;
};
const collect = () => {
  for (let i = 0; i < 3; i++) (globalThis as { gc?: () => void }).gc?.();
};

async function main(): Promise<unknown> {
  if (!dir) throw new Error('usage: scan-measure time|memory|tree <dir> ...');
  if (mode === 'time') {
    const workers = rest[0] === 'auto' || rest[0] === undefined ? undefined : Number(rest[0]);
    const runs = Number(rest[1] ?? 3);
    const ms: number[] = [];
    let last;
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      last = await scan(dir, workers, 'throughout');
      ms.push(performance.now() - started);
    }
    return { ms, files: last!.stats.filesScanned, bytes: last!.stats.bytesScanned, findings: last!.findings.length };
  }
  if (mode === 'memory') {
    if (!(globalThis as { gc?: unknown }).gc) throw new Error('memory needs node --expose-gc');
    collect();
    const before = kept();
    const workers = rest[0] === undefined || rest[0] === 'auto' ? undefined : Number(rest[0]);
    let result: Awaited<ReturnType<typeof scan>> | undefined = await scan(dir, workers, 'while-workers-start');
    collect();
    const withResult = kept();
    const findings = result.findings.length;
    result = undefined;
    await new Promise((resolve) => setTimeout(resolve, 100));
    collect();
    const memory = process.memoryUsage();
    return { keptMB: mb(withResult - before), afterDropMB: mb(kept() - before), findings, heapMB: mb(memory.heapUsed), externalMB: mb(memory.external), arrayBuffersMB: mb(memory.arrayBuffers) };
  }
  if (mode === 'tree') {
    const cancelAfter = Number(rest[0] ?? 20);
    const rssBefore = process.memoryUsage().rss;
    let peakRss = rssBefore;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
    const started = performance.now();
    let progressCalls = 0;
    const result = await scan(dir, undefined, 'while-workers-start', { onProgress: () => progressCalls++ });
    const fullMs = performance.now() - started;
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);

    const controller = new AbortController();
    let abortedAt = 0;
    let calls = 0;
    let stoppedMs = -1;
    try {
      await scan(dir, undefined, 'while-workers-start', {
        signal: controller.signal,
        onProgress: () => {
          if (++calls === cancelAfter) {
            abortedAt = performance.now();
            controller.abort();
          }
        },
      });
    } catch (error) {
      if (!(error instanceof ScanCancelledError)) throw error;
      stoppedMs = performance.now() - abortedAt;
    }
    return {
      files: result.stats.filesScanned,
      findings: result.findings.length,
      fullMs,
      progressCalls,
      rssBeforeMB: mb(rssBefore),
      peakRssMB: mb(peakRss),
      maxRssMB: mb(process.resourceUsage().maxRSS * 1024),
      cancelledAfterFiles: cancelAfter * 50,
      stopMs: stoppedMs,
    };
  }
  throw new Error(`unknown mode ${mode}`);
}

main().then(
  (figures) => {
    console.log(JSON.stringify(figures));
    process.exit(0);
  },
  (error: unknown) => {
    console.error((error as Error)?.stack ?? String(error));
    process.exit(1);
  },
);
