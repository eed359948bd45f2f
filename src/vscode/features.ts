/**
 * Everything that needs the core (zod schemas, detectors, the dataset): loaded on first use by extension.ts,
 * so activation itself stays in the low milliseconds. Wires the features together; each lives in its own file.
 */
import * as vscode from 'vscode';
import type { Engine } from '../core/engine';
import type { Finding } from '../core/finding';
import { addToPolicyAllowList, type AllowListTarget } from './allow-list-command';
import { createCodeActionProvider } from './code-actions';
import { createCodeLensProvider } from './code-lens';
import { SHOW_LOG_COMMAND, SHOW_REPORT_COMMAND, SUPPRESS_COMMAND, ADD_TO_ALLOW_LIST_COMMAND, type CommandId } from './command-ids';
import { registerDiagnostics } from './diagnostics';
import { createEngineHost } from './engine-host';
import { createFindingsSource } from './findings';
import { createHoverProvider } from './hover';
import type { Log } from './log';
import { registerOnlineLookup } from './online-lookup';
import { showReport } from './report-command';
import { createReportView } from './report-view';
import { registerStatusBar } from './status-bar';
import { suppressFinding, type SuppressTarget } from './suppress-command';

export interface Features {
  hover: vscode.HoverProvider;
  codeActions: vscode.CodeActionProvider;
  codeLenses: vscode.CodeLensProvider;
  commands: Record<CommandId, (...args: never[]) => unknown>;
  ready(): Promise<void>;
  engine(): Engine | undefined;
  findings(uri: vscode.Uri): readonly Finding[] | undefined;
  refresh(document: vscode.TextDocument): Promise<void>;
  statusText(): string;
}

export function startFeatures(context: vscode.ExtensionContext, log: Log): Features {
  const subscriptions = context.subscriptions;
  const host = createEngineHost(context.asAbsolutePath('dist/dataset.json'), log, subscriptions);
  const findings = createFindingsSource(host, subscriptions);
  const diagnostics = registerDiagnostics(host, findings, log, subscriptions);
  const statusBar = registerStatusBar(host, diagnostics, subscriptions);
  registerOnlineLookup(
    {
      host,
      findings: () => diagnostics.findingsByDocument.values(),
      onDidUpdateFindings: diagnostics.onDidUpdate,
      storageDir: context.globalStorageUri.fsPath,
      log,
    },
    subscriptions,
  );
  const reportView = createReportView(context.extensionUri, log, subscriptions);
  return {
    hover: createHoverProvider(findings),
    codeActions: createCodeActionProvider(findings),
    codeLenses: createCodeLensProvider(findings),
    commands: {
      [SHOW_REPORT_COMMAND]: () => showReport({ host, log, statusBar, view: reportView }),
      [SHOW_LOG_COMMAND]: () => log.show(),
      [SUPPRESS_COMMAND]: (target: SuppressTarget, reason?: string) => suppressFinding(target, reason),
      [ADD_TO_ALLOW_LIST_COMMAND]: (target: AllowListTarget) => addToPolicyAllowList(target),
    },
    ready: () => host.ready(),
    engine: () => host.peek(),
    findings: (uri) => diagnostics.findingsByDocument.get(uri.toString()),
    refresh: (document) => diagnostics.refresh(document),
    statusText: () => statusBar.text,
  };
}
