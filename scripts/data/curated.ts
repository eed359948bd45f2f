/** Loads and validates data-src/models/*.yaml (files starting with "_" are helper lists, not publishers). */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Source } from '../../src/core/dataset/schema';
import { CURATED_MODELS_DIR, EXTERNAL_BASES_FILE } from './paths';
import { curatedFileSchema, type CuratedFile } from './curated-schema';

export interface LoadedCurated extends CuratedFile {
  file: string;
  sourceById: Map<string, Source>;
}

export function loadCurated(dir = CURATED_MODELS_DIR): LoadedCurated[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name) && !name.startsWith('_'))
    .sort()
    .map((name) => {
      const result = curatedFileSchema.safeParse(parse(readFileSync(join(dir, name), 'utf8')));
      if (!result.success) {
        const problems = result.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
        throw new Error(`data-src/models/${name}: ${problems.join('; ')}`);
      }
      const sourceById = new Map(result.data.sources.map((source) => [source.id, source]));
      if (sourceById.size !== result.data.sources.length) throw new Error(`data-src/models/${name}: duplicate source ids`);
      return { ...result.data, file: name, sourceById };
    });
}

/** Base model ids the dataset does not describe but may name (e.g. a fine-tune of a community model). */
export function loadExternalBases(file = EXTERNAL_BASES_FILE): Set<string> {
  if (!existsSync(file)) return new Set();
  return new Set(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => line.replace(/#.*/, '').trim().toLowerCase())
      .filter(Boolean),
  );
}
