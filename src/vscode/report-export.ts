/**
 * Exporting the report view's scan in any report format. The view's buttons and tests go through one internal
 * command, `aiLicenseLens.exportReport(format, targetPath?)`: without a target it opens a save dialog (which
 * asks before replacing a file); with one it asks itself before replacing. Failures end in one error line.
 * Everything that arrives from the page or as command arguments is validated with zod first.
 */
import * as vscode from 'vscode';
import { z } from 'zod';
import type { DatasetView } from '../core/dataset/view';
import type { ScanResult } from '../core/finding';
import { REPORT_EXTENSIONS, REPORT_FORMATS, renderReport, type ReportFormat } from '../core/report';
import type { Log } from './log';

/** Internal (not in the Command Palette): the report view's export buttons run it. */
export const EXPORT_REPORT_COMMAND = 'aiLicenseLens.exportReport';

const LABELS: Record<ReportFormat, string> = {
  json: 'JSON',
  markdown: 'Markdown',
  html: 'HTML',
  cyclonedx: 'CycloneDX',
  spdx: 'SPDX',
  sarif: 'SARIF',
};

const format = z.enum(REPORT_FORMATS);
const position = z.number().int().min(1).max(10_000_000);

/** A message posted by media/report.js; anything else is ignored. */
export const pageMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('open'), root: z.string().min(1).max(1000), file: z.string().min(1).max(4000), line: position, column: position }),
  z.object({ type: z.literal('export'), format }),
]);
export type PageMessage = z.infer<typeof pageMessageSchema>;

const commandArgsSchema = z.tuple([format, z.string().min(1).optional()]);

export interface Shown {
  results: readonly ScanResult[];
  dataset: DatasetView;
}

export function registerExportCommand(current: () => Shown | undefined, log: Log): vscode.Disposable {
  return vscode.commands.registerCommand(EXPORT_REPORT_COMMAND, async (...args: unknown[]) => {
    const parsed = commandArgsSchema.safeParse(args);
    if (!parsed.success) {
      log.problem('the report export was asked for an unknown format', parsed.error.message);
      return undefined;
    }
    const shown = current();
    if (!shown) {
      void vscode.window.showInformationMessage('AI License Lens: run "Workspace AI Dependency Report" first, then export it.');
      return undefined;
    }
    const [chosen, targetPath] = parsed.data;
    return exportReport(shown, chosen, targetPath === undefined ? undefined : vscode.Uri.file(targetPath), log);
  });
}

/** The path written, or undefined when the user cancelled or the write failed (the user is told why). */
async function exportReport({ results, dataset }: Shown, chosen: ReportFormat, given: vscode.Uri | undefined, log: Log): Promise<string | undefined> {
  const result = results.length === 1 ? results[0] : await pickResult(results);
  if (!result) return undefined;
  const label = LABELS[chosen];
  const target = given ? ((await confirmReplace(given)) ? given : undefined) : await askTarget(result, chosen);
  if (!target) return undefined;
  try {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(renderReport(chosen, result, dataset)));
  } catch (error) {
    log.actionFailed(`could not save the ${label} report to ${target.fsPath}`, error);
    return undefined;
  }
  void vscode.window.showInformationMessage(`AI License Lens: ${label} report saved to ${vscode.workspace.asRelativePath(target)}`);
  return target.fsPath;
}

/** The save dialog itself asks before replacing an existing file. */
function askTarget(result: ScanResult, chosen: ReportFormat): Thenable<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.find((candidate) => candidate.name === result.root);
  const extension = REPORT_EXTENSIONS[chosen];
  return vscode.window.showSaveDialog({
    title: `Export the AI dependency report as ${LABELS[chosen]}`,
    defaultUri: folder ? vscode.Uri.joinPath(folder.uri, `ai-license-lens-report${extension}`) : undefined,
    // Dialog filters take one extension: the last part (".cdx.json" is filtered as "json").
    filters: { [LABELS[chosen]]: [extension.slice(extension.lastIndexOf('.') + 1)] },
    saveLabel: 'Export',
  });
}

/** A target given without a dialog: an existing file is replaced only when the user says so. */
async function confirmReplace(target: vscode.Uri): Promise<boolean> {
  const exists = await vscode.workspace.fs.stat(target).then(() => true, () => false);
  if (!exists) return true;
  const replace = 'Replace';
  const name = target.path.slice(target.path.lastIndexOf('/') + 1);
  const choice = await vscode.window.showWarningMessage(`${name} already exists. Replace it?`, { modal: true }, replace);
  return choice === replace;
}

async function pickResult(results: readonly ScanResult[]): Promise<ScanResult | undefined> {
  const picked = await vscode.window.showQuickPick(results.map((result) => ({ label: result.root, result })), {
    title: 'Export the report of which folder?',
  });
  return picked?.result;
}
