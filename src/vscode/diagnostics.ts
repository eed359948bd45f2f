/**
 * One diagnostic collection. Open documents (notebook cells too) are checked on open, on change (debounced),
 * and when settings or the policy change; closing a document deletes its diagnostics. A diagnostic's `code` is
 * the finding's rule, which the quick fixes and suppression comments key on. Each open document keeps its
 * diagnostics between runs (diagnostic-reuse.ts): unchanged findings keep their objects, and a run that changes
 * no diagnostic does not touch the collection.
 */
import * as vscode from 'vscode';
import type { Finding } from '../core/finding';
import type { Severity } from '../core/vocabulary';
import type { EngineHost } from './engine-host';
import { createDiagnosticReuse, type DiagnosticReuse } from './diagnostic-reuse';
import { ANALYZED_SCHEMES, rangeOf, type FindingsSource } from './findings';
import type { Log } from './log';

export const DIAGNOSTIC_SOURCE = 'AI License Lens';

const SEVERITY: Record<Exclude<Severity, 'none'>, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export interface DiagnosticsFeature {
  /** Latest findings per open document (uri string), for the status bar. */
  readonly findingsByDocument: ReadonlyMap<string, readonly Finding[]>;
  readonly onDidUpdate: vscode.Event<void>;
  /** Checks a document now (no debounce) and resolves when its diagnostics are set. */
  refresh(document: vscode.TextDocument): Promise<void>;
}

export function registerDiagnostics(
  host: EngineHost,
  findings: FindingsSource,
  log: Log,
  subscriptions: vscode.Disposable[],
): DiagnosticsFeature {
  const collection = vscode.languages.createDiagnosticCollection('ai-license-lens');
  const updated = new vscode.EventEmitter<void>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const byDocument = new Map<string, readonly Finding[]>();
  const reuseByDocument = new Map<string, DiagnosticReuse<vscode.Diagnostic>>();
  subscriptions.push(collection, updated, { dispose: () => timers.forEach((timer) => clearTimeout(timer)) });

  const clear = (uri: vscode.Uri) => {
    const key = uri.toString();
    clearTimeout(timers.get(key));
    timers.delete(key);
    collection.delete(uri);
    byDocument.delete(key);
    reuseByDocument.delete(key);
    findings.forget(uri);
  };

  const refresh = async (document: vscode.TextDocument): Promise<void> => {
    if (!ANALYZED_SCHEMES.has(document.uri.scheme) || document.isClosed) return;
    try {
      const analyzed = await findings.analyze(document);
      if (document.isClosed) return;
      const key = document.uri.toString();
      if (!analyzed || !analyzed.scope.settings['diagnostics.enabled']) {
        collection.delete(document.uri);
        byDocument.delete(key);
        reuseByDocument.delete(key);
      } else {
        byDocument.set(key, analyzed.findings);
        let reuse = reuseByDocument.get(key);
        if (!reuse) {
          reuse = createDiagnosticReuse();
          reuseByDocument.set(key, reuse);
        }
        const { diagnostics, changed } = reuse.update(analyzed.findings, (finding) => toDiagnostic(document, finding));
        if (changed || !collection.has(document.uri)) collection.set(document.uri, diagnostics);
      }
      updated.fire();
    } catch (error) {
      log.problem('checking a file failed', error);
    }
  };

  const schedule = (document: vscode.TextDocument) => {
    // Output channels (ours included) change all the time; only documents the engine reads are checked.
    if (!ANALYZED_SCHEMES.has(document.uri.scheme)) return;
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    void host.scopeFor(document.uri).then(({ settings }) => {
      clearTimeout(timers.get(key));
      timers.set(key, setTimeout(() => {
        timers.delete(key);
        void refresh(document);
      }, settings['diagnostics.debounceMs']));
    });
  };

  const refreshAll = () => {
    for (const document of vscode.workspace.textDocuments) void refresh(document);
  };

  subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((document) => void refresh(document)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0) schedule(event.document);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      clear(document.uri);
      updated.fire();
    }),
    host.onDidChange(refreshAll),
  );
  refreshAll();
  return { findingsByDocument: byDocument, onDidUpdate: updated.event, refresh };
}

/** Called only for findings that `isDiagnosticFinding` accepts (diagnostic-reuse.ts filters). */
function toDiagnostic(document: vscode.TextDocument, finding: Finding): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(rangeOf(document, finding), finding.message, SEVERITY[finding.severity as Exclude<Severity, 'none'>]);
  diagnostic.code = finding.rule!;
  diagnostic.source = DIAGNOSTIC_SOURCE;
  return diagnostic;
}
