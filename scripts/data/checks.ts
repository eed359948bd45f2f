/**
 * The dataset's checks, as a function so `npm run data:check` and the unit tests run the same code on the
 * committed files: schema validity, unique ids and aliases, every referenced license and base model exists,
 * every fact has a source, SPDX ids are real, and no alias is a word that would match ordinary text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  licenseCatalogSchema,
  publisherFileSchema,
  type LicenseCatalog,
  type Model,
  type PublisherFile,
} from '../../src/core/dataset/schema';
import { OPENNESS_COMPONENTS } from '../../src/core/vocabulary';
import { ALIASES_DIR, COMMON_STRINGS_FILE, DATA_DIR, EXTERNAL_BASES_FILE } from './paths';
import { loadExternalBases } from './curated';

const require = createRequire(import.meta.url);
const SPDX_IDS = new Set<string>([
  ...(require('spdx-license-ids') as string[]),
  ...(require('spdx-license-ids/deprecated.json') as string[]),
]);

export interface CheckCounts {
  models: number;
  aliases: number;
  licenses: number;
  publishers: number;
  sourcedFacts: number;
  byOpenness: Record<string, number>;
}

export interface CheckResult {
  errors: string[];
  warnings: string[];
  counts: CheckCounts;
}

export interface CheckOptions {
  dataDir?: string;
  commonStringsFile?: string;
  externalBasesFile?: string;
  /** The alias inputs (data-src/aliases); an alias naming a model the dataset lacks is an error. */
  aliasesDir?: string;
}

/** Fields whose non-null value must name its sources in `provenance`. */
const SOURCED_FIELDS = ['license', 'parameters', 'activeParameters', 'releaseDate', 'gated', 'family', 'modality', 'task'] as const;

export function loadCommonStrings(file = COMMON_STRINGS_FILE): Set<string> {
  return new Set(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => line.replace(/#.*/, '').trim().toLowerCase())
      .filter(Boolean),
  );
}

export function runChecks(options: CheckOptions = {}): CheckResult {
  const dataDir = options.dataDir ?? DATA_DIR;
  const errors: string[] = [];
  const warnings: string[] = [];
  const counts: CheckCounts = { models: 0, aliases: 0, licenses: 0, publishers: 0, sourcedFacts: 0, byOpenness: {} };

  // Licenses.
  let catalog: LicenseCatalog | null = null;
  const licensesFile = join(dataDir, 'licenses.json');
  if (!existsSync(licensesFile)) errors.push('data/licenses.json is missing');
  else {
    const parsed = licenseCatalogSchema.safeParse(JSON.parse(readFileSync(licensesFile, 'utf8')));
    if (!parsed.success) errors.push(...issues('data/licenses.json', parsed.error.issues));
    else catalog = parsed.data;
  }
  const licenseIds = new Set(catalog?.licenses.map((l) => l.id) ?? []);
  const verdicts = new Map(catalog?.licenses.map((l) => [l.id, l.commercialUse]) ?? []);
  if (catalog) {
    counts.licenses = catalog.licenses.length;
    const seen = new Set<string>();
    for (const license of catalog.licenses) {
      if (seen.has(license.id)) errors.push(`license ${license.id}: duplicate id`);
      seen.add(license.id);
      if (license.spdx !== null && !SPDX_IDS.has(license.spdx)) errors.push(`license ${license.id}: "${license.spdx}" is not an SPDX license id`);
      checkSourceRefs(`license ${license.id}`, license.sources.map((s) => s.id), license.provenance, errors);
    }
  }

  // Models.
  const files = readPublisherFiles(join(dataDir, 'models'), errors);
  const models = files.flatMap((file) => file.models);
  counts.publishers = files.length;
  if (catalog) checkPublisherApiTerms(files, verdicts, errors);
  counts.models = models.length;
  const externalBases = loadExternalBases(options.externalBasesFile ?? EXTERNAL_BASES_FILE);
  const common = loadCommonStrings(options.commonStringsFile);
  const modelIds = new Map<string, string>();
  for (const model of models) {
    const key = model.id.toLowerCase();
    if (modelIds.has(key)) errors.push(`model ${model.id}: duplicate id (case-insensitive) of ${modelIds.get(key)}`);
    modelIds.set(key, model.id);
  }
  const aliasOwners = new Map<string, Set<string>>();
  for (const model of models) {
    const where = `model ${model.id}`;
    counts.byOpenness[model.opennessClass] = (counts.byOpenness[model.opennessClass] ?? 0) + 1;
    const sourceIds = model.sources.map((s) => s.id);
    if (new Set(sourceIds).size !== sourceIds.length) errors.push(`${where}: source ids are not unique`);
    checkSourceRefs(where, sourceIds, model.provenance, errors);
    counts.sourcedFacts += Object.keys(model.provenance).length;
    for (const field of SOURCED_FIELDS) {
      const value = (model as Record<string, unknown>)[field];
      if (value !== null && value !== undefined && !model.provenance[field]) errors.push(`${where}: ${field} has no provenance`);
    }
    if (model.baseModels.length > 0 && !model.provenance.baseModels) errors.push(`${where}: baseModels has no provenance`);
    for (const component of OPENNESS_COMPONENTS) {
      if (model.openness[component] !== 'unknown' && !model.provenance[`openness.${component}`]) {
        errors.push(`${where}: openness.${component} has no provenance`);
      }
    }
    if (catalog) {
      if (model.license !== null && !licenseIds.has(model.license)) errors.push(`${where}: license "${model.license}" is not in data/licenses.json`);
      if (model.apiTerms && !licenseIds.has(model.apiTerms)) errors.push(`${where}: apiTerms "${model.apiTerms}" is not in data/licenses.json`);
      const verdict = model.license ? verdicts.get(model.license) : undefined;
      if ((model.opennessClass === 'open-source' || model.opennessClass === 'open-weight') && verdict && verdict !== 'allowed') {
        errors.push(`${where}: ${model.opennessClass} but license ${model.license} is ${verdict}`);
      }
    }
    for (const base of model.baseModels) {
      if (!modelIds.has(base.id.toLowerCase()) && !externalBases.has(base.id.toLowerCase())) {
        errors.push(`${where}: base model ${base.id} is neither in the dataset nor listed as external`);
      }
    }
    for (const alias of model.aliases) {
      counts.aliases++;
      if (alias.source && !sourceIds.includes(alias.source)) errors.push(`${where}: alias ${alias.id} names unknown source ${alias.source}`);
      const key = alias.id.toLowerCase();
      const owners = aliasOwners.get(key) ?? new Set();
      owners.add(model.id);
      aliasOwners.set(key, owners);
      if (common.has(key) || common.has(key.split('/').pop()!)) errors.push(`${where}: alias "${alias.id}" is a common string`);
    }
    for (const conflict of model.conflicts ?? []) {
      for (const id of [conflict.winner, ...conflict.values.map((v) => v.source)]) {
        if (!sourceIds.includes(id)) errors.push(`${where}: conflict on ${conflict.field} names unknown source ${id}`);
      }
    }
    if (!model.id.includes('/') && common.has(model.id.toLowerCase())) errors.push(`${where}: the id is a common string`);
  }
  checkAliasInputs(options.aliasesDir ?? ALIASES_DIR, modelIds, errors);
  for (const [alias, owners] of aliasOwners) {
    if (owners.size > 1) errors.push(`alias "${alias}" resolves to ${[...owners].join(' and ')}`);
    const asModel = modelIds.get(alias);
    if (asModel && !owners.has(asModel)) errors.push(`alias "${alias}" of ${[...owners].join(', ')} is also the id of model ${asModel}`);
  }
  return { errors, warnings, counts };
}

/** Every alias the alias files declare must name a model of the dataset (the build reports those it could not attach). */
function checkAliasInputs(dir: string, modelIds: Map<string, string>, errors: string[]): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const file = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { aliases?: { model?: unknown; id?: unknown }[] };
    for (const alias of file.aliases ?? []) {
      if (typeof alias.model === 'string' && !modelIds.has(alias.model.toLowerCase())) {
        errors.push(`data-src/aliases/${name}: alias ${String(alias.id)} names ${alias.model}, which is not in the dataset`);
      }
    }
  }
}

function readPublisherFiles(dir: string, errors: string[]): PublisherFile[] {
  if (!existsSync(dir)) {
    errors.push('data/models is missing');
    return [];
  }
  const files: PublisherFile[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const parsed = publisherFileSchema.safeParse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
    if (!parsed.success) {
      errors.push(...issues(`data/models/${name}`, parsed.error.issues));
      continue;
    }
    if (`${parsed.data.publisher.id}.json` !== name) errors.push(`data/models/${name}: publisher id is ${parsed.data.publisher.id}`);
    for (const model of parsed.data.models) {
      if (model.publisher !== parsed.data.publisher.id) errors.push(`model ${model.id}: publisher ${model.publisher} in ${name}`);
    }
    files.push(parsed.data);
  }
  return files;
}

/** A publisher's API terms name an API-terms entry of the catalog, backed by one of the publisher's sources. */
function checkPublisherApiTerms(files: readonly PublisherFile[], verdicts: ReadonlyMap<string, string>, errors: string[]): void {
  for (const { publisher } of files) {
    if (!publisher.apiTerms) continue;
    const where = `publisher ${publisher.id}`;
    const verdict = verdicts.get(publisher.apiTerms.license);
    if (verdict === undefined) errors.push(`${where}: apiTerms "${publisher.apiTerms.license}" is not in data/licenses.json`);
    else if (verdict !== 'api-terms') errors.push(`${where}: apiTerms "${publisher.apiTerms.license}" is ${verdict}, not API terms`);
    if (!publisher.sources.some((source) => source.id === publisher.apiTerms!.source)) {
      errors.push(`${where}: apiTerms names unknown source ${publisher.apiTerms.source}`);
    }
  }
}

function checkSourceRefs(where: string, sourceIds: string[], provenance: Record<string, string[]>, errors: string[]): void {
  for (const [field, ids] of Object.entries(provenance)) {
    for (const id of ids) if (!sourceIds.includes(id)) errors.push(`${where}: provenance of ${field} names unknown source ${id}`);
  }
}

function issues(where: string, list: { path: PropertyKey[]; message: string }[]): string[] {
  return list.slice(0, 10).map((issue) => `${where}: ${issue.path.map(String).join('.')}: ${issue.message}`);
}

export type { Model };
