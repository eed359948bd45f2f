/**
 * The engine, built on first use: the dataset (dist/dataset.json) is read when a hover, a diagnostic or the
 * report first needs it, not at activation. One engine per workspace folder, under that folder's policy
 * (settings, then `.ai-license-lens.json` over them); rebuilt when either changes.
 */
import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import { parsePolicyFile, POLICY_FILE_NAME } from '../core/assess/policy-file';
import { parsePolicy, type Policy } from '../core/assess/policy';
import { loadDatasetFileAsync } from '../core/dataset/load-file';
import { createEngine, type Engine } from '../core/engine';
import { createLiveEngine, type LiveModels } from '../core/online/overlay';
import { policyInputFromSettings, SETTINGS_SECTION, type Settings } from '../core/settings';
import { readSettings } from './config';
import type { Log } from './log';

export interface Scope {
  folder: vscode.WorkspaceFolder | undefined;
  settings: Settings;
  policy: Policy;
  /** Undefined when the dataset could not be loaded (the log says why). */
  engine: Engine | undefined;
}

export interface EngineHost {
  /** Loads the dataset; rejects with one line when it cannot be read. */
  ready(): Promise<void>;
  scopeFor(uri: vscode.Uri | undefined): Promise<Scope>;
  /** The engine of the first folder if it is already built (tests and the API); never triggers a load. */
  peek(): Engine | undefined;
  /** Fires when settings or a policy file changed: every engine was rebuilt. */
  readonly onDidChange: vscode.Event<void>;
  /** Lays models found by the online lookup (online-lookup.ts) over the dataset in every engine; empty removes them. */
  setLiveModels(models: LiveModels): void;
}

export function createEngineHost(datasetPath: string, log: Log, subscriptions: vscode.Disposable[]): EngineHost {
  let base: Promise<Engine> | undefined;
  const scopes = new Map<string, Promise<Scope>>();
  let firstEngine: Engine | undefined;
  const changed = new vscode.EventEmitter<void>();
  subscriptions.push(changed);
  let live: LiveModels = new Map();
  let liveEngine: { base: Engine; live: LiveModels; engine: Engine } | undefined;
  const withLive = (base: Engine): Engine => {
    if (live.size === 0) return base;
    if (liveEngine?.base !== base || liveEngine.live !== live) liveEngine = { base, live, engine: createLiveEngine(base, live) };
    return liveEngine.engine;
  };

  const loadBase = (): Promise<Engine> =>
    (base ??= (async () => {
      const started = performance.now();
      const { view } = await loadDatasetFileAsync(datasetPath);
      const loadedMs = Math.round(performance.now() - started);
      // Counting licenses would read the entries file, which waits for the first lookup.
      log.info(`dataset ${view.version}: ${view.modelCount?.() ?? view.models().length} models, index loaded in ${loadedMs} ms`);
      return createEngine({ dataset: view, policy: parsePolicy({}) });
    })());

  const buildScope = async (folder: vscode.WorkspaceFolder | undefined): Promise<Scope> => {
    const { settings, problems } = readSettings(folder?.uri);
    for (const problem of problems) log.problem('a setting has an invalid value', problem);
    const policy = await readPolicy(folder, settings, log);
    let engine: Engine | undefined;
    try {
      engine = withLive(await loadBase()).withPolicy(policy);
    } catch (error) {
      log.problem('the model dataset could not be loaded; hovers and diagnostics are off', error);
    }
    if (folder === vscode.workspace.workspaceFolders?.[0]) firstEngine = engine;
    return { folder, settings, policy, engine };
  };

  const invalidate = (why: string) => {
    log.info(`policy reloaded: ${why}`);
    scopes.clear();
    firstEngine = undefined;
    changed.fire();
  };
  const watcher = vscode.workspace.createFileSystemWatcher(`**/${POLICY_FILE_NAME}`);
  subscriptions.push(
    watcher,
    watcher.onDidChange((uri) => invalidate(`${uri.fsPath} changed`)),
    watcher.onDidCreate((uri) => invalidate(`${uri.fsPath} created`)),
    watcher.onDidDelete((uri) => invalidate(`${uri.fsPath} deleted`)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(SETTINGS_SECTION)) invalidate('settings changed');
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => invalidate('workspace folders changed')),
  );

  return {
    ready: async () => {
      try {
        await loadBase();
      } catch (error) {
        throw new Error(`AI License Lens: the model dataset could not be loaded: ${(error as Error).message}`);
      }
    },
    scopeFor(uri) {
      const folder = folderOf(uri);
      const key = folder?.uri.toString() ?? '';
      let scope = scopes.get(key);
      if (!scope) {
        scope = buildScope(folder);
        scopes.set(key, scope);
      }
      return scope;
    },
    peek: () => firstEngine,
    onDidChange: changed.event,
    setLiveModels(models) {
      live = models;
      invalidate(`online lookup: ${models.size} live model(s)`);
    },
  };
}

/** Notebook cells and untitled files belong to the folder of their notebook, or to the first folder. */
export function folderOf(uri: vscode.Uri | undefined): vscode.WorkspaceFolder | undefined {
  if (uri) {
    const onDisk = uri.scheme === 'vscode-notebook-cell' ? uri.with({ scheme: 'file', fragment: '' }) : uri;
    const folder = vscode.workspace.getWorkspaceFolder(onDisk);
    if (folder) return folder;
  }
  return vscode.workspace.workspaceFolders?.[0];
}

async function readPolicy(folder: vscode.WorkspaceFolder | undefined, settings: Settings, log: Log): Promise<Policy> {
  const fromSettings = policyInputFromSettings(settings);
  if (!folder) return parsePolicy(fromSettings);
  let text: string;
  try {
    text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, POLICY_FILE_NAME)));
  } catch (error) {
    // No policy file is the usual case; one that exists but cannot be read must not be ignored silently.
    const missing = (error as { code?: unknown } | undefined)?.code === 'FileNotFound';
    if (!missing) log.problem(`${POLICY_FILE_NAME} could not be read; using the settings alone`, error);
    return parsePolicy(fromSettings);
  }
  const parsed = parsePolicyFile(text, fromSettings);
  if (parsed.ok) return parsed.policy;
  log.problem(`${parsed.error}; using the settings alone`);
  return parsePolicy(fromSettings);
}
