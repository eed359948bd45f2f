/**
 * "AI License Lens: Workspace AI Dependency Report": scans each workspace folder under a cancellable progress
 * notification, hands the findings to the status bar, and opens the report.
 */
import * as vscode from 'vscode';
import type { ScanResult } from '../core/finding';
import { renderMarkdown } from '../core/report/markdown';
import { scanFolder, ScanCancelledError } from '../core/scan/scan';
import { VERSION } from '../core/version';
import type { EngineHost } from './engine-host';
import type { Log } from './log';
import type { StatusBar } from './status-bar';

export interface ReportDependencies {
  host: EngineHost;
  log: Log;
  statusBar: StatusBar;
  extensionUri: vscode.Uri;
}

export async function showReport(dependencies: ReportDependencies): Promise<ScanResult[] | undefined> {
  const results = await scanWorkspace(dependencies);
  if (!results) return undefined;
  dependencies.statusBar.showWorkspace(results.flatMap(({ result }) => result.findings));
  for (const { result, markdown } of results) {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
    await vscode.window.showTextDocument(document, { preview: false });
    dependencies.log.info(`report: ${result.findings.length} findings in ${result.stats.filesScanned} files (${result.stats.ms} ms)`);
  }
  return results.map(({ result }) => result);
}

/** Undefined when cancelled or impossible (the user is told why). */
async function scanWorkspace({ host, log }: ReportDependencies): Promise<Array<{ result: ScanResult; markdown: string }> | undefined> {
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
        const results: Array<{ result: ScanResult; markdown: string }> = [];
        for (const folder of folders) {
          const { engine, settings } = await host.scopeFor(folder.uri);
          if (!engine) return undefined;
          const result = await scanFolder(folder.uri.fsPath, engine, {
            maxFileBytes: settings.maxFileSize,
            signal: controller.signal,
            toolVersion: VERSION,
            displayRoot: folder.name,
            onProgress: ({ filesScanned, current }) => progress.report({ message: `${folder.name}: ${filesScanned} files, ${current}` }),
          });
          results.push({ result, markdown: renderMarkdown(result, engine.dataset) });
        }
        return results;
      } catch (error) {
        if (error instanceof ScanCancelledError) return undefined;
        log.problem('the workspace scan failed', error);
        return undefined;
      } finally {
        cancelled.dispose();
      }
    },
  );
}
