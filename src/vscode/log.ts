/**
 * The output channel "AI License Lens" holds the details; a notification holds one clear line and a button to
 * the details, never a stack trace. A problem found in the background is shown once per session, not on every
 * keystroke; a command the user ran that failed is always answered.
 * The channel is created on first use, so activation does not pay for it.
 */
import * as vscode from 'vscode';
import { problemDetails, problemLine } from './problem-line';

export interface Log {
  info(message: string): void;
  /** A background problem: logs the details and shows one line (summary and reason) once per session. */
  problem(summary: string, details?: unknown): void;
  /** A command the user ran failed: logs the details and shows one error line every time. */
  actionFailed(summary: string, details?: unknown): void;
  show(): void;
}

const SHOW_LOG = 'Show Log';

export function createLog(subscriptions: vscode.Disposable[]): Log {
  let channel: vscode.LogOutputChannel | undefined;
  const output = (): vscode.LogOutputChannel => {
    if (!channel) {
      channel = vscode.window.createOutputChannel('AI License Lens', { log: true });
      subscriptions.push(channel);
    }
    return channel;
  };
  const offerLog = (choice: string | undefined) => {
    if (choice === SHOW_LOG) output().show(true);
  };
  const shown = new Set<string>();
  return {
    info: (message) => output().info(message),
    problem(summary, details) {
      output().error(problemDetails(summary, details));
      if (shown.has(summary)) return;
      shown.add(summary);
      void vscode.window.showWarningMessage(problemLine(summary, details), SHOW_LOG).then(offerLog);
    },
    actionFailed(summary, details) {
      output().error(problemDetails(summary, details));
      void vscode.window.showErrorMessage(problemLine(summary, details), SHOW_LOG).then(offerLog);
    },
    show: () => output().show(true),
  };
}
