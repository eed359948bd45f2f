/**
 * The resolver's tables as the shipped index stores them: only strings, because one long JSON string parses many
 * times faster than an array of thousands of strings or numbers. Each part is unpacked on its first use, so a
 * lookup that ends at the exact table never unpacks the name tables.
 */
import { defineLazyFields } from './lazy-fields';
import { AMBIGUOUS_MODEL, type KeyIndex, type KeyTable, type ResolverIndex, type ResolverTables } from './resolver-tables';

export interface PackedResolverTables {
  exact: PackedKeyTable;
  byName: PackedKeyTable;
  byStrippedName: PackedKeyTable;
  anchors: string;
  anchorless: string[];
}

export interface PackedKeyTable {
  /** The keys, joined by line feeds. */
  keys: string;
  /**
   * Per key, in base 36: three digits of the model position (`zzz` when ambiguous), then one of the alias
   * (0 for the model's own id, else the alias position + 1).
   */
  targets: string;
}

const MODEL_DIGITS = 3;
const TARGET_WIDTH = MODEL_DIGITS + 1;
const AMBIGUOUS_DIGITS = 'zzz';
const AMBIGUOUS_VALUE = 36 ** MODEL_DIGITS - 1;
/** Model positions below `zzz`; alias positions + 1 in one digit. */
const MAX_MODELS = 36 ** MODEL_DIGITS - 1;
const MAX_ALIASES = 35;

export function packResolverTables(tables: ResolverTables): PackedResolverTables {
  return {
    exact: packKeyTable(tables.exact),
    byName: packKeyTable(tables.byName),
    byStrippedName: packKeyTable(tables.byStrippedName),
    anchors: joinLines(tables.anchors),
    anchorless: tables.anchorless,
  };
}

export function unpackResolverTables(packed: PackedResolverTables): ResolverIndex {
  const tables: ResolverIndex = {
    exact: unpackKeyTable(packed.exact),
    byName: unpackKeyTable(packed.byName),
    byStrippedName: unpackKeyTable(packed.byStrippedName),
    anchors: [], // replaced by the lazy field below
    anchorless: packed.anchorless,
  };
  defineLazyFields(tables, ['anchors'], () => splitLines(packed.anchors));
  return tables;
}

function packKeyTable(table: KeyTable): PackedKeyTable {
  const targets = table.keys.map((_, at) => {
    const model = table.models[at]!;
    const alias = table.aliases[at]!;
    if (model > MAX_MODELS || alias >= MAX_ALIASES) throw new Error(`the packed resolver tables hold ${MAX_MODELS} models of ${MAX_ALIASES} aliases at most`);
    const modelDigits = model === AMBIGUOUS_MODEL ? AMBIGUOUS_DIGITS : model.toString(36).padStart(MODEL_DIGITS, '0');
    return modelDigits + (alias + 1).toString(36);
  });
  return { keys: joinLines(table.keys), targets: targets.join('') };
}

/** Keys split on first use; a target decoded only where a lookup lands. */
function unpackKeyTable(packed: PackedKeyTable): KeyIndex {
  const { targets } = packed;
  const table = {
    modelAt: (position: number) => {
      const model = base36(targets, position * TARGET_WIDTH, MODEL_DIGITS);
      return model === AMBIGUOUS_VALUE ? AMBIGUOUS_MODEL : model;
    },
    aliasAt: (position: number) => base36(targets, position * TARGET_WIDTH + MODEL_DIGITS, 1) - 1,
  } as KeyIndex;
  defineLazyFields(table, ['keys'], () => splitLines(packed.keys));
  return table;
}

/** The number written in base 36 at `text[from, from + width)`. */
function base36(text: string, from: number, width: number): number {
  let value = 0;
  for (let at = from; at < from + width; at++) {
    const code = text.charCodeAt(at);
    value = value * 36 + (code <= 57 ? code - 48 : code - 87);
  }
  return value;
}

export function joinLines(values: readonly string[]): string {
  const broken = values.find((value) => value.includes('\n'));
  if (broken !== undefined) throw new Error(`a dataset id or alias holds a line feed: ${JSON.stringify(broken)}`);
  return values.join('\n');
}

export function splitLines(text: string): string[] {
  return text.length === 0 ? [] : text.split('\n');
}
