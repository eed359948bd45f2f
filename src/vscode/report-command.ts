/**
 * "AI License Lens: Workspace AI Dependency Report": scans each workspace folder under a cancellable progress
 * notification, hands the findings to the status bar, and shows the report view. Returns the scan results.
 */
import { join } from 'node:path';
import * as vscode from 'vscode';
import { createFileAnalyzers } from '../core/analyzers';
import type { DatasetView } from '../core/dataset/view';
import type { ScanResult } from '../core/finding';
import { scanFolder, ScanCancelledError } from '../core/scan/scan';
import { VERSION } from '../core/version';
import type { EngineHost } from './engine-host';
import type { Log } from './log';
import type { ReportView } from './report-view';
import type { StatusBar } from './status-bar';

/** This module runs bundled in dist/features.js, beside the dataset.json that features.ts hands the engine host. */
const BUNDLED_DATASET_PATH = join(__dirname, 'dataset.json');

export interface ReportDependencies {
  host: EngineHost;
  log: Log;
  statusBar: StatusBar;
  view: ReportView;
}

/** Undefined when cancelled or failed; a failure is one error line, its details in the output channel. */
export async function showReport(dependencies: ReportDependencies): Promise<ScanResult[] | undefined> {
  try {
    const scanned = await scanWorkspace(dependencies);
    if (!scanned) return undefined;
    const { results, dataset } = scanned;
    dependencies.statusBar.showWorkspace(results.flatMap((result) => result.findings));
    dependencies.view.show(results, dataset);
    for (const result of results) {
      dependencies.log.info(`report of ${result.root}: ${result.findings.length} findings in ${result.stats.filesScanned} files (${result.stats.ms} ms)`);
    }
    return results;
  } catch (error) {
    dependencies.log.actionFailed('the workspace report failed', error);
    return undefined;
  }
}

/** Undefined when cancelled or impossible (the user is told why). */
async function scanWorkspace({ host }: ReportDependencies): Promise<{ results: ScanResult[]; dataset: DatasetView } | undefined> {
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((folder) => folder.uri.scheme === 'file');
  if (folders.length === 0) {
    void vscode.window.showInformationMessage('AI License Lens: open a folder on disk to scan it for AI models.');
    return undefined;
  }
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'AI License Lens: scanning for AI models', cancellable: true },
    async (progress, token) => {
      const controller = new AbortController();
      const cancelled = token.onCancellationRequested(() => controller.abort());
      try {
        const results: ScanResult[] = [];
        let dataset: DatasetView | undefined;
        for (const folder of folders) {
          const { engine, settings } = await host.scopeFor(folder.uri);
          if (!engine) return undefined;
          dataset = engine.dataset;
          results.push(await scanFolder(folder.uri.fsPath, engine, {
            maxFileBytes: settings.maxFileSize,
            fileAnalyzers: createFileAnalyzers(engine),
            // A large workspace is scanned on worker threads (dist/scan-worker.js): this thread helps only until they are up.
            workers: { datasetPath: BUNDLED_DATASET_PATH, fileAnalyzers: 'standard', callerThread: 'while-workers-start' },
            signal: controller.signal,
            toolVersion: VERSION,
            displayRoot: folder.name,
            onProgress: ({ filesScanned, current }) => progress.report({ message: `${folder.name}: ${filesScanned} files, ${current}` }),
          }));
        }
        return dataset ? { results, dataset } : undefined;
      } catch (error) {
        if (error instanceof ScanCancelledError) return undefined;
        throw error;
      } finally {
        cancelled.dispose();
      }
    },
  );
}
