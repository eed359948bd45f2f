/**
 * Shared shape of the alias generators: compact tables (`canonical model id -> ids elsewhere`) that are turned
 * into the data-src/aliases/<name>.json files the build reads. An id that only repeats the model's own Hub name
 * (`meta-llama/llama-3.1-8b-instruct` for `meta-llama/Llama-3.1-8B-Instruct`) is dropped: the resolver already
 * finds it, and an alias equal to a canonical id is a mistake the data check rejects.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ALIAS_ECOSYSTEMS, Source } from '../../../src/core/dataset/schema';
import { stripProvider } from '../../../src/core/dataset/normalize';

export type Ecosystem = (typeof ALIAS_ECOSYSTEMS)[number];

/**
 * An id cited to a page of its own rather than to the table's source. Such a row is also kept when an earlier
 * table gave the model the same spelling in another ecosystem: both providers use the name.
 */
export interface SourcedAlias {
  id: string;
  source: Source;
}

/** Ids of one ecosystem from one source, keyed by the canonical model id they name. */
export interface AliasTable {
  ecosystem: Ecosystem;
  source: Source;
  entries: Readonly<Record<string, readonly (string | SourcedAlias)[]>>;
  /** Per id, a different source (e.g. models.dev confirms it); defaults to `source`. An entry's own source wins. */
  sourceOf?: (id: string) => Source | undefined;
}

export interface AliasFile {
  sources: Source[];
  aliases: { model: string; id: string; ecosystem: Ecosystem; source: string }[];
}

export const DATA_SRC_ALIASES = join(__dirname, '..', '..', '..', 'data-src', 'aliases');

/** `meta-llama/Llama-3.1-8B-Instruct` -> `llama-3.1-8b-instruct`. */
const namePart = (id: string) => id.slice(id.lastIndexOf('/') + 1).toLowerCase();

/** True when the resolver would already find `alias` from the model id alone. */
export function isRedundant(model: string, alias: string): boolean {
  const a = alias.toLowerCase();
  if (stripProvider(a) === model.toLowerCase()) return true; // `x-ai/grok-3` for `grok-3`: the engine drops the prefix
  return a === model.toLowerCase() || a === namePart(model) || (a.includes('/') && namePart(a) === namePart(model) && a.split('/')[0] === model.split('/')[0]?.toLowerCase());
}

export function buildAliasFile(tables: readonly AliasTable[]): AliasFile {
  const sources = new Map<string, Source>();
  const aliases: AliasFile['aliases'] = [];
  // a spelling the model already has is skipped; a row with its own source only skips it in the same ecosystem
  const seen = new Set<string>();
  for (const table of tables) {
    for (const [model, entries] of Object.entries(table.entries)) {
      for (const entry of entries) {
        const { id, source: own } = typeof entry === 'string' ? { id: entry, source: undefined } : entry;
        const key = `${model.toLowerCase()}\u0000${id.toLowerCase()}`;
        const ecosystemKey = `${table.ecosystem}\u0000${key}`;
        if (isRedundant(model, id) || seen.has(own ? ecosystemKey : key)) continue;
        seen.add(key);
        seen.add(ecosystemKey);
        const source = own ?? table.sourceOf?.(id) ?? table.source;
        sources.set(source.id, source);
        aliases.push({ model, id, ecosystem: table.ecosystem, source: source.id });
      }
    }
  }
  return { sources: [...sources.values()], aliases };
}

export function writeAliasFile(name: string, file: AliasFile): void {
  mkdirSync(DATA_SRC_ALIASES, { recursive: true });
  writeFileSync(join(DATA_SRC_ALIASES, `${name}.json`), `${JSON.stringify(file, null, 2)}\n`);
  console.log(`aliases/${name}.json: ${file.aliases.length} aliases`);
}

/** True when this module is the script node was started with (each generator also runs on its own). */
export function isMain(filename: string): boolean {
  return process.argv[1] !== undefined && filename.endsWith(process.argv[1].replace(/^.*[\\/]/, ''));
}
