/**
 * A folder -> a scan result. Shared by the CLI and the editor's report command: reads each file once,
 * skips what it must with a counted reason, and stops when the signal aborts.
 */
import type { Engine } from '../engine';
import type { Finding, ScanResult } from '../finding';
import { liveFactsOf } from '../online/live-model';
import { summarizeModels } from './summarize';
import { createFindingInterner } from './intern-findings';
import { planWorkers } from './plan-workers';
import { scanFile, type FileToScan, type ReadFileBytes } from './scan-file';
import { scanInWorkers } from './scan-in-workers';
import { ScanTally } from './scan-tally';
import { walkFolder } from './walk';

export interface ScanOptions {
  /** Files larger than this are skipped (`too-large`). */
  maxFileBytes?: number;
  exclude?: readonly string[];
  useGitignore?: boolean;
  signal?: AbortSignal;
  /** Called now and then with the number of files done, for a progress bar. */
  onProgress?: (progress: { filesScanned: number; filesSkipped: number; current: string }) => void;
  /** Version written into the result's `tool`. */
  toolVersion?: string;
  /** Root as written in the result (defaults to the path given). */
  displayRoot?: string;
  /** Absolute paths never to scan: the CLI's own output and baseline files. */
  skipPaths?: readonly string[];
  /** Extra per-file analysers (license files, model cards, model files); they return findings too. */
  fileAnalyzers?: readonly FileAnalyzer[];
  /**
   * Lets a large scan run on worker threads. Each worker builds its own engine from `datasetPath`, the engine's
   * policy and its live models (plain data), so pass it only with an engine over that dataset; the workers run
   * `createFileAnalyzers(engine)` when `fileAnalyzers` is 'standard'. The findings are the same either way.
   */
  workers?: ScanWorkersOption;
  /**
   * How this thread reads a file. Default: without blocking (the editor's thread must stay responsive); the CLI,
   * whose thread has nothing else to do, passes `readFileSync` (an awaited read costs ~3 ms of idle per file).
   */
  readFile?: ReadFileBytes;
}

export interface ScanWorkersOption {
  datasetPath: string;
  /** 'standard' when `fileAnalyzers` is `createFileAnalyzers(engine)`: the workers build the same. */
  fileAnalyzers: 'standard' | 'none';
  /** At most this many threads (default: the cores, at most 4); 0 keeps the scan in-process. */
  maxWorkers?: number;
  /**
   * Whether the calling thread scans batches too. 'throughout': it counts as one of the threads (the CLI, whose
   * thread would only wait). 'while-workers-start': only until the first worker is ready, so a scan that ends
   * sooner never waits for one, and a longer one leaves the thread free (the editor's extension host).
   */
  callerThread?: 'throughout' | 'while-workers-start';
  /** Workers start only past this many files or text bytes: below, starting them costs more than they save. */
  minFiles?: number;
  minBytes?: number;
}

/** Looks at one file (by name and, if it wants, its text) and returns findings of its own kind. */
export interface FileAnalyzer {
  /** Whether the analyser wants this file; binary files (model weights) are offered by name. */
  wants(relativePath: string): boolean;
  analyze(file: { path: string; relativePath: string; size: number; text: string | undefined }): Promise<Finding[]>;
}

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

export class ScanCancelledError extends Error {
  constructor() {
    super('the scan was cancelled');
  }
}

export async function scanFolder(root: string, engine: Engine, options: ScanOptions = {}): Promise<ScanResult> {
  const started = Date.now();
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const signal = options.signal;
  const tally = new ScanTally(options.onProgress);
  const files = filesToScan(root, engine, options, tally);
  const findings: Finding[] = [];

  const plan = await planWorkers(files, options.workers, maxFileBytes);
  const parallel = plan.workers;
  if (parallel) {
    const intern = createFindingInterner();
    await scanInWorkers(plan.files, {
      datasetPath: parallel.option.datasetPath,
      policy: engine.policy,
      liveModels: engine.dataset.liveModels?.().slice() ?? engine.dataset.models().filter((model) => liveFactsOf(model) !== undefined),
      standardFileAnalyzers: parallel.option.fileAnalyzers === 'standard',
      maxFileBytes,
    }, parallel.script, {
      workerCount: parallel.workerCount,
      callerThread: parallel.option.callerThread && {
        scan: (file) => scanFile(file, engine, options.fileAnalyzers ?? [], maxFileBytes, options.readFile),
        until: parallel.option.callerThread === 'throughout' ? 'done' : 'workers-ready',
      },
      signal,
      cancelled: () => new ScanCancelledError(),
      onBatchDone: (batch, outcomes) => {
        outcomes.forEach((outcome, index) => {
          for (const finding of outcome.findings) findings.push(intern(finding));
          tally.count(outcome, batch[index]!.relativePath);
        });
        tally.flushProgress();
      },
    });
  } else {
    const analyzers = options.fileAnalyzers ?? [];
    for await (const file of plan.files) {
      if (signal?.aborted) throw new ScanCancelledError();
      const outcome = await scanFile(file, engine, analyzers, maxFileBytes, options.readFile);
      for (const finding of outcome.findings) findings.push(finding);
      tally.count(outcome, file.relativePath);
      tally.flushProgress();
    }
  }
  if (signal?.aborted) throw new ScanCancelledError();
  return {
    tool: { name: 'ai-license-lens', version: options.toolVersion ?? '0.0.0' },
    root: options.displayRoot ?? root,
    findings,
    models: summarizeModels(findings, engine.dataset),
    stats: {
      filesScanned: tally.filesScanned,
      filesSkipped: tally.filesSkipped,
      bytesScanned: tally.bytesScanned,
      ms: Date.now() - started,
      skippedByReason: tally.skippedByReason,
    },
  };
}

/** The files the walk finds, in walk order; what the walk skips and the `skipPaths` are counted, not yielded. */
async function* filesToScan(root: string, engine: Engine, options: ScanOptions, tally: ScanTally): AsyncGenerator<FileToScan> {
  const skipPaths = new Set(options.skipPaths ?? []);
  const walk = walkFolder(root, {
    exclude: [...(options.exclude ?? []), ...engine.policy.exclude],
    useGitignore: options.useGitignore,
    signal: options.signal,
  });
  for await (const entry of walk) {
    if (options.signal?.aborted) throw new ScanCancelledError();
    if (entry.type === 'skip') tally.skip(entry.reason);
    else if (skipPaths.has(entry.path)) tally.skip('report-output');
    else yield { path: entry.path, relativePath: entry.relativePath, size: entry.size };
  }
}
