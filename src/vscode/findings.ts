/**
 * The findings of one open document, computed once per document version and engine and shared by the
 * hover, the diagnostics, the code actions and the status bar.
 */
import * as vscode from 'vscode';
import { analyzeFileText } from '../core/analyzers';
import type { ModelResolver } from '../core/dataset/resolve';
import { DetectionMemo } from '../core/detect';
import type { TextDocumentLike } from '../core/document';
import { createExcludeMatcher } from '../core/scan/ignore-rules';
import type { Engine } from '../core/engine';
import { createDocumentTexts } from './document-texts';
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

export function createFindingsSource(host: EngineHost, subscriptions: vscode.Disposable[]): FindingsSource {
  const texts = createDocumentTexts();
  subscriptions.push(
    vscode.workspace.onDidChangeTextDocument((event) => texts.acceptChange(event)),
    vscode.workspace.onDidCloseTextDocument((document) => texts.forget(document.uri)),
  );
  const cache = new Map<string, { version: number; engine: Engine; result: DocumentFindings }>();
  // Detection results per open document, kept across edits and policy changes: a re-check after an edit reads only
  // the code around it. A memo is valid for one resolver (the online lookup brings another), so it is keyed by it.
  const memos = new Map<string, { resolver: ModelResolver; memo: DetectionMemo }>();
  const memoFor = (key: string, engine: Engine): DetectionMemo => {
    let entry = memos.get(key);
    if (entry?.resolver !== engine.resolver) {
      entry = { resolver: engine.resolver, memo: new DetectionMemo() };
      memos.set(key, entry);
    }
    return entry.memo;
  };
  host.onDidChange(() => cache.clear());
  return {
    async analyze(document) {
      if (!ANALYZED_SCHEMES.has(document.uri.scheme)) return undefined;
      const scope = await host.scopeFor(document.uri);
      const { engine, settings } = scope;
      if (!engine || !settings.enable) return undefined;
      // VS Code joins the document's lines on every getText(): read once per check, from the last text and the edit.
      const text = texts.textOf(document);
      // Characters, not bytes: a cheap bound that never reads the file twice.
      if (text.length > settings.maxFileSize) return undefined;
      if (isExcluded(document.uri, scope)) return undefined;
      const key = document.uri.toString();
      const cached = cache.get(key);
      if (cached && cached.version === document.version && cached.engine === engine) return cached.result;
      // Model references anywhere, plus what LICENSE files, model cards and Modelfiles declare about themselves.
      const findings = [
        ...engine.analyzeDocument(withText(document, text), { file: key, languageId: document.languageId, memo: memoFor(key, engine) }),
        ...analyzeFileText(text, engine, { file: document.uri.path }),
      ];
      const result = { findings, engine, scope };
      cache.set(key, { version: document.version, engine, result });
      return result;
    },
    forget: (uri) => {
      cache.delete(uri.toString());
      memos.delete(uri.toString());
      texts.forget(uri);
    },
  };
}

/** The document as the engine reads it, with the text already read. */
function withText(document: vscode.TextDocument, text: string): TextDocumentLike {
  return {
    uri: document.uri,
    getText: () => text,
    positionAt: (offset) => document.positionAt(offset),
    offsetAt: (position) => document.offsetAt(new vscode.Position(position.line, position.character)),
  };
}

const excludeMatchers = new WeakMap<Scope['policy'], (relativePath: string) => boolean>();

/** The policy's `exclude` globs (root-relative) leave files out of the editor too, as they do of the report. */
function isExcluded(uri: vscode.Uri, scope: Scope): boolean {
  if (!scope.folder || scope.policy.exclude.length === 0) return false;
  const onDisk = uri.scheme === 'vscode-notebook-cell' ? uri.with({ scheme: 'file', fragment: '' }) : uri;
  const root = scope.folder.uri.path.replace(/\/?$/, '/');
  if (!onDisk.path.startsWith(root)) return false;
  let matches = excludeMatchers.get(scope.policy);
  if (!matches) {
    matches = createExcludeMatcher(scope.policy.exclude);
    excludeMatchers.set(scope.policy, matches);
  }
  return matches(onDisk.path.slice(root.length));
}

/** The finding under a position (offsets are the document's own). */
export function findingAt(findings: readonly Finding[], document: vscode.TextDocument, position: vscode.Position): Finding | undefined {
  const offset = document.offsetAt(position);
  return findings.find((finding) => finding.start <= offset && offset <= finding.end);
}

export function rangeOf(document: vscode.TextDocument, finding: Finding): vscode.Range {
  return new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end));
}
