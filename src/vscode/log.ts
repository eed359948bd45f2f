/**
 * The output channel "AI License Lens" holds the details; a notification holds one clear line and a button to
 * the details, never a stack trace. Each distinct problem is shown once per session, not on every keystroke.
 */
import * as vscode from 'vscode';

export interface Log {
  info(message: string): void;
  /** Logs the details and shows `summary` once as a notification. */
  problem(summary: string, details?: unknown): void;
  show(): void;
}

export function createLog(subscriptions: vscode.Disposable[]): Log {
  const channel = vscode.window.createOutputChannel('AI License Lens', { log: true });
  subscriptions.push(channel);
  const shown = new Set<string>();
  return {
    info: (message) => channel.info(message),
    problem(summary, details) {
      channel.error(details instanceof Error ? `${summary}\n${details.stack ?? details.message}` : details ? `${summary}: ${String(details)}` : summary);
      if (shown.has(summary)) return;
      shown.add(summary);
      void vscode.window.showWarningMessage(`AI License Lens: ${summary}`, 'Show Log').then((choice) => {
        if (choice) channel.show(true);
      });
    },
    show: () => channel.show(true),
  };
}
