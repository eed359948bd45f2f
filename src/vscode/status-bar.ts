/**
 * A status bar item with the workspace's count of models and warnings: from the open documents' findings
 * until the report command has scanned the workspace. Clicking it opens the report.
 */
import * as vscode from 'vscode';
import type { Finding } from '../core/finding';
import { countFindings, statusText, statusTooltip, type StatusCounts } from '../core/present/status-text';
import type { Settings } from '../core/settings';
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
  let workspace: StatusCounts | undefined;
  // Read once per settings change (host.onDidChange), not on every re-check: getConfiguration costs ~0.5 ms.
  let settings: Settings | undefined;
  let shown: { text: string; tooltip: string; warn: boolean } | undefined;

  const update = () => {
    // Settings only: the status bar must not load the dataset before anything needs it.
    settings ??= readSettings(vscode.workspace.workspaceFolders?.[0]?.uri).settings;
    if (!settings.enable || !settings['statusBar.enabled']) {
      item.hide();
      shown = undefined;
      return;
    }
    // The workspace's counts are fixed until the next report; the open files' are few findings.
    const counts = workspace ?? countFindings([...diagnostics.findingsByDocument.values()].flat());
    const next = { text: `$(law) ${statusText(counts)}`, tooltip: statusTooltip(counts, workspace ? 'workspace' : 'open-files'), warn: counts.warnings > 0 };
    // Each setter sends the item to the workbench again: only what changed.
    if (shown && shown.text === next.text && shown.tooltip === next.tooltip && shown.warn === next.warn) return;
    item.text = next.text;
    item.tooltip = next.tooltip;
    item.backgroundColor = next.warn ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    item.show();
    shown = next;
  };
  subscriptions.push(
    diagnostics.onDidUpdate(update),
    host.onDidChange(() => {
      settings = undefined;
      update();
    }),
  );
  update();
  return {
    showWorkspace(findings) {
      workspace = countFindings(findings);
      update();
    },
    get text() {
      return item.text;
    },
  };
}
