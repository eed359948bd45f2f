/**
 * A draft -> a model entry: the winning value of each fact with its provenance, the weights rating and the
 * openness class derived from the license (DOMAIN.md), and a conflict record wherever sources disagree on the
 * license. Empty optional fields are left out: the files ship in the extension.
 */
import type { Conflict, Model, Source } from '../../src/core/dataset/schema';
import { OPENNESS_COMPONENTS, type OpennessClass } from '../../src/core/vocabulary';
import { CHECKED } from './paths';
import { claim, componentLevel, RANK, winner, type FactField, type ModelDraft } from './draft';
import type { LicenseCatalogIndex } from './licenses';

export const OPENNESS_RULE_SOURCE: Source = {
  id: 'openness-rule',
  kind: 'curated',
  url: null,
  checked: CHECKED,
  note: 'Weights level follows the license (DOMAIN.md).',
};

export function finalizeDraft(draft: ModelDraft, catalog: LicenseCatalogIndex): Model {
  const license = winner(draft, 'license');
  const verdict = license ? catalog.verdict(String(license.value)) : 'unknown';
  if (license && !draft.claims.get('openness.weights')?.some((c) => c.rank >= RANK.derived)) {
    const level = verdict === 'allowed' ? 'open' : verdict === 'conditional' || verdict === 'not-allowed' ? 'partial' : null;
    if (level) {
      claim(draft, 'openness.weights', level, OPENNESS_RULE_SOURCE, RANK.derived);
      for (const id of license.sources) claim(draft, 'openness.weights', level, draft.sources.get(id)!, RANK.derived);
    }
  }

  const provenance: Record<string, string[]> = {};
  const value = <T>(field: FactField): T | null => {
    const best = winner(draft, field);
    if (!best) return null;
    provenance[field] = best.sources;
    return best.value as T;
  };
  const gated = value<boolean>('gated');
  const openness = Object.fromEntries(
    OPENNESS_COMPONENTS.map((component) => {
      const level = componentLevel(draft, component);
      if (level !== 'unknown') value(`openness.${component}`);
      return [component, level];
    }),
  ) as Model['openness'];

  const model: Model = {
    id: draft.id,
    name: draft.name ?? draft.id.split('/').pop()!,
    publisher: draft.publisher,
    family: value('family'),
    parameters: value('parameters'),
    modality: value('modality'),
    task: value('task'),
    releaseDate: value('releaseDate'),
    license: value('license'),
    availability: gated ? 'gated-weights' : 'open-weights',
    gated,
    baseModels: value('baseModels') ?? [],
    openness,
    opennessClass: 'unknown',
    mofClass: draft.mofClass ?? null,
    aliases: dedupeAliases(draft.aliases),
    links: draft.links,
    sources: [...draft.sources.values()],
    provenance,
  };
  const active = value<number>('activeParameters');
  if (active !== null) model.activeParameters = active;
  model.opennessClass = opennessClassOf(model, verdict);
  const conflicts = [...draft.conflicts, ...licenseConflicts(draft)];
  if (conflicts.length > 0) model.conflicts = conflicts;
  if (draft.notes.length > 0) model.notes = draft.notes;
  return model;
}

/** DOMAIN.md's rule: open-source needs open weights, training code and data under open terms. */
export function opennessClassOf(model: Pick<Model, 'availability' | 'license' | 'openness'>, verdict: string): OpennessClass {
  if (model.availability === 'api-only') return 'api-only';
  if (model.license === null) return 'unknown';
  if (verdict === 'allowed') {
    const { weights, trainingCode, trainingData } = model.openness;
    return weights === 'open' && trainingCode === 'open' && trainingData === 'open' ? 'open-source' : 'open-weight';
  }
  if (verdict === 'conditional' || verdict === 'not-allowed') return 'restricted-weight';
  return 'unknown';
}

function licenseConflicts(draft: ModelDraft): Conflict[] {
  const claims = draft.claims.get('license') ?? [];
  const distinct = new Set(claims.map((c) => JSON.stringify(c.value)));
  if (distinct.size < 2) return [];
  const best = winner(draft, 'license')!;
  if (draft.conflicts.some((c) => c.field === 'license')) return [];
  const losers = claims.filter((c) => JSON.stringify(c.value) !== JSON.stringify(best.value));
  const reason =
    draft.overrideReasons.get('license') ??
    (best.rank >= RANK.card && losers.every((c) => c.rank === RANK.reference)
      ? "The publisher's own statement for this repository outranks the reference dataset's family-level entry."
      : undefined);
  if (!reason) throw new Error(`${draft.id}: sources disagree on the license and no licenseReason says why ${String(best.value)} wins`);
  return [
    {
      field: 'license',
      values: claims.map((c) => ({ value: c.value, source: c.sources[0]! })),
      winner: best.sources[0]!,
      reason,
    },
  ];
}

function dedupeAliases(aliases: Model['aliases']): Model['aliases'] {
  const seen = new Set<string>();
  return aliases.filter((alias) => {
    const k = `${alias.ecosystem}:${alias.id.toLowerCase()}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
