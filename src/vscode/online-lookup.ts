/**
 * Opt-in Hub lookups in the editor (issue 8). Only when the user's own setting `aiLicenseLens.online.enabled`
 * is on (machine-scoped: a workspace cannot switch it on) and the workspace is trusted: the unknown Hub ids of
 * the open documents' findings are looked up in the background, a few at a time, answers cached in the
 * extension's global storage; the models found are laid over the bundled dataset and the engine host
 * re-checks every open document, so hovers and diagnostics show the live facts (marked live, with the date).
 */
import * as vscode from 'vscode';
import type { Model } from '../core/dataset/schema';
import type { Finding } from '../core/finding';
import { createHubLookup, lookupLiveModels, unknownHubIds, type LiveModels, type OnlineLookup } from '../core/online';
import { SETTINGS_SECTION } from '../core/settings';
import type { EngineHost } from './engine-host';
import type { Log } from './log';

export const ONLINE_SETTING = 'online.enabled';
/** Ids looked up per round; the next round starts when findings change again. */
const BATCH = 20;
const DEBOUNCE_MS = 750;
/** A timeout or a Hub error is tried again after this long, not on every keystroke. */
const RETRY_AFTER_MS = 10 * 60_000;

export interface OnlineLookupDeps {
  host: Pick<EngineHost, 'scopeFor'> & { setLiveModels(models: LiveModels): void };
  /** The latest findings of every open document. */
  findings(): Iterable<readonly Finding[]>;
  onDidUpdateFindings: vscode.Event<void>;
  /** The extension's global storage folder (the answer cache lives there). */
  storageDir: string;
  log: Log;
}

export interface OnlineLookupFeature {
  /** Resolves when no lookup is scheduled or running (integration tests wait on it). */
  whenIdle(): Promise<void>;
  readonly liveModels: LiveModels;
}

/** On only in a trusted workspace, and only by the user's own value: workspace values are ignored. */
export function isOnlineLookupEnabled(): boolean {
  if (!vscode.workspace.isTrusted) return false;
  const inspected = vscode.workspace.getConfiguration(SETTINGS_SECTION).inspect<boolean>(ONLINE_SETTING);
  return inspected?.globalValue === true;
}

export function registerOnlineLookup(deps: OnlineLookupDeps, subscriptions: vscode.Disposable[]): OnlineLookupFeature {
  let live = new Map<string, Model>();
  /** Lower-case id -> when it may be asked again (Infinity: answered for good, or until settings change). */
  const attempted = new Map<string, number>();
  const controller = new AbortController();
  let lookup: OnlineLookup | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let idle: Promise<void> = Promise.resolve();
  let settleIdle: (() => void) | undefined;
  // Asked on every re-check of a document (onDidUpdateFindings): `inspect` costs ~0.7 ms, so the answer is kept
  // until the setting or the workspace trust changes.
  let enabled: boolean | undefined;
  const isEnabled = () => (enabled ??= isOnlineLookupEnabled());

  const busy = () => {
    if (!settleIdle) idle = new Promise<void>((resolve) => (settleIdle = resolve));
  };
  const done = () => {
    settleIdle?.();
    settleIdle = undefined;
  };

  const schedule = () => {
    if (controller.signal.aborted) return;
    if (!isEnabled()) {
      if (!running && !timer) done();
      return;
    }
    busy();
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void run();
    }, DEBOUNCE_MS);
  };

  const pendingIds = (): string[] => {
    const now = Date.now();
    const all = unknownHubIds([...deps.findings()].flat());
    return all.filter((id) => (attempted.get(id.toLowerCase()) ?? 0) <= now).slice(0, BATCH);
  };

  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      const ids = pendingIds();
      if (ids.length === 0 || !isEnabled()) return;
      const engine = (await deps.host.scopeFor(undefined)).engine;
      // No dataset, no engine (the log says why): try these again later, not in a loop.
      for (const id of ids) attempted.set(id.toLowerCase(), engine ? Infinity : Date.now() + RETRY_AFTER_MS);
      if (!engine) return;
      lookup ??= createHubLookup({ cacheDir: deps.storageDir, env: process.env, warn: (message) => deps.log.info(message) });
      const result = await lookupLiveModels(ids, engine, lookup, { signal: controller.signal });
      for (const [id, outcome] of result.outcomes) {
        if (outcome.answer.ok) continue;
        const { failure, message } = outcome.answer;
        if (failure !== 'not-found' && failure !== 'gated' && failure !== 'invalid-id') attempted.set(id, Date.now() + RETRY_AFTER_MS);
        deps.log.info(`Hub lookup of ${outcome.answer.id}: ${message}`);
      }
      const found = [...result.models.keys()].filter((id) => !live.has(id));
      if (found.length > 0 && isEnabled()) {
        live = new Map([...live, ...result.models]);
        deps.log.info(`Hub lookup: live facts for ${found.join(', ')}`);
        deps.host.setLiveModels(live);
      }
    })()
      .catch((error: unknown) => deps.log.problem('the online model lookup failed', error))
      .finally(() => {
        running = undefined;
        // More ids than one batch, or findings that changed meanwhile: another round; otherwise idle.
        if (again || pendingIds().length > 0) {
          again = false;
          schedule();
        } else if (!timer) done();
      });
    await running;
  };

  const reset = () => {
    clearTimeout(timer);
    timer = undefined;
    attempted.clear();
    if (live.size > 0) {
      live = new Map();
      deps.host.setLiveModels(live);
    }
    done();
  };

  subscriptions.push(
    { dispose: () => (controller.abort(), clearTimeout(timer), done()) },
    deps.onDidUpdateFindings(schedule),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      enabled = undefined;
      schedule();
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(`${SETTINGS_SECTION}.${ONLINE_SETTING}`)) return;
      enabled = undefined;
      if (isEnabled()) schedule();
      else reset();
    }),
  );
  schedule();
  return { whenIdle: () => idle, get liveModels() { return live; } };
}
