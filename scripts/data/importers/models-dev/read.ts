/**
 * Reads the models.dev snapshot in ../shared/reference/models-dev (MIT, "models.dev"): one TOML file per
 * model, under `models/<vendor>/` (the vendor's own catalogue) and `providers/<provider>/models/` (what each
 * hosting provider calls it). A provider record may only name a `base_model` ("vendor/id") and inherit the rest.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'smol-toml';

export const MODELS_DEV_ROOT = join(__dirname, '..', '..', '..', '..', '..', 'shared', 'reference', 'models-dev');

/** The fields of a models.dev record that the dataset uses. */
export interface ModelsDevRecord {
  /** Provider (or vendor) folder the record was read from. */
  provider: string;
  /** The id as the provider spells it (the file name without `.toml`, subfolders joined by `/`). */
  id: string;
  name?: string;
  family?: string;
  releaseDate?: string;
  openWeights?: boolean;
  status?: string;
  /** `vendor/id` of the models.dev model this provider record serves, when the record says so. */
  baseModel?: string;
  input: string[];
  output: string[];
}

function walk(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

function toRecord(provider: string, id: string, raw: Record<string, unknown>): ModelsDevRecord {
  const modalities = (raw.modalities ?? {}) as { input?: string[]; output?: string[] };
  const text = (key: string) => (typeof raw[key] === 'string' ? (raw[key] as string) : undefined);
  return {
    provider,
    id,
    name: text('name'),
    family: text('family'),
    releaseDate: text('release_date'),
    openWeights: typeof raw.open_weights === 'boolean' ? raw.open_weights : undefined,
    status: text('status'),
    baseModel: text('base_model'),
    input: modalities.input ?? [],
    output: modalities.output ?? [],
  };
}

function readFolder(folder: string, provider: string, root: string): ModelsDevRecord[] {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  return walk(dir)
    .filter((file) => file.endsWith('.toml'))
    .map((file) => toRecord(provider, file.slice(0, -'.toml'.length), parse(readFileSync(join(dir, file), 'utf8'))));
}

/** A record with the gaps filled from its `base_model` (the provider's own fields win). */
function inherit(record: ModelsDevRecord, catalogue: Map<string, ModelsDevRecord>): ModelsDevRecord {
  const base = record.baseModel ? catalogue.get(record.baseModel) : undefined;
  if (!base) return record;
  return {
    ...base,
    ...Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)),
    input: record.input.length ? record.input : base.input,
    output: record.output.length ? record.output : base.output,
  } as ModelsDevRecord;
}

export interface ModelsDevSnapshot {
  /** `vendor/id` -> the vendor catalogue record. */
  catalogue: Map<string, ModelsDevRecord>;
  /** The records of one provider folder, with inherited fields filled in. */
  provider(name: string): ModelsDevRecord[];
}

export function readModelsDev(root = MODELS_DEV_ROOT): ModelsDevSnapshot {
  const catalogue = new Map<string, ModelsDevRecord>();
  for (const vendor of readdirSync(join(root, 'models'))) {
    for (const record of readFolder(join('models', vendor), vendor, root)) catalogue.set(`${vendor}/${record.id}`, record);
  }
  const cache = new Map<string, ModelsDevRecord[]>();
  return {
    catalogue,
    provider(name) {
      let records = cache.get(name);
      if (!records) {
        records = readFolder(join('providers', name, 'models'), name, root).map((r) => inherit(r, catalogue));
        cache.set(name, records);
      }
      return records;
    },
  };
}
