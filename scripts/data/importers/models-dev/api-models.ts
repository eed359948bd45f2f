/**
 * Turns a vendor's models.dev records plus its curated table into PublisherFile entries for API-only models.
 * Snapshots that the vendor's API serves under a dated id become `api` aliases of one canonical model, so a
 * hover on `claude-3-5-sonnet-20241022` and one on `claude-3-5-sonnet-latest` say the same thing.
 */
import type { Conflict, Model, PublisherFile, Source } from '../../../../src/core/dataset/schema';
import { CHECKED, type ApiVendor, type CuratedApiModel } from './vendor';
import type { ModelsDevRecord, ModelsDevSnapshot } from './read';
import { modalityOf, taskOf } from './modality';

const MODELS_DEV_URL = 'https://models.dev';

interface Group {
  id: string;
  records: ModelsDevRecord[];
  curated?: CuratedApiModel;
}

function groupRecords(vendor: ApiVendor, snapshot: ModelsDevSnapshot): Map<string, Group> {
  const groups = new Map<string, Group>();
  const canonical = vendor.canonical ?? ((id: string) => id);
  const include = vendor.include ?? ((record: ModelsDevRecord) => record.openWeights === false);
  const records = vendor.modelsDevProvider ? snapshot.provider(vendor.modelsDevProvider) : [];
  for (const record of records.filter(include)) {
    const id = canonical(record.id);
    const group = groups.get(id) ?? { id, records: [] };
    group.records.push(record);
    groups.set(id, group);
  }
  for (const curated of vendor.curated) {
    const group = groups.get(curated.id) ?? { id: curated.id, records: [] };
    group.curated = curated;
    groups.set(curated.id, group);
  }
  return groups;
}

/** The record that speaks for the group: the undated one when models.dev has it, else the oldest snapshot. */
function leadRecord(group: Group): ModelsDevRecord | undefined {
  const own = group.records.find((record) => record.id === group.id);
  if (own) return own;
  return [...group.records].sort((a, b) => (a.releaseDate ?? '9').localeCompare(b.releaseDate ?? '9'))[0];
}

function vendorSources(vendor: ApiVendor): { models: Source; terms?: Source; openness: Source } {
  return {
    models: { id: 'vendor-models', kind: 'vendor-page', url: vendor.modelsUrl, title: `${vendor.publisher.name} API models`, checked: CHECKED },
    ...(vendor.termsUrl ? { terms: { id: 'vendor-terms', kind: 'vendor-page' as const, url: vendor.termsUrl, title: `${vendor.publisher.name} API terms`, checked: CHECKED } } : {}),
    openness: {
      id: 'api-only',
      kind: 'curated',
      url: null,
      checked: CHECKED,
      note: 'Reached only through the vendor API; the vendor publishes no weights, training code or training data for it.',
    },
  };
}

function buildModel(vendor: ApiVendor, group: Group): Model {
  const lead = leadRecord(group);
  const curated = group.curated;
  const base = vendorSources(vendor);
  const sources: Source[] = [];
  const factSource: string[] = [];
  if (lead) {
    const ids = group.records.map((record) => `${record.provider}/${record.id}`).join(', ');
    sources.push({ id: 'models-dev', kind: 'reference-dataset', url: MODELS_DEV_URL, title: 'models.dev', checked: CHECKED, note: `records: ${ids}`.slice(0, 500) });
    factSource.push('models-dev');
  }
  const evidence = curated?.evidence;
  if (curated || !lead) factSource.push(evidence ? 'release-note' : 'vendor-models');
  sources.push(base.models);
  if (base.terms) sources.push(base.terms);
  if (evidence) sources.push({ id: 'release-note', kind: evidence.kind, url: evidence.url, title: evidence.title, checked: CHECKED, ...(evidence.note ? { note: evidence.note } : {}) });
  if (!vendor.servesOpenWeights) sources.push(base.openness);

  const report = vendor.reports.find((candidate) => candidate.models.includes(group.id));
  if (report) sources.push({ id: 'report', kind: 'paper', url: report.url, title: report.title, checked: CHECKED });

  const name = curated?.name ?? lead?.name?.replace(/ \(latest\)$/, '') ?? group.id;
  const family = curated?.family ?? lead?.family ?? null;
  const releaseDate = curated?.releaseDate ?? lead?.releaseDate ?? null;
  const modality = curated?.modality ?? (lead ? modalityOf(lead) : null);
  const task = curated?.task ?? (lead ? taskOf(lead) : null);
  const aliasIds = new Set([...group.records.map((record) => record.id), ...(curated?.aliases ?? [])]);
  aliasIds.delete(group.id);
  const curatedAliases = new Set(curated?.aliases ?? []);

  const curatedSource = evidence ? 'release-note' : 'vendor-models';
  const provenance: Record<string, string[]> = {
    name: curated?.name ? [curatedSource] : factSource,
    license: base.terms ? ['vendor-terms'] : lead ? ['models-dev', 'vendor-models'] : [curatedSource],
    availability: lead ? ['models-dev', 'vendor-models'] : [curatedSource],
    'openness.weights': lead ? ['models-dev', 'api-only'] : [curatedSource, 'api-only'],
    'openness.inferenceCode': ['api-only'],
    'openness.trainingCode': ['api-only'],
    'openness.trainingData': ['api-only'],
    'openness.paper': report ? ['report'] : ['api-only'],
    opennessClass: [base.terms ? 'vendor-terms' : curatedSource, 'api-only'],
  };
  if (vendor.apiTerms) provenance.apiTerms = base.terms ? ['vendor-terms'] : [curatedSource];
  let openness: Model['openness'] = { weights: 'closed', inferenceCode: 'closed', trainingCode: 'closed', trainingData: 'closed', paper: report ? 'partial' : 'closed' };
  if (vendor.servesOpenWeights) {
    // The served weights are public; the other components are described on the open entry, not guessed here.
    openness = { weights: 'open', inferenceCode: 'unknown', trainingCode: 'unknown', trainingData: 'unknown', paper: 'unknown' };
    provenance['openness.weights'] = ['models-dev'];
    provenance.availability = ['models-dev', 'vendor-models'];
    provenance.opennessClass = base.terms ? ['vendor-terms'] : ['vendor-models'];
    for (const key of ['openness.inferenceCode', 'openness.trainingCode', 'openness.trainingData', 'openness.paper']) delete provenance[key];
    if (curated?.weightsUnknown || !lead) {
      openness.weights = 'unknown';
      delete provenance['openness.weights'];
      provenance.availability = ['vendor-models'];
    }
  }
  const fieldSource = (overridden: unknown) => (overridden !== undefined ? [curatedSource] : factSource);
  if (family !== null) provenance.family = fieldSource(curated?.family);
  if (releaseDate !== null) provenance.releaseDate = fieldSource(curated?.releaseDate);
  if (modality !== null) provenance.modality = fieldSource(curated?.modality);
  if (task !== null) provenance.task = fieldSource(curated?.task);

  const conflicts: Conflict[] = [];
  if (lead && curated?.overrideReason) {
    for (const field of ['name', 'family', 'releaseDate'] as const) {
      const theirs = lead[field];
      const ours = curated[field];
      if (theirs !== undefined && ours !== undefined && theirs !== ours) {
        conflicts.push({
          field,
          values: [{ value: theirs, source: 'models-dev' }, { value: ours, source: 'vendor-models' }],
          winner: 'vendor-models',
          reason: curated.overrideReason,
        });
      }
    }
  }

  return {
    id: group.id,
    name,
    publisher: vendor.publisher.id,
    family,
    parameters: null,
    modality: modality as Model['modality'],
    task,
    releaseDate,
    license: 'proprietary',
    apiTerms: vendor.apiTerms,
    availability: 'api-only',
    gated: null,
    baseModels: [],
    openness,
    opennessClass: 'api-only',
    mofClass: null,
    aliases: [...aliasIds].sort().map((id) => ({ id, ecosystem: 'api' as const, source: curatedAliases.has(id) ? curatedSource : 'models-dev' })),
    links: { card: vendor.modelsUrl, ...(report ? { paper: report.url } : {}) },
    sources,
    provenance,
    ...(conflicts.length ? { conflicts } : {}),
    ...(curated?.notes?.length ? { notes: curated.notes } : {}),
  };
}

/** One publisher file of API-only models. */
export function buildApiPublisher(vendor: ApiVendor, snapshot: ModelsDevSnapshot): PublisherFile {
  const groups = [...groupRecords(vendor, snapshot).values()].sort((a, b) => a.id.localeCompare(b.id));
  const base = vendorSources(vendor);
  return {
    publisher: { ...vendor.publisher, sources: [base.models] },
    models: groups.map((group) => buildModel(vendor, group)),
  };
}
