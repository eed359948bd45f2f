/**
 * The findings of one open document, computed once per document version and engine and shared by the
 * hover, the diagnostics, the code actions and the status bar.
 */
import * as vscode from 'vscode';
import type { Engine } from '../core/engine';
import type { Finding } from '../core/finding';
import type { EngineHost, Scope } from './engine-host';

export interface DocumentFindings {
  findings: Finding[];
  engine: Engine;
  scope: Scope;
}

export interface FindingsSource {
  /** Undefined when the extension is off for the document, the file is too large, or there is no engine. */
  analyze(document: vscode.TextDocument): Promise<DocumentFindings | undefined>;
  forget(uri: vscode.Uri): void;
}

/** Documents the engine reads: files, untitled buffers and notebook cells (not output panes, git views...). */
export const ANALYZED_SCHEMES = new Set(['file', 'untitled', 'vscode-notebook-cell']);

export function createFindingsSource(host: EngineHost): FindingsSource {
  const cache = new Map<string, { version: number; engine: Engine; result: DocumentFindings }>();
  host.onDidChange(() => cache.clear());
  return {
    async analyze(document) {
      if (!ANALYZED_SCHEMES.has(document.uri.scheme)) return undefined;
      const scope = await host.scopeFor(document.uri);
      const { engine, settings } = scope;
      if (!engine || !settings.enable) return undefined;
      // Characters, not bytes: a cheap bound that never reads the file twice.
      if (document.getText().length > settings.maxFileSize) return undefined;
      const key = document.uri.toString();
      const cached = cache.get(key);
      if (cached && cached.version === document.version && cached.engine === engine) return cached.result;
      const findings = engine.analyzeDocument(document, { file: key, languageId: document.languageId });
      const result = { findings, engine, scope };
      cache.set(key, { version: document.version, engine, result });
      return result;
    },
    forget: (uri) => cache.delete(uri.toString()),
  };
}

/** The finding under a position (offsets are the document's own). */
export function findingAt(findings: readonly Finding[], document: vscode.TextDocument, position: vscode.Position): Finding | undefined {
  const offset = document.offsetAt(position);
  return findings.find((finding) => finding.start <= offset && offset <= finding.end);
}

export function rangeOf(document: vscode.TextDocument, finding: Finding): vscode.Range {
  return new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end));
}
