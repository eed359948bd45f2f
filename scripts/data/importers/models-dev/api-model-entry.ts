/**
 * One API-only model entry from its group of models.dev records and its curated row: the facts, the sources
 * they cite, the openness components and any conflict between the curated value and models.dev.
 */
import type { Conflict, Model, Source } from '../../../../src/core/dataset/schema';
import { CHECKED, type ApiVendor, type CuratedApiModel } from './vendor';
import type { ModelsDevRecord } from './read';
import { modalityOf, taskOf } from './modality';

/** A canonical model id, the models.dev records that are its snapshots, and its curated row. */
export interface Group {
  id: string;
  records: ModelsDevRecord[];
  curated?: CuratedApiModel;
}

type Provenance = Record<string, string[]>;

/** The record that speaks for the group: the undated one when models.dev has it, else the oldest snapshot. */
function leadRecord(group: Group): ModelsDevRecord | undefined {
  const own = group.records.find((record) => record.id === group.id);
  if (own) return own;
  return [...group.records].sort((a, b) => (a.releaseDate ?? '9').localeCompare(b.releaseDate ?? '9'))[0];
}

const source = (id: string, kind: Source['kind'], url: string | null, title: string, note?: string): Source => ({
  id,
  kind,
  url,
  title,
  checked: CHECKED,
  ...(note ? { note } : {}),
});

/** The vendor-wide sources every entry of the vendor may cite; `modelsUrl` is a model's own list page, if it has one. */
export function vendorSources(vendor: ApiVendor, modelsUrl = vendor.modelsUrl): { models: Source; terms?: Source; openness: Source } {
  const name = vendor.publisher.name;
  return {
    models: source('vendor-models', 'vendor-page', modelsUrl, `${name} API models`),
    ...(vendor.termsUrl ? { terms: source('vendor-terms', 'vendor-page', vendor.termsUrl, `${name} API terms`) } : {}),
    openness: {
      id: 'api-only',
      kind: 'curated',
      url: null,
      checked: CHECKED,
      note: 'Reached only through the vendor API; the vendor publishes no weights, training code or training data for it.',
    },
  };
}

/** Everything one entry cites, and which of its sources stand for "models.dev" and for "the curated row". */
interface Citations {
  sources: Source[];
  lead?: ModelsDevRecord;
  /** Ids that state a fact taken from models.dev unless the curated row overrides it. */
  facts: string[];
  /** The id that states a curated value: the release note it was read from, or the vendor's model list. */
  curated: string;
  terms?: string;
  report?: { url: string };
}

function cite(vendor: ApiVendor, group: Group): Citations {
  const lead = leadRecord(group);
  const base = vendorSources(vendor, group.curated?.modelsUrl);
  const evidence = group.curated?.evidence;
  const curated = evidence ? 'release-note' : 'vendor-models';
  const sources: Source[] = [];
  const facts: string[] = [];
  if (lead) {
    const ids = group.records.map((record) => `${record.provider}/${record.id}`).join(', ');
    sources.push(source('models-dev', 'reference-dataset', 'https://models.dev', 'models.dev', `records: ${ids}`.slice(0, 500)));
    facts.push('models-dev');
  }
  if (group.curated || !lead) facts.push(curated);
  sources.push(base.models);
  if (base.terms) sources.push(base.terms);
  if (evidence) sources.push(source('release-note', evidence.kind, evidence.url, evidence.title, evidence.note));
  if (!vendor.servesOpenWeights) sources.push(base.openness);
  const report = vendor.reports.find((candidate) => candidate.models.includes(group.id));
  if (report) sources.push(source('report', 'paper', report.url, report.title));
  return { sources, lead, facts, curated, terms: base.terms?.id, report };
}

/** Openness components and their provenance: closed for vendor-only models, the served weights for DeepSeek. */
function openness(vendor: ApiVendor, group: Group, c: Citations, provenance: Provenance): Model['openness'] {
  if (!vendor.servesOpenWeights) {
    const api = ['api-only'];
    Object.assign(provenance, {
      'openness.weights': c.lead ? ['models-dev', ...api] : [c.curated, ...api],
      'openness.inferenceCode': api,
      'openness.trainingCode': api,
      'openness.trainingData': api,
      'openness.paper': c.report ? ['report'] : api,
    });
    return { weights: 'closed', inferenceCode: 'closed', trainingCode: 'closed', trainingData: 'closed', paper: c.report ? 'partial' : 'closed' };
  }
  // The served weights are public; the other components are described on the open entry, not guessed here.
  const known = c.lead && !group.curated?.weightsUnknown;
  if (known) provenance['openness.weights'] = ['models-dev'];
  return { weights: known ? 'open' : 'unknown', inferenceCode: 'unknown', trainingCode: 'unknown', trainingData: 'unknown', paper: 'unknown' };
}

function provenanceOf(vendor: ApiVendor, group: Group, c: Citations, facts: Record<string, unknown>): Provenance {
  // models.dev's open_weights flag backs the availability unless the curated row says the weights are unknown
  const flagged = c.lead && !(vendor.servesOpenWeights && group.curated?.weightsUnknown);
  const provenance: Provenance = {
    name: group.curated?.name ? [c.curated] : c.facts,
    license: c.terms ? [c.terms] : c.lead ? ['models-dev', 'vendor-models'] : [c.curated],
    availability: flagged ? ['models-dev', 'vendor-models'] : [c.curated],
    opennessClass: vendor.servesOpenWeights ? [c.terms ?? 'vendor-models'] : [c.terms ?? c.curated, 'api-only'],
  };
  if (vendor.apiTerms) provenance.apiTerms = [c.terms ?? c.curated];
  for (const field of ['family', 'releaseDate', 'modality', 'task'] as const) {
    if (facts[field] === null) continue;
    provenance[field] = group.curated?.[field] !== undefined ? [c.curated] : c.facts;
  }
  return provenance;
}

/** A curated value that replaces models.dev's is kept as a conflict, with the curated row's reason. */
function conflictsOf(group: Group, c: Citations): Conflict[] {
  const curated = group.curated;
  if (!c.lead || !curated?.overrideReason) return [];
  return (['name', 'family', 'releaseDate'] as const).flatMap((field) => {
    const theirs = c.lead![field];
    const ours = curated[field];
    if (theirs === undefined || ours === undefined || theirs === ours) return [];
    return [{ field, values: [{ value: theirs, source: 'models-dev' }, { value: ours, source: c.curated }], winner: c.curated, reason: curated.overrideReason! }];
  });
}

export function buildModel(vendor: ApiVendor, group: Group): Model {
  const c = cite(vendor, group);
  const { curated } = group;
  const facts = {
    family: curated?.family ?? c.lead?.family ?? null,
    releaseDate: curated?.releaseDate ?? c.lead?.releaseDate ?? null,
    modality: (curated?.modality ?? (c.lead ? modalityOf(c.lead) : null)) as Model['modality'],
    task: curated?.task ?? (c.lead ? taskOf(c.lead) : null),
  };
  const provenance = provenanceOf(vendor, group, c, facts);
  const aliasIds = new Set([...group.records.map((record) => record.id), ...(curated?.aliases ?? [])]);
  aliasIds.delete(group.id);
  const curatedAliases = new Set(curated?.aliases ?? []);
  const conflicts = conflictsOf(group, c);
  return {
    id: group.id,
    name: curated?.name ?? c.lead?.name?.replace(/ \(latest\)$/, '') ?? group.id,
    publisher: vendor.publisher.id,
    family: facts.family,
    parameters: null,
    modality: facts.modality,
    task: facts.task,
    releaseDate: facts.releaseDate,
    license: 'proprietary',
    apiTerms: vendor.apiTerms,
    availability: 'api-only',
    gated: null,
    baseModels: [],
    openness: openness(vendor, group, c, provenance),
    opennessClass: 'api-only',
    mofClass: null,
    aliases: [...aliasIds].sort().map((id) => ({ id, ecosystem: 'api' as const, source: curatedAliases.has(id) ? c.curated : 'models-dev' })),
    links: { card: curated?.modelsUrl ?? vendor.modelsUrl, ...(c.report ? { paper: c.report.url } : {}) },
    sources: c.sources,
    provenance,
    ...(conflicts.length ? { conflicts } : {}),
    ...(curated?.notes?.length ? { notes: curated.notes } : {}),
  };
}
