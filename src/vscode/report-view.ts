/**
 * The report webview: one panel at a time (reused and revealed), a strict CSP with a fresh crypto nonce,
 * assets only from media/, and messages from the page handled here: jump to a location, export a report
 * through a save dialog (which asks before replacing a file).
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { DatasetView } from '../core/dataset/view';
import type { ScanResult } from '../core/finding';
import { renderReportPage } from '../core/present/report-page';
import { renderJson } from '../core/report/json';
import { renderMarkdown } from '../core/report/markdown';
import type { Log } from './log';

export interface ReportView {
  show(results: readonly ScanResult[], dataset: DatasetView): void;
}

type PageMessage =
  | { type: 'open'; root: string; file: string; line: number; column: number }
  | { type: 'export'; format: 'markdown' | 'json' };

const EXPORTS: Record<'markdown' | 'json', { extension: string; filter: Record<string, string[]>; render: (result: ScanResult, dataset: DatasetView) => string }> = {
  markdown: { extension: 'md', filter: { Markdown: ['md'] }, render: renderMarkdown },
  json: { extension: 'json', filter: { JSON: ['json'] }, render: (result) => renderJson(result) },
};

export function createReportView(extensionUri: vscode.Uri, log: Log, subscriptions: vscode.Disposable[]): ReportView {
  let panel: vscode.WebviewPanel | undefined;
  let shown: { results: readonly ScanResult[]; dataset: DatasetView } | undefined;
  const media = vscode.Uri.joinPath(extensionUri, 'media');

  const handle = async (message: PageMessage) => {
    if (!shown) return;
    if (message.type === 'open') await openLocation(message);
    else if (message.type === 'export' && message.format in EXPORTS) await exportReport(shown.results, shown.dataset, message.format);
  };

  const create = (): vscode.WebviewPanel => {
    const created = vscode.window.createWebviewPanel('aiLicenseLens.report', 'AI Dependency Report', vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [media],
    });
    const own: vscode.Disposable[] = [];
    created.webview.onDidReceiveMessage((message: PageMessage) => handle(message).catch((error) => log.problem('the report view could not do that', error)), null, own);
    created.onDidDispose(() => {
      panel = undefined;
      own.forEach((disposable) => disposable.dispose());
    }, null, own);
    return created;
  };
  subscriptions.push({ dispose: () => panel?.dispose() });

  return {
    show(results, dataset) {
      shown = { results, dataset };
      panel ??= create();
      const webview = panel.webview;
      webview.html = renderReportPage(results, dataset, {
        cspSource: webview.cspSource,
        nonce: randomBytes(18).toString('base64'),
        styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'report.css')).toString(),
        scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'report.js')).toString(),
      });
      panel.reveal();
    },
  };
}

/** Opens a root-relative path of a workspace folder; paths that climb out of the folder are refused. */
async function openLocation(message: { root: string; file: string; line: number; column: number }): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.find((candidate) => candidate.name === message.root);
  const segments = String(message.file).split('/');
  if (!folder || segments.some((segment) => segment === '..' || segment === '')) return;
  const position = new vscode.Position(Math.max(0, message.line - 1), Math.max(0, message.column - 1));
  await vscode.window.showTextDocument(vscode.Uri.joinPath(folder.uri, ...segments), {
    selection: new vscode.Range(position, position),
    viewColumn: vscode.ViewColumn.One,
  });
}

async function exportReport(results: readonly ScanResult[], dataset: DatasetView, format: keyof typeof EXPORTS): Promise<void> {
  const result = results.length === 1 ? results[0] : await pickResult(results);
  if (!result) return;
  const folder = vscode.workspace.workspaceFolders?.find((candidate) => candidate.name === result.root);
  const spec = EXPORTS[format];
  const target = await vscode.window.showSaveDialog({
    title: `Export the AI dependency report as ${format === 'json' ? 'JSON' : 'Markdown'}`,
    defaultUri: folder ? vscode.Uri.joinPath(folder.uri, `ai-license-lens-report.${spec.extension}`) : undefined,
    filters: spec.filter,
    saveLabel: 'Export',
  });
  // The save dialog itself asks before replacing an existing file.
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(spec.render(result, dataset)));
  void vscode.window.showInformationMessage(`AI License Lens: report saved to ${vscode.workspace.asRelativePath(target)}`);
}

async function pickResult(results: readonly ScanResult[]): Promise<ScanResult | undefined> {
  const picked = await vscode.window.showQuickPick(results.map((result) => ({ label: result.root, result })), {
    title: 'Export the report of which folder?',
  });
  return picked?.result;
}
