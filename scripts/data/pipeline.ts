/**
 * Turns the inputs into one PublisherFile per publisher: card snapshot -> curated family rules and model
 * entries -> reference openness ratings -> aliases -> API models of the other data engineer. Pure apart from
 * reading inputs, so a test can run it on fixtures.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  publisherFileSchema,
  type Model,
  type Publisher,
  type PublisherFile,
  type Source,
} from '../../src/core/dataset/schema';
import { API_MODELS_DIR, ALIASES_DIR, CHECKED } from './paths';
import { addSource, claim, newDraft, RANK, type ModelDraft } from './draft';
import { loadCurated, type LoadedCurated } from './curated';
import { expandBraces, type CuratedModel, type FamilyRule } from './curated-schema';
import { baseModelsOf, cardSource, isGated, readCards, type CardRow } from './importers/hf-cards';
import { readEosai } from './importers/eosai';
import { readEosaiModels } from './importers/eosai-models';
import { readMot } from './importers/mot';
import { loadLicenseCatalog, type LicenseCatalogIndex } from './licenses';
import { activeParametersFromName, isQuantizedName, parametersFromName } from './name-facts';
import { modalityFromTag } from './pipeline-tags';
import { finalizeDraft } from './finalize';
import { attachAliases, type AliasReport } from './aliases';

export interface BuildReport {
  files: PublisherFile[];
  unattachedAliases: AliasReport['unattached'];
  warnings: string[];
}

const NAME_SOURCE: Source = {
  id: 'repo-name',
  kind: 'curated',
  url: null,
  checked: CHECKED,
  note: 'Parameter count read from the repo name ("-8B" = 8 billion).',
};

/** Organisations that re-upload other publishers' weights unchanged or converted (quantised, MLX, bnb...). */
const MIRROR_ORGS = new Set(
  ['thebloke', 'bartowski', 'unsloth', 'nousresearch', 'lmstudio-community', 'mlx-community', 'maziyarpanahi', 'quantfactory',
    'hugging-quants', 'neuralmagic', 'mradermacher', 'second-state', 'mistral-community', 'systran', 'xenova', 'optimum', 'tensorblock'],
);

const REUPLOAD_SOURCE: Source = {
  id: 'hf-reuploads',
  kind: 'reference-dataset',
  url: 'https://huggingface.co/models',
  title: 'Hub re-uploads declaring this model as base_model',
  checked: '2024-12-01',
  note: 'Quantised re-uploads (GGUF, AWQ, GPTQ...) from the December 2024 card snapshot whose name and base_model match this model.',
};

export function runPipeline(options: { cards?: CardRow[]; curated?: LoadedCurated[]; catalog?: LicenseCatalogIndex } = {}): BuildReport {
  const catalog = options.catalog ?? loadLicenseCatalog();
  const curated = options.curated ?? loadCurated();
  const cards = options.cards ?? readCards();
  const warnings: string[] = [];
  const drafts = new Map<string, ModelDraft>();
  const key = (id: string) => id.toLowerCase();

  const publisherOfOrg = new Map<string, string>();
  for (const file of curated) for (const org of file.orgs) publisherOfOrg.set(org.toLowerCase(), file.publisher.id);
  const excludes = curated.flatMap((file) => file.exclude.map((pattern) => new RegExp(pattern, 'i')));

  // 1. The card snapshot, for the publishers' own organisations.
  const cardById = new Map<string, CardRow>();
  for (const row of cards) {
    const publisher = publisherOfOrg.get(row.id.split('/')[0]!.toLowerCase());
    if (!publisher || excludes.some((re) => re.test(row.id))) continue;
    cardById.set(key(row.id), row);
    const draft = newDraft(row.id, publisher);
    drafts.set(key(row.id), draft);
    importCard(draft, row, catalog);
  }

  // 2. Curated model entries (create what the snapshot lacks, override what changed since).
  for (const file of curated) {
    for (const entry of file.models) {
      for (const id of expandBraces(entry.id)) {
        let draft = drafts.get(key(id));
        if (!draft) {
          draft = newDraft(id, file.publisher.id);
          drafts.set(key(id), draft);
        } else if (draft.publisher !== file.publisher.id) {
          draft.publisher = file.publisher.id;
        }
        applyCurated(draft, entry, file, warnings);
      }
    }
  }

  // 2b. The end models the openness index rates: adds recent releases the snapshot lacks, with the index's
  // license where it maps onto the catalog. Organisations without a publisher file get a minimal publisher.
  const eosaiPublishers = new Map<string, Publisher>();
  for (const entry of readEosaiModels()) {
    const publisher = publisherOfOrg.get(entry.org.toLowerCase()) ?? entry.org;
    if (!publisherOfOrg.has(entry.org.toLowerCase()) && !eosaiPublishers.has(publisher)) {
      eosaiPublishers.set(publisher, { id: publisher, name: entry.orgName, country: null, url: entry.orgUrl, sources: [entry.rating.source] });
    }
    let draft = drafts.get(key(entry.id));
    if (!draft) {
      draft = newDraft(entry.id, publisher);
      drafts.set(key(entry.id), draft);
      draft.links.card = `https://huggingface.co/${entry.id}`;
    }
    addSource(draft, entry.rating.source);
    claim(draft, 'license', entry.license, entry.rating.source, RANK.reference);
    if (entry.license === null && entry.licenseText && !draft.claims.has('license')) {
      draft.notes.push(`The openness index names the license "${entry.licenseText}", which the license catalog does not describe.`);
    }
    claim(draft, 'modality', entry.modality, entry.rating.source, RANK.reference);
    for (const [component, level] of Object.entries(entry.rating.components)) {
      claim(draft, `openness.${component}` as never, level, entry.rating.source, RANK.reference);
    }
  }

  // 3. Family rules, name facts, reference openness ratings.
  const rules = curated.flatMap((file) => file.families.map((rule) => ({ rule, file, re: new RegExp(rule.match, 'i') })));
  for (const draft of drafts.values()) {
    const match = rules.find(({ re }) => re.test(draft.id));
    if (match) applyFamilyRule(draft, match.rule, match.file, warnings);
    claim(draft, 'parameters', parametersFromName(draft.id), NAME_SOURCE, RANK.derived);
    claim(draft, 'activeParameters', activeParametersFromName(draft.id), NAME_SOURCE, RANK.derived);
  }

  // 4. Quantised re-uploads in the snapshot become aliases of the model they re-upload.
  for (const row of cards) {
    const mirror = MIRROR_ORGS.has(row.id.split('/')[0]!.toLowerCase());
    if (cardById.has(key(row.id)) || drafts.has(key(row.id)) || !(mirror || isQuantizedName(row.id))) continue;
    const bases = baseModelsOf(row);
    if (bases.length !== 1) continue;
    const target = drafts.get(key(bases[0]!));
    if (!target || !sameWeightsName(row.id, target.id)) continue;
    addSource(target, REUPLOAD_SOURCE);
    target.aliases.push({ id: row.id, ecosystem: 'hf-reupload', source: REUPLOAD_SOURCE.id });
  }

  // 5. Finalise, then merge in the API models and attach the alias files.
  const publishers = new Map<string, Publisher>();
  for (const file of curated) {
    publishers.set(file.publisher.id, { ...file.publisher, sources: [file.sourceById.get(file.publisherSource)!] });
  }
  for (const [id, publisher] of eosaiPublishers) if (!publishers.has(id)) publishers.set(id, publisher);
  const models: Model[] = [...drafts.values()].map((draft) => finalizeDraft(draft, catalog));
  for (const apiFile of loadApiModels(warnings)) {
    if (!publishers.has(apiFile.publisher.id)) publishers.set(apiFile.publisher.id, apiFile.publisher);
    for (const model of apiFile.models) {
      if (models.some((m) => key(m.id) === key(model.id))) {
        warnings.push(`api model ${model.id} duplicates an open model id; the open model entry is kept`);
        continue;
      }
      models.push({ ...model, publisher: apiFile.publisher.id });
    }
  }
  const aliasReport = attachAliases(models, ALIASES_DIR);
  warnings.push(...aliasReport.warnings);
  canonicaliseBaseIds(models);

  const files: PublisherFile[] = [];
  for (const publisher of [...publishers.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    const own = models.filter((m) => m.publisher === publisher.id).sort((a, b) => a.id.localeCompare(b.id));
    if (own.length > 0) files.push({ publisher, models: own });
  }
  const orphans = models.filter((m) => !publishers.has(m.publisher));
  for (const orphan of orphans) warnings.push(`${orphan.id}: publisher ${orphan.publisher} has no publisher entry`);
  return { files, unattachedAliases: aliasReport.unattached, warnings };
}

/**
 * A card may name its base by a renamed repo ("runwayml/stable-diffusion-v1-5") or a mirror of it
 * ("NousResearch/Meta-Llama-3-8B"); point it at the canonical entry so the terms chain resolves.
 */
function canonicaliseBaseIds(models: Model[]): void {
  const canonical = new Map<string, string>();
  for (const model of models) {
    for (const alias of model.aliases) {
      if (alias.ecosystem === 'hf' || alias.ecosystem === 'hf-reupload') canonical.set(alias.id.toLowerCase(), model.id);
    }
  }
  for (const model of models) {
    model.baseModels = model.baseModels.map((base) => ({ ...base, id: canonical.get(base.id.toLowerCase()) ?? base.id }));
  }
}

function importCard(draft: ModelDraft, row: CardRow, catalog: LicenseCatalogIndex): void {
  const source = cardSource(row.id);
  addSource(draft, source);
  draft.links.card = `https://huggingface.co/${row.id}`;
  const license = catalog.resolveCard(row.license, row.license_name);
  claim(draft, 'license', license, source, RANK.card);
  if (license === null && row.license !== undefined) {
    const named = row.license_name ? `${String(row.license)} (${row.license_name})` : JSON.stringify(row.license);
    draft.notes.push(`The card's license ${named} is not in the license catalog.`);
  }
  claim(draft, 'gated', isGated(row), source, RANK.card);
  claim(draft, 'task', row.pipeline_tag ?? null, source, RANK.card);
  claim(draft, 'modality', modalityFromTag(row.pipeline_tag), source, RANK.card);
  const bases = baseModelsOf(row).filter((id) => id.toLowerCase() !== row.id.toLowerCase());
  if (bases.length > 0) {
    claim(draft, 'baseModels', bases.map((id) => ({ id, relation: relationFromName(row.id) })), source, RANK.card);
  }
}

/** The card says "base_model"; the kind of derivation is read from the name (a convention, noted as such). */
function relationFromName(id: string): 'distill' | 'quantized' | 'finetune' {
  if (/distill/i.test(id)) return 'distill';
  if (isQuantizedName(id)) return 'quantized';
  return 'finetune';
}

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

function applyFamilyRule(draft: ModelDraft, rule: FamilyRule, file: LoadedCurated, warnings: string[]): void {
  applyFacts(draft, rule, file, RANK.family, warnings);
}

function applyCurated(draft: ModelDraft, entry: CuratedModel, file: LoadedCurated, warnings: string[]): void {
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

/** "TheBloke/Llama-2-7B-GGUF" re-uploads "meta-llama/Llama-2-7b-hf": same name once format suffixes are gone. */
export function sameWeightsName(reupload: string, original: string): boolean {
  const strip = (id: string) =>
    (id.split('/').pop() ?? id)
      .toLowerCase()
      .replace(/[-_.](gguf|awq|gptq|int4|int8|onnx|mlx|exl2|bnb|4bit|8bit|fp8|hf)(?=$|[-_.])/g, '')
      .replace(/^meta-/, '');
  return strip(reupload) === strip(original);
}

function loadApiModels(warnings: string[]): PublisherFile[] {
  if (!existsSync(API_MODELS_DIR)) return [];
  const files: PublisherFile[] = [];
  for (const name of readdirSync(API_MODELS_DIR).filter((n) => n.endsWith('.json')).sort()) {
    const result = publisherFileSchema.safeParse(JSON.parse(readFileSync(join(API_MODELS_DIR, name), 'utf8')));
    if (!result.success) {
      warnings.push(`data-src/api-models/${name}: ${result.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      continue;
    }
    files.push(result.data);
  }
  return files;
}
