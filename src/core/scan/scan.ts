/**
 * A folder -> a scan result. Shared by the CLI and the editor's report command: reads each file once,
 * skips what it must with a counted reason, and stops when the signal aborts.
 */
import { promises as fs } from 'node:fs';
import type { Engine } from '../engine';
import type { Finding, ScanResult } from '../finding';
import { summarizeModels } from './summarize';
import { BINARY_EXTENSIONS, decodeText, extensionOf } from './read-text';
import { walkFolder } from './walk';
import { isGeneratedReport } from './generated-report';

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
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const findings: Finding[] = [];
  const skippedByReason: Record<string, number> = {};
  let filesScanned = 0;
  let filesSkipped = 0;
  let bytesScanned = 0;
  const skip = (reason: string) => {
    filesSkipped++;
    skippedByReason[reason] = (skippedByReason[reason] ?? 0) + 1;
  };

  const walk = walkFolder(root, {
    exclude: [...(options.exclude ?? []), ...engine.policy.exclude],
    useGitignore: options.useGitignore,
    signal: options.signal,
  });
  const skipPaths = new Set(options.skipPaths ?? []);
  for await (const entry of walk) {
    if (options.signal?.aborted) throw new ScanCancelledError();
    if (entry.type === 'skip') {
      skip(entry.reason);
      continue;
    }
    if (skipPaths.has(entry.path)) {
      skip('report-output');
      continue;
    }
    const analyzers = (options.fileAnalyzers ?? []).filter((analyzer) => analyzer.wants(entry.relativePath));
    const binaryByName = BINARY_EXTENSIONS.has(extensionOf(entry.relativePath));
    if (binaryByName || entry.size > maxBytes) {
      for (const analyzer of analyzers) {
        findings.push(...(await analyzer.analyze({ ...entry, text: undefined })));
      }
      skip(binaryByName ? 'binary' : 'too-large');
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await fs.readFile(entry.path);
    } catch {
      skip('unreadable');
      continue;
    }
    const decoded = decodeText(bytes);
    if (!decoded.ok) {
      skip(decoded.reason);
      continue;
    }
    if (isGeneratedReport(decoded.text)) {
      skip('report-output');
      continue;
    }
    filesScanned++;
    bytesScanned += bytes.length;
    findings.push(...engine.analyzeText(decoded.text, { file: entry.relativePath }));
    for (const analyzer of analyzers) {
      findings.push(...(await analyzer.analyze({ ...entry, text: decoded.text })));
    }
    if (options.onProgress && filesScanned % 50 === 0) {
      options.onProgress({ filesScanned, filesSkipped, current: entry.relativePath });
    }
  }
  if (options.signal?.aborted) throw new ScanCancelledError();
  return {
    tool: { name: 'ai-license-lens', version: options.toolVersion ?? '0.0.0' },
    root: options.displayRoot ?? root,
    findings,
    models: summarizeModels(findings, engine.dataset),
    stats: { filesScanned, filesSkipped, bytesScanned, ms: Date.now() - started, skippedByReason },
  };
}
