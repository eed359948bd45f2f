/**
 * A model under construction. Importers and curated files each state facts with the ids of the sources that
 * say them; later layers win over earlier ones (reference data < card snapshot < curated family rule <
 * curated model entry). Every license claim is kept so the build can record a conflict when sources disagree.
 */
import type { Alias, Conflict, Model, Source } from '../../src/core/dataset/schema';
import type { ComponentLevel, OpennessComponent } from '../../src/core/vocabulary';

/** The facts that carry provenance, by their field path in the model entry. */
export type FactField =
  | 'family'
  | 'parameters'
  | 'activeParameters'
  | 'modality'
  | 'task'
  | 'releaseDate'
  | 'license'
  | 'gated'
  | 'availability'
  | 'baseModels'
  | `openness.${OpennessComponent}`;

export interface Claim {
  value: unknown;
  sources: string[];
  /** Layer rank: higher wins. */
  rank: number;
}

export const RANK = { reference: 1, card: 2, derived: 3, family: 4, curated: 5 } as const;

export interface ModelDraft {
  id: string;
  publisher: string;
  name?: string;
  claims: Map<FactField, Claim[]>;
  sources: Map<string, Source>;
  aliases: Alias[];
  links: Model['links'];
  conflicts: Conflict[];
  notes: string[];
  /** Why a curated value replaces a different value of a lower layer, per field. */
  overrideReasons: Map<FactField, string>;
  mofClass?: Model['mofClass'];
  apiTerms?: string | null;
  opennessClass?: Model['opennessClass'];
}

export function newDraft(id: string, publisher: string): ModelDraft {
  return {
    id,
    publisher,
    claims: new Map(),
    sources: new Map(),
    aliases: [],
    links: {},
    conflicts: [],
    notes: [],
    overrideReasons: new Map(),
  };
}

/** Adds a source to the draft; two different sources may not share an id. */
export function addSource(draft: ModelDraft, source: Source): void {
  const existing = draft.sources.get(source.id);
  if (existing && JSON.stringify(existing) !== JSON.stringify(source)) {
    throw new Error(`${draft.id}: two different sources share the id "${source.id}"`);
  }
  draft.sources.set(source.id, source);
}

export function claim(draft: ModelDraft, field: FactField, value: unknown, source: Source, rank: number): void {
  if (value === undefined || value === null) return;
  addSource(draft, source);
  const list = draft.claims.get(field) ?? [];
  const same = list.find((c) => c.rank === rank && JSON.stringify(c.value) === JSON.stringify(value));
  if (same) {
    if (!same.sources.includes(source.id)) same.sources.push(source.id);
  } else {
    list.push({ value, sources: [source.id], rank });
  }
  draft.claims.set(field, list);
}

/** The winning claim of a field: highest rank; within a rank, the first stated. Agreeing sources are merged. */
export function winner(draft: ModelDraft, field: FactField): Claim | undefined {
  const list = draft.claims.get(field);
  if (!list || list.length === 0) return undefined;
  const top = Math.max(...list.map((c) => c.rank));
  const best = list.find((c) => c.rank === top)!;
  const agreeing = list.filter((c) => JSON.stringify(c.value) === JSON.stringify(best.value));
  return { ...best, sources: [...new Set(agreeing.flatMap((c) => c.sources))] };
}

export function componentLevel(draft: ModelDraft, component: OpennessComponent): ComponentLevel {
  return (winner(draft, `openness.${component}`)?.value as ComponentLevel | undefined) ?? 'unknown';
}
