import type * as vscode from 'vscode';

/** What `activate` returns: integration tests await it. */
export interface AiLicenseLensApi {
  readonly version: string;
}

export function activate(_context: vscode.ExtensionContext): AiLicenseLensApi {
  return { version: '0.1.0' };
}

export function deactivate(): void {}
