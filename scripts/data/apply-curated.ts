/**
 * Applies a curated family rule or model entry of data-src/models/<publisher>.yaml to a draft: every fact with
 * the source the entry names for it, the EOSAI / MOT ratings the entry links, declared conflicts and notes.
 */
import type { Source } from '../../src/core/dataset/schema';
import { addSource, claim, RANK, type ModelDraft } from './draft';
import type { LoadedCurated } from './curated';
import type { CuratedModel, FamilyRule } from './curated-schema';
import { readEosai } from './importers/eosai';
import { readMot } from './importers/mot';

function sourceOf(file: LoadedCurated, id: string, where: string): Source {
  const source = file.sourceById.get(id);
  if (!source) throw new Error(`data-src/models/${file.file}: ${where} names unknown source "${id}"`);
  return source;
}

type Facts = Pick<CuratedModel, 'family' | 'releaseDate' | 'license' | 'licenseReason' | 'modality' | 'task' | 'gated' | 'openness' | 'notes' | 'source' | 'sourceFor' | 'eosai' | 'conflicts'>;

function applyFacts(draft: ModelDraft, facts: Facts, file: LoadedCurated, rank: number, warnings: string[]): void {
  const src = (field: string) => sourceOf(file, facts.sourceFor?.[field] ?? facts.source, `${draft.id} ${field}`);
  claim(draft, 'family', facts.family, src('family'), rank);
  claim(draft, 'releaseDate', facts.releaseDate, src('releaseDate'), rank);
  claim(draft, 'modality', facts.modality, src('modality'), rank);
  claim(draft, 'task', facts.task, src('task'), rank);
  claim(draft, 'gated', facts.gated, src('gated'), rank);
  if (facts.license !== undefined) {
    claim(draft, 'license', facts.license, src('license'), rank);
    if (facts.licenseReason) draft.overrideReasons.set('license', facts.licenseReason);
  }
  for (const [component, level] of Object.entries(facts.openness ?? {})) {
    claim(draft, `openness.${component}` as never, level, src(`openness.${component}`), rank);
  }
  for (const note of facts.notes ?? []) if (!draft.notes.includes(note)) draft.notes.push(note);
  for (const conflict of facts.conflicts ?? []) {
    // A conflict may name a source the draft already has (its own card) or one of this file's sources.
    for (const value of conflict.values) {
      if (!draft.sources.has(value.source)) addSource(draft, sourceOf(file, value.source, `${draft.id} conflict`));
    }
    if (!draft.conflicts.some((c) => c.field === conflict.field)) draft.conflicts.push(conflict);
  }
  if (facts.eosai) {
    const rating = readEosai(facts.eosai);
    if (!rating) warnings.push(`${draft.id}: EOSAI entry "${facts.eosai}" not found`);
    else for (const [component, level] of Object.entries(rating.components)) {
      claim(draft, `openness.${component}` as never, level, rating.source, RANK.reference);
    }
  }
}

export function applyFamilyRule(draft: ModelDraft, rule: FamilyRule, file: LoadedCurated, warnings: string[]): void {
  applyFacts(draft, rule, file, RANK.family, warnings);
}

export function applyCurated(draft: ModelDraft, entry: CuratedModel, file: LoadedCurated, warnings: string[]): void {
  const main = sourceOf(file, entry.source, draft.id);
  addSource(draft, main);
  if (entry.name) draft.name = entry.name;
  applyFacts(draft, entry, file, RANK.curated, warnings);
  const src = (field: string) => sourceOf(file, entry.sourceFor?.[field] ?? entry.source, `${draft.id} ${field}`);
  claim(draft, 'parameters', entry.parameters, src('parameters'), RANK.curated);
  claim(draft, 'activeParameters', entry.activeParameters, src('activeParameters'), RANK.curated);
  if (entry.base) claim(draft, 'baseModels', entry.base, src('baseModels'), RANK.curated);
  for (const alias of entry.aliases ?? []) draft.aliases.push({ ...alias, source: main.id });
  Object.assign(draft.links, entry.links ?? {});
  if (!draft.links.card && /^[\w.-]+\/[\w.-]+$/.test(draft.id)) draft.links.card = `https://huggingface.co/${draft.id}`;
  if (entry.mot) {
    const record = readMot(entry.mot);
    if (!record) warnings.push(`${draft.id}: MOT record "${entry.mot}" not found`);
    else {
      for (const [component, level] of Object.entries(record.components)) {
        claim(draft, `openness.${component}` as never, level, record.source, RANK.reference);
      }
      addSource(draft, record.source);
      draft.mofClass = record.mofClass;
    }
  }
}
