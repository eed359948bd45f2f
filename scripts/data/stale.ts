/**
 * Whether data/models matches what the inputs build today. Needs the shared reference folder (the card
 * snapshot, EOSAI, MOT); where it is absent (a fresh clone) the comparison is skipped, not failed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODELS_OUT_DIR, REFERENCE_DIR } from './paths';
import { runPipeline } from './pipeline';
import { serialise } from './build';

export function staleModelFiles(dir = MODELS_OUT_DIR): string[] | null {
  if (!existsSync(join(REFERENCE_DIR, 'hf-model-cards.jsonl'))) return null;
  const built = new Map(runPipeline().files.map((file) => [`${file.publisher.id}.json`, serialise(file)]));
  const committed = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json')) : [];
  const stale = committed.filter((name) => built.get(name) !== readFileSync(join(dir, name), 'utf8'));
  for (const name of built.keys()) if (!committed.includes(name)) stale.push(name);
  return stale.sort();
}
