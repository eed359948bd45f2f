/** The API engineer's data-src/api-models/<publisher>.json files, validated; invalid files become warnings. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publisherFileSchema, type PublisherFile } from '../../src/core/dataset/schema';
import { API_MODELS_DIR } from './paths';

export function loadApiModels(warnings: string[]): PublisherFile[] {
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
