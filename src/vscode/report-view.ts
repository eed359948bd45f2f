/**
 * The report webview: one panel at a time (reused and revealed), a strict CSP with a fresh crypto nonce,
 * assets only from media/, and messages from the page (validated with zod) handled here: jump to a location,
 * or export the report in any format through the export command (report-export.ts).
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { DatasetView } from '../core/dataset/view';
import type { ScanResult } from '../core/finding';
import { renderReportPage } from '../core/present/report-page';
import type { Log } from './log';
import { EXPORT_REPORT_COMMAND, pageMessageSchema, registerExportCommand, type PageMessage, type Shown } from './report-export';

export interface ReportView {
  show(results: readonly ScanResult[], dataset: DatasetView): void;
}

export function createReportView(extensionUri: vscode.Uri, log: Log, subscriptions: vscode.Disposable[]): ReportView {
  let panel: vscode.WebviewPanel | undefined;
  let shown: Shown | undefined;
  const media = vscode.Uri.joinPath(extensionUri, 'media');

  const handle = async (raw: unknown) => {
    const parsed = pageMessageSchema.safeParse(raw);
    if (!parsed.success) {
      log.info(`the report view ignored a malformed message: ${parsed.error.message.replace(/\s+/g, ' ')}`);
      return;
    }
    const message: PageMessage = parsed.data;
    if (message.type === 'open') await openLocation(message);
    else await vscode.commands.executeCommand(EXPORT_REPORT_COMMAND, message.format);
  };

  const create = (): vscode.WebviewPanel => {
    const created = vscode.window.createWebviewPanel('aiLicenseLens.report', 'AI Dependency Report', vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [media],
    });
    const own: vscode.Disposable[] = [];
    created.webview.onDidReceiveMessage((message: unknown) => handle(message).catch((error) => log.problem('the report view could not do that', error)), null, own);
    created.onDidDispose(() => {
      panel = undefined;
      own.forEach((disposable) => disposable.dispose());
    }, null, own);
    return created;
  };
  subscriptions.push({ dispose: () => panel?.dispose() }, registerExportCommand(() => shown, log));

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
