/**
 * European Open Source AI Index (osai-index.eu, CC-BY-4.0): one YAML per model family rating twelve
 * parameters open / partial / closed. The index rates one end model per family, so the build applies a rating
 * only to models a curated family rule links to that entry, and the source note says which model was rated.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Source } from '../../../src/core/dataset/schema';
import type { ComponentLevel, OpennessComponent } from '../../../src/core/vocabulary';
import { CHECKED, REFERENCE_DIR } from '../paths';

export interface EosaiRating {
  entry: string;
  ratedModel: string;
  components: Partial<Record<OpennessComponent, ComponentLevel>>;
  source: Source;
}

type Level = 'open' | 'partial' | 'closed';
const LEVELS: Level[] = ['closed', 'partial', 'open'];

function level(record: Record<string, unknown>, key: string): Level | undefined {
  const value = (record[key] as { class?: unknown } | undefined)?.class;
  return typeof value === 'string' && (LEVELS as string[]).includes(value.trim()) ? (value.trim() as Level) : undefined;
}

/** Training data is open only when both the base and the end model's data are; closed only when both are. */
function combineData(base: Level | undefined, end: Level | undefined): Level | undefined {
  const known = [base, end].filter((v): v is Level => v !== undefined);
  if (known.length === 0) return undefined;
  if (known.every((v) => v === 'open')) return 'open';
  if (known.every((v) => v === 'closed')) return 'closed';
  return 'partial';
}

/** A paper or a preprint documents the model: the better of the two counts. */
function best(a: Level | undefined, b: Level | undefined): Level | undefined {
  const known = [a, b].filter((v): v is Level => v !== undefined);
  if (known.length === 0) return undefined;
  return LEVELS[Math.max(...known.map((v) => LEVELS.indexOf(v)))];
}

const cache = new Map<string, EosaiRating | null>();

/** Reads `eosai/<entry>.yaml`; null when the entry does not exist. */
export function readEosai(entry: string, dir = join(REFERENCE_DIR, 'eosai')): EosaiRating | null {
  if (cache.has(entry)) return cache.get(entry)!;
  const file = join(dir, `${entry}.yaml`);
  if (!existsSync(file)) {
    cache.set(entry, null);
    return null;
  }
  const record = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const system = (record.system ?? {}) as Record<string, unknown>;
  const ratedModel = String(system.endmodelname ?? system.name ?? entry).trim();
  const components: EosaiRating['components'] = {};
  const set = (component: OpennessComponent, value: Level | undefined) => {
    if (value) components[component] = value;
  };
  set('weights', level(record, 'weights_endmodel'));
  set('trainingCode', level(record, 'trainingcode'));
  set('trainingData', combineData(level(record, 'datasources_basemodel'), level(record, 'datasources_endmodel')));
  set('paper', best(level(record, 'paper'), level(record, 'preprint')));
  set('inferenceCode', level(record, 'code'));
  const rating: EosaiRating = {
    entry,
    ratedModel,
    components,
    source: {
      // One id per index entry: a model can get its family's rating and be an entry's rated end model.
      id: `eosai/${entry.replace(/\s+/g, '-')}`.slice(0, 40),
      kind: 'reference-dataset',
      url: 'https://osai-index.eu/',
      title: `European Open Source AI Index: ${String(system.name ?? entry).trim()}`,
      checked: CHECKED,
      note: `eosai/${entry}.yaml rates ${ratedModel}; applied to its family.`,
    },
  };
  cache.set(entry, rating);
  return rating;
}
