/**
 * Raw id as written -> the dataset model it names, or undefined. Lookup maps are built once; each `resolve`
 * tries a bounded list of variants of the raw text (each made in one pass over it), so its cost grows with the
 * length of the raw text, not with the dataset. When a spelling fits two models the answer is undefined:
 * a resolution never picks between candidates.
 */
import type { Model } from './schema';
import {
  namePart,
  splitTag,
  stripBedrockRegion,
  stripFileName,
  stripFineTune,
  stripHfSuffix,
  stripHost,
  stripLangChainProvider,
  stripProvider,
  stripQuantSuffix,
  stripResourcePath,
  stripSnapshot,
  tagVariants,
} from './normalize';

export interface Resolution {
  model: Model;
  /** `id`/`alias`: the raw text (case aside) is the model's id or one of its aliases; `normalized`: a variant of it is. */
  via: 'id' | 'alias' | 'normalized';
  /** The dataset spelling that matched (an id or an alias, as the dataset writes it). */
  matched: string;
}

export interface ModelResolver {
  resolve(raw: string): Resolution | undefined;
  isKnown(raw: string): boolean;
}

interface Entry {
  model: Model;
  matched: string;
  via: 'id' | 'alias';
}
/** A key two different models claim. */
const AMBIGUOUS = 'ambiguous' as const;
type Slot = Entry | typeof AMBIGUOUS;

/** Orgs that re-upload other publishers' weights under the same name (quantised, converted, mirrored). */
const REUPLOADERS = new Set([
  'thebloke', 'bartowski', 'unsloth', 'mlx-community', 'lmstudio-community', 'quantfactory', 'maziyarpanahi',
  'xenova', 'onnx-community', 'second-state', 'ggml-org', 'neuralmagic', 'redhatai', 'nousresearch', 'mradermacher',
  'tensorblock', 'bitsandbytes', 'gaianet', 'ollama',
]);

/** Longer raw strings are not ids; refusing them keeps the cost bounded. */
const MAX_RAW_LENGTH = 300;
/** Distinct raw strings remembered per resolver (editors re-resolve the same ids on every keystroke). */
const MEMO_LIMIT = 20_000;
const MAX_VARIANTS = 48;

export function createModelResolver(dataset: { models: readonly Model[] }): ModelResolver {
  const exact = new Map<string, Slot>();
  // Names as published first; names with a format suffix removed only when no published name matches, so a
  // dataset that lists `X-GGUF` and `X-AWQ` as models of their own does not make `X` ambiguous.
  const byName = new Map<string, Slot>();
  const byStrippedName = new Map<string, Slot>();
  for (const model of dataset.models) {
    put(exact, model.id.toLowerCase(), { model, matched: model.id, via: 'id' });
    for (const alias of model.aliases) {
      const key = alias.id.toLowerCase();
      put(exact, key, { model, matched: alias.id, via: 'alias' });
      // Bedrock ids are often written without their `:0` version
      const version = alias.ecosystem === 'bedrock' ? /:\d+$/.exec(key) : null;
      if (version) put(exact, key.slice(0, version.index), { model, matched: alias.id, via: 'alias' });
    }
    const hubIds = [model.id, ...model.aliases.filter((a) => a.ecosystem === 'hf' || a.ecosystem === 'hf-reupload').map((a) => a.id)];
    for (const hubId of hubIds) {
      if (!hubId.includes('/')) continue;
      const name = namePart(hubId.toLowerCase());
      const entry: Entry = { model, matched: hubId, via: 'id' };
      for (const key of new Set([name, stripHfSuffix(name)])) put(byName, key, entry);
      const stripped = stripHfSuffix(stripQuantSuffix(name));
      if (stripped !== name) put(byStrippedName, stripped, entry);
    }
  }

  // Every normalisation removes whole segments, never adds letters: a raw id can only match a key whose
  // letter runs it contains. Raw text sharing no letter run with any key is rejected before making variants.
  const anchors = new Set<string>();
  const anchorless: string[] = [];
  for (const key of exact.keys()) {
    const runs = letterRuns(key);
    if (runs.length === 0) anchorless.push(key);
    for (const run of runs) anchors.add(run);
  }
  const mayMatch = (lower: string): boolean =>
    letterRuns(lower).some((run) => anchors.has(run)) || anchorless.some((key) => lower.includes(key));

  const memo = new Map<string, Resolution | undefined>();
  function resolve(raw: string): Resolution | undefined {
    if (raw.length > MAX_RAW_LENGTH) return undefined;
    if (memo.has(raw)) return memo.get(raw);
    const result = resolveUncached(raw);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(raw, result);
    return result;
  }

  function resolveUncached(raw: string): Resolution | undefined {
    const lower = raw.trim().toLowerCase();
    if (lower.length < 2 || lower.length > MAX_RAW_LENGTH) return undefined;
    const direct = exact.get(lower);
    if (direct === AMBIGUOUS) return undefined;
    if (direct) return { model: direct.model, via: direct.via, matched: direct.matched };
    if (!mayMatch(lower)) return undefined;

    const variants = expand(lower);
    for (const variant of [lower, ...variants]) {
      const slot = lookupVariant(variant);
      if (slot === AMBIGUOUS) return undefined;
      if (slot) return { model: slot.model, via: 'normalized', matched: slot.matched };
    }
    for (const variant of [lower, ...variants]) {
      if (!nameFallbackAllowed(variant)) continue;
      const published = stripFileName(namePart(variant));
      const name = stripHfSuffix(stripQuantSuffix(published));
      const slot = byName.get(published) ?? byName.get(name) ?? byStrippedName.get(name);
      if (slot === AMBIGUOUS) return undefined;
      if (slot) return { model: slot.model, via: 'normalized', matched: slot.matched };
    }
    return undefined;
  }

  /** Google's SDKs write `models/gemini-...`; elsewhere `models/x` is a folder, so only Google's models match it. */
  function lookupVariant(variant: string): Slot | undefined {
    if (variant.startsWith('models/')) {
      const slot = exact.get(variant.slice('models/'.length));
      return slot && slot !== AMBIGUOUS && slot.model.publisher === 'google' ? slot : undefined;
    }
    return exact.get(variant);
  }

  return { resolve, isKnown: (raw) => resolve(raw) !== undefined };
}

/** Lower-case letter runs of two or more letters (`gpt-4o-mini` -> gpt, mini). */
function letterRuns(text: string): string[] {
  const runs: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    const letter = (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
    if (letter && start < 0) start = i;
    else if (!letter && start >= 0) {
      if (i - start >= 2) runs.push(text.slice(start, i).toLowerCase());
      start = -1;
    }
  }
  return runs;
}

function put(map: Map<string, Slot>, key: string, entry: Entry): void {
  const existing = map.get(key);
  if (existing === undefined) map.set(key, entry);
  else if (existing !== AMBIGUOUS && existing.model !== entry.model) map.set(key, AMBIGUOUS);
}

/** Variants of a lower-case id, most specific first (breadth-first over the single-step normalisations). */
export function expand(lower: string): string[] {
  const seen = new Set([lower]);
  const out: string[] = [];
  const queue = [lower];
  for (let i = 0; i < queue.length && out.length < MAX_VARIANTS; i++) {
    for (const next of step(queue[i]!)) {
      if (next.length < 2 || seen.has(next)) continue;
      seen.add(next);
      out.push(next);
      queue.push(next);
    }
  }
  return out;
}

function step(id: string): string[] {
  const out: string[] = [];
  const add = (value: string | undefined): void => {
    if (value !== undefined && value !== id) out.push(value);
  };
  add(stripHost(id));
  add(stripFineTune(id));
  add(stripResourcePath(id));
  add(stripProvider(id));
  add(stripLangChainProvider(id));
  add(stripBedrockRegion(id));
  const tagged = splitTag(id);
  if (tagged) for (const variant of tagVariants(tagged.name, tagged.tag)) add(variant);
  add(stripSnapshot(id));
  add(stripQuantSuffix(stripFileName(id)));
  return out;
}

/** Matching by name alone is allowed for bare names, re-upload orgs, and names that carried a format suffix. */
function nameFallbackAllowed(id: string): boolean {
  const slash = id.indexOf('/');
  if (slash < 0) return true;
  if (id.indexOf('/', slash + 1) >= 0) return false;
  if (REUPLOADERS.has(id.slice(0, slash))) return true;
  const name = id.slice(slash + 1);
  return stripQuantSuffix(stripFileName(name)) !== name;
}
