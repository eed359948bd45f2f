/**
 * The output channel "AI License Lens" holds the details; a notification holds one clear line and a button to
 * the details, never a stack trace. Each distinct problem is shown once per session, not on every keystroke.
 * The channel is created on first use, so activation does not pay for it.
 */
import * as vscode from 'vscode';

export interface Log {
  info(message: string): void;
  /** Logs the details and shows `summary` once as a notification. */
  problem(summary: string, details?: unknown): void;
  show(): void;
}

export function createLog(subscriptions: vscode.Disposable[]): Log {
  let channel: vscode.LogOutputChannel | undefined;
  const output = (): vscode.LogOutputChannel => {
    if (!channel) {
      channel = vscode.window.createOutputChannel('AI License Lens', { log: true });
      subscriptions.push(channel);
    }
    return channel;
  };
  const shown = new Set<string>();
  return {
    info: (message) => output().info(message),
    problem(summary, details) {
      output().error(details instanceof Error ? `${summary}\n${details.stack ?? details.message}` : details ? `${summary}: ${String(details)}` : summary);
      if (shown.has(summary)) return;
      shown.add(summary);
      void vscode.window.showWarningMessage(`AI License Lens: ${summary}`, 'Show Log').then((choice) => {
        if (choice) output().show(true);
      });
    },
    show: () => output().show(true),
  };
}
