// Helpers the feature suites share: activate the extension, open fixtures, and wait on VS Code's own events
// (diagnostics changes) with a deadline, never on sleeps.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AiLicenseLensApi } from '../../../src/vscode/extension';

export const EXTENSION_ID = 'ai-license-lens.ai-license-lens';
export const SOURCE = 'AI License Lens';

export async function activateExtension(): Promise<AiLicenseLensApi> {
  const extension = vscode.extensions.getExtension<AiLicenseLensApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not loaded`);
  const api = await extension.activate();
  await api.ready();
  return api;
}

export function fixtureUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, relative);
}

export async function openFixture(relative: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(relative));
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

/** An untitled copy, for tests that edit: the fixture folder is never written. */
export async function openUntitled(language: string, content: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument({ language, content });
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === SOURCE);
}

/** Resolves with our diagnostics of `uri` once `accept` holds for them; fails at the deadline with what there was. */
export async function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 15_000,
): Promise<vscode.Diagnostic[]> {
  const current = ours(uri);
  if (accept(current)) return current;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      const seen = ours(uri).map((d) => `${d.code} ${vscode.DiagnosticSeverity[d.severity]} ${d.range.start.line + 1}:${d.range.start.character + 1}`);
      reject(new Error(`timed out waiting for ${what} on ${uri.toString()}; diagnostics: ${JSON.stringify(seen)}`));
    }, timeoutMs);
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((changed) => changed.toString() === uri.toString())) return;
      const diagnostics = ours(uri);
      if (!accept(diagnostics)) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(diagnostics);
    });
  });
}

export function codesOf(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => String(diagnostic.code)).sort();
}

/** The position inside the first occurrence of `needle` (a character in, so the hover lands on it). */
export function positionOf(document: vscode.TextDocument, needle: string): vscode.Position {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `${needle} is not in ${document.uri.toString()}`);
  return document.positionAt(offset + 1);
}

/** The Markdown of every hover at a position, joined. */
export async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))
    .join('\n');
}

/** Sets user (global) settings for the duration of `body` and restores them: the fixture folder stays untouched. */
export async function withSettings<T>(values: Record<string, unknown>, body: () => Promise<T>): Promise<T> {
  const configuration = vscode.workspace.getConfiguration('aiLicenseLens');
  const previous = Object.fromEntries(Object.keys(values).map((key) => [key, configuration.inspect(key)?.globalValue]));
  try {
    for (const [key, value] of Object.entries(values)) await configuration.update(key, value, vscode.ConfigurationTarget.Global);
    return await body();
  } finally {
    for (const [key, value] of Object.entries(previous)) await configuration.update(key, value, vscode.ConfigurationTarget.Global);
  }
}
