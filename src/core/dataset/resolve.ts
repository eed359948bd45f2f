/**
 * Raw id as written -> the dataset model it names, or undefined. Lookup maps are built once; each `resolve`
 * tries a bounded list of variants of the raw text (each made in one pass over it), so its cost grows with the
 * length of the raw text, not with the dataset. When a spelling fits two models the answer is undefined:
 * a resolution never picks between candidates.
 */
import type { Model } from './schema';
import { AMBIGUOUS_MODEL, buildResolverTables, findSorted, letterRuns, MODEL_ID, resolverIndexOf, type KeyIndex, type ResolverIndex } from './resolver-tables';
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

/** A key two different models claim. */
const AMBIGUOUS = 'ambiguous' as const;
/** A model position in the dataset and the alias that matched (`MODEL_ID` for the id itself). */
type Slot = { model: number; alias: number };

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
  const models = dataset.models;
  return createResolverFromTables(resolverIndexOf(buildResolverTables(models)), (index) => models[index]!);
}

/** A resolver over precomputed tables; `modelAt` gives the model at a position of the dataset's model list. */
export function createResolverFromTables(tables: ResolverIndex, modelAt: (index: number) => Model): ModelResolver {
  const exact = keyLookup(tables.exact);
  const byName = keyLookup(tables.byName);
  const byStrippedName = keyLookup(tables.byStrippedName);

  // Every normalisation removes whole segments, never adds letters: a raw id can only match a key whose
  // letter runs it contains. Raw text sharing no letter run with any key is rejected before making variants.
  const mayMatch = (lower: string): boolean =>
    letterRuns(lower).some((run) => findSorted(tables.anchors, run) >= 0) || tables.anchorless.some((key) => lower.includes(key));

  /** The model at a slot and the spelling that matched (its id or one of its aliases, as the dataset writes it). */
  const slotMatch = (slot: Slot): { model: Model; matched: string; aliased: boolean } => {
    const model = modelAt(slot.model);
    const alias = slot.alias === MODEL_ID ? undefined : model.aliases[slot.alias];
    return { model, matched: alias ? alias.id : model.id, aliased: alias !== undefined };
  };
  const normalized = (slot: Slot): Resolution => {
    const { model, matched } = slotMatch(slot);
    return { model, via: 'normalized', matched };
  };

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
    const direct = exact(lower);
    if (direct === AMBIGUOUS) return undefined;
    if (direct) {
      const { model, matched, aliased } = slotMatch(direct);
      return { model, via: aliased ? 'alias' : 'id', matched };
    }
    if (!mayMatch(lower)) return undefined;

    const variants = expand(lower);
    for (const variant of [lower, ...variants]) {
      const slot = lookupVariant(variant);
      if (slot === AMBIGUOUS) return undefined;
      if (slot) return normalized(slot);
    }
    for (const variant of [lower, ...variants]) {
      if (!nameFallbackAllowed(variant)) continue;
      const published = stripFileName(namePart(variant));
      const name = stripHfSuffix(stripQuantSuffix(published));
      const slot = byName(published) ?? byName(name) ?? byStrippedName(name);
      if (slot === AMBIGUOUS) return undefined;
      if (slot) return normalized(slot);
    }
    return undefined;
  }

  /** Google's SDKs write `models/gemini-...`; elsewhere `models/x` is a folder, so only Google's models match it. */
  function lookupVariant(variant: string): Slot | typeof AMBIGUOUS | undefined {
    if (variant.startsWith('models/')) {
      const slot = exact(variant.slice('models/'.length));
      return slot && slot !== AMBIGUOUS && modelAt(slot.model).publisher === 'google' ? slot : undefined;
    }
    return exact(variant);
  }

  return { resolve, isKnown: (raw) => resolve(raw) !== undefined };
}

/** A key table as a lookup: the slot a key names, `AMBIGUOUS` when two models claim it, undefined when none does. */
function keyLookup(table: KeyIndex): (key: string) => Slot | typeof AMBIGUOUS | undefined {
  return (key) => {
    const at = findSorted(table.keys, key);
    if (at < 0) return undefined;
    const model = table.modelAt(at);
    return model === AMBIGUOUS_MODEL ? AMBIGUOUS : { model, alias: table.aliasAt(at) };
  };
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
