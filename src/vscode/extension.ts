/**
 * Activation registers the providers and commands and returns at once. Their implementation (features.ts,
 * with the core and its schemas) loads right after, off the activation path, and the dataset loads when a
 * feature first needs it (engine-host.ts).
 */
import * as vscode from 'vscode';
import type { Engine } from '../core/engine';
import type { Finding } from '../core/finding';
import { COMMAND_IDS } from './command-ids';
import type { Features } from './features';
import { createLog } from './log';
import { MODEL_DOCUMENTS } from './selectors';

/** What `activate` returns: integration tests await it. */
export interface AiLicenseLensApi {
  readonly version: string;
  /** Milliseconds `activate` took (the features and the dataset load after it). */
  readonly activationMs: number;
  /** Resolves when the features and the dataset are loaded; rejects with one line when the dataset cannot be. */
  ready(): Promise<void>;
  /** The engine of the first workspace folder, under its policy, once something has used it. */
  engine(): Engine | undefined;
  /** The latest findings of an open document. */
  findings(uri: vscode.Uri): readonly Finding[] | undefined;
  /** Checks an open document now, without the typing debounce. */
  refresh(document: vscode.TextDocument): Promise<void>;
  /** The status bar's text. */
  statusText(): string;
}

export function activate(context: vscode.ExtensionContext): AiLicenseLensApi {
  const started = performance.now();
  const log = createLog(context.subscriptions);
  let loading: Promise<Features> | undefined;
  let loaded: Features | undefined;
  const features = (): Promise<Features> =>
    (loading ??= Promise.resolve().then(() => {
      loaded = loadFeatures().startFeatures(context, log);
      log.info(`activated in ${activationMs.toFixed(1)} ms; features loaded ${(performance.now() - started).toFixed(1)} ms after activation began`);
      return loaded;
    }));

  context.subscriptions.push(
    vscode.languages.registerHoverProvider(MODEL_DOCUMENTS, {
      provideHover: async (...args) => (await features()).hover.provideHover(...args),
    }),
    vscode.languages.registerCodeActionsProvider(
      MODEL_DOCUMENTS,
      { provideCodeActions: async (...args) => (await features()).codeActions.provideCodeActions(...args) },
      { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
    ),
    vscode.languages.registerCodeLensProvider(MODEL_DOCUMENTS, {
      provideCodeLenses: async (...args) => (await features()).codeLenses.provideCodeLenses(...args),
    }),
    ...COMMAND_IDS.map((id) =>
      vscode.commands.registerCommand(id, async (...args: never[]) => (await features()).commands[id](...args)),
    ),
  );
  // Open documents need diagnostics: start the features as soon as activation has returned.
  setTimeout(() => void features().catch((error) => log.problem('the extension could not start', error)), 0);

  const activationMs = performance.now() - started;
  return {
    version: String(context.extension.packageJSON.version),
    activationMs,
    ready: async () => (await features()).ready(),
    engine: () => loaded?.engine(),
    findings: (uri) => loaded?.findings(uri),
    refresh: async (document) => (await features()).refresh(document),
    statusText: () => loaded?.statusText() ?? '',
  };
}

export function deactivate(): void {}

/** dist/features.js, a bundle of its own beside dist/extension.js (esbuild.mjs keeps './features' external). */
function loadFeatures(): typeof import('./features') {
  return require('./features');
}
