/**
 * A status bar item with the workspace's count of models and warnings: from the open documents' findings
 * until the report command has scanned the workspace. Clicking it opens the report.
 */
import * as vscode from 'vscode';
import type { Finding } from '../core/finding';
import { countFindings, statusText, statusTooltip } from '../core/present/status-text';
import type { DiagnosticsFeature } from './diagnostics';
import { readSettings } from './config';
import type { EngineHost } from './engine-host';

import { SHOW_REPORT_COMMAND } from './command-ids';

export interface StatusBar {
  /** Counts a workspace scan from now on (the report command calls this). */
  showWorkspace(findings: readonly Finding[]): void;
  /** The text shown, for tests. */
  readonly text: string;
}

export function registerStatusBar(host: EngineHost, diagnostics: DiagnosticsFeature, subscriptions: vscode.Disposable[]): StatusBar {
  const item = vscode.window.createStatusBarItem('aiLicenseLens.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'AI License Lens';
  item.command = SHOW_REPORT_COMMAND;
  subscriptions.push(item);
  let workspace: readonly Finding[] | undefined;

  const update = () => {
    // Settings only: the status bar must not load the dataset before anything needs it.
    const { settings } = readSettings(vscode.workspace.workspaceFolders?.[0]?.uri);
    if (!settings.enable || !settings['statusBar.enabled']) {
      item.hide();
      return;
    }
    const counts = countFindings(workspace ?? [...diagnostics.findingsByDocument.values()].flat());
    item.text = `$(law) ${statusText(counts)}`;
    item.tooltip = statusTooltip(counts, workspace ? 'workspace' : 'open-files');
    item.backgroundColor = counts.warnings > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    item.show();
  };
  subscriptions.push(diagnostics.onDidUpdate(update), host.onDidChange(update));
  update();
  return {
    showWorkspace(findings) {
      workspace = findings;
      update();
    },
    get text() {
      return item.text;
    },
  };
}
