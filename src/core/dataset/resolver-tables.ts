/**
 * The resolver's lookup tables, as plain data: built from the models here, or precomputed by the build and
 * shipped in the dataset index. Keys are sorted and looked up by binary search, so a loaded table is used as
 * it is: no map to build at load.
 */
import type { Model } from './schema';
import { namePart, stripHfSuffix, stripQuantSuffix } from './normalize';

/** A model position in the dataset when two different models claim a key. */
export const AMBIGUOUS_MODEL = -1;
/** The alias position of a match on the model's own id. */
export const MODEL_ID = -1;

/**
 * Lower-case key -> the model it names (its position in the dataset's model list, or `AMBIGUOUS_MODEL`) and
 * the spelling that matched (`MODEL_ID`, or the position of the alias in the model's `aliases`).
 */
export interface KeyTable {
  /** Sorted by UTF-16 code units (`Array.prototype.sort`'s order); `models` and `aliases` in the same order. */
  keys: string[];
  models: number[];
  aliases: number[];
}

export interface ResolverTables {
  /** Model ids and aliases. */
  exact: KeyTable;
  /** Hub repo names (the part after `org/`) as published. */
  byName: KeyTable;
  /** Hub repo names with a format suffix removed, used only when no published name matches. */
  byStrippedName: KeyTable;
  /** Letter runs of the exact keys, sorted (a raw id sharing none cannot match), and the keys that have none. */
  anchors: string[];
  anchorless: string[];
}

/** What a lookup reads of a key table: the sorted keys, and the target of the key at a position. */
export interface KeyIndex {
  readonly keys: readonly string[];
  modelAt(position: number): number;
  aliasAt(position: number): number;
}

/** The tables as lookups read them (from `buildResolverTables`, or unpacked from the shipped index). */
export interface ResolverIndex {
  exact: KeyIndex;
  byName: KeyIndex;
  byStrippedName: KeyIndex;
  readonly anchors: readonly string[];
  readonly anchorless: readonly string[];
}

export function resolverIndexOf(tables: ResolverTables): ResolverIndex {
  const keyIndex = (table: KeyTable): KeyIndex => ({
    keys: table.keys,
    modelAt: (position) => table.models[position]!,
    aliasAt: (position) => table.aliases[position]!,
  });
  return {
    exact: keyIndex(tables.exact),
    byName: keyIndex(tables.byName),
    byStrippedName: keyIndex(tables.byStrippedName),
    anchors: tables.anchors,
    anchorless: tables.anchorless,
  };
}

type Slot = { model: number; alias: number };

export function buildResolverTables(models: readonly Model[]): ResolverTables {
  const exact = new Map<string, Slot>();
  // Names as published first; names with a format suffix removed only when no published name matches, so a
  // dataset that lists `X-GGUF` and `X-AWQ` as models of their own does not make `X` ambiguous.
  const byName = new Map<string, Slot>();
  const byStrippedName = new Map<string, Slot>();
  models.forEach((model, index) => {
    put(exact, model.id.toLowerCase(), { model: index, alias: MODEL_ID });
    model.aliases.forEach((alias, aliasIndex) => {
      const key = alias.id.toLowerCase();
      put(exact, key, { model: index, alias: aliasIndex });
      // Bedrock ids are often written without their `:0` version
      const version = alias.ecosystem === 'bedrock' ? /:\d+$/.exec(key) : null;
      if (version) put(exact, key.slice(0, version.index), { model: index, alias: aliasIndex });
    });
    const hubIds: Array<{ id: string; alias: number }> = [{ id: model.id, alias: MODEL_ID }];
    model.aliases.forEach((alias, aliasIndex) => {
      if (alias.ecosystem === 'hf' || alias.ecosystem === 'hf-reupload') hubIds.push({ id: alias.id, alias: aliasIndex });
    });
    for (const hubId of hubIds) {
      if (!hubId.id.includes('/')) continue;
      const name = namePart(hubId.id.toLowerCase());
      const slot = { model: index, alias: hubId.alias };
      for (const key of new Set([name, stripHfSuffix(name)])) put(byName, key, slot);
      const stripped = stripHfSuffix(stripQuantSuffix(name));
      if (stripped !== name) put(byStrippedName, stripped, slot);
    }
    // OpenRouter's `vendor/name` ids carry the name tools write bare (`claude-sonnet-4`, `claude-3.5-sonnet`)
    model.aliases.forEach((alias, aliasIndex) => {
      const slash = alias.id.indexOf('/');
      if (alias.ecosystem !== 'openrouter' || slash <= 0 || alias.id.indexOf('/', slash + 1) >= 0) return;
      put(byName, alias.id.slice(slash + 1).toLowerCase(), { model: index, alias: aliasIndex });
    });
  });

  const anchors = new Set<string>();
  const anchorless: string[] = [];
  for (const key of exact.keys()) {
    const runs = letterRuns(key);
    if (runs.length === 0) anchorless.push(key);
    for (const run of runs) anchors.add(run);
  }
  return {
    exact: toKeyTable(exact),
    byName: toKeyTable(byName),
    byStrippedName: toKeyTable(byStrippedName),
    anchors: [...anchors].sort(),
    anchorless,
  };
}

/** Lower-case letter runs of two or more letters (`gpt-4o-mini` -> gpt, mini). */
export function letterRuns(text: string): string[] {
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

/** The first model to claim a key keeps it; a second, different model makes it ambiguous. */
function put(map: Map<string, Slot>, key: string, slot: Slot): void {
  const existing = map.get(key);
  if (existing === undefined) map.set(key, slot);
  else if (existing.model !== AMBIGUOUS_MODEL && existing.model !== slot.model) map.set(key, { model: AMBIGUOUS_MODEL, alias: MODEL_ID });
}

function toKeyTable(map: Map<string, Slot>): KeyTable {
  const table: KeyTable = { keys: [], models: [], aliases: [] };
  for (const key of [...map.keys()].sort()) {
    const slot = map.get(key)!;
    table.keys.push(key);
    table.models.push(slot.model);
    table.aliases.push(slot.alias);
  }
  return table;
}

/** The position of `key` in a sorted array, or -1. */
export function findSorted(sorted: readonly string[], key: string): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const candidate = sorted[middle]!;
    if (candidate === key) return middle;
    if (candidate < key) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
