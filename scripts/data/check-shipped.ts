/**
 * The shipped index's precomputed detection facts (src/core/dataset/detection-facts.ts) against what its own
 * models give: engines trust the index's anchors instead of parsing every model, so an anchor missing there
 * would hide references silently.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { detectionFactsOf } from '../../src/core/dataset/detection-facts';
import { loadDatasetFile } from '../../src/core/dataset/load-file';
import { sha256Hex } from '../../src/core/dataset/serialize-shipped';
import { INDEX_FORMAT } from '../../src/core/dataset/shipped-format';
import { ROOT } from './paths';

export const SHIPPED_INDEX_FILE = resolve(ROOT, 'dist', 'dataset.json');

export function checkShippedIndex(indexFile = SHIPPED_INDEX_FILE): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  const bytes = existsSync(indexFile) ? readFileSync(indexFile) : undefined;
  if (!bytes || (JSON.parse(bytes.toString('utf8')) as { format?: unknown }).format !== INDEX_FORMAT) {
    warnings.push(`no shipped dataset index at ${indexFile} (run the build): skipped the check of its detection facts`);
    return { errors, warnings };
  }
  const where = indexFile;
  try {
    // trusted as the engine trusts it, so what is read is the index's own facts, not ones computed from the models
    const { view } = loadDatasetFile(indexFile, sha256Hex(bytes));
    if (!view.prefilterAnchors || !view.liveModels) {
      errors.push(`${where}: has no prefilter anchors or live model positions (an index from an older build)`);
      return { errors, warnings };
    }
    // spread: every detail field read, so live facts are seen as they are
    const models = view.models().map((model) => ({ ...model }));
    const expected = detectionFactsOf(models);
    const shipped = view.prefilterAnchors();
    if (JSON.stringify(shipped) !== JSON.stringify(expected.prefilterAnchors)) {
      const has = new Set(shipped ?? []);
      const missing = (expected.prefilterAnchors ?? []).filter((anchor) => !has.has(anchor));
      errors.push(`${where}: the prefilter anchors differ from the ones its models give${missing.length > 0 ? ` (missing ${missing.slice(0, 5).join(', ')})` : ''}`);
    }
    const live = view.liveModels().map((model) => model.id);
    const expectedLive = expected.liveModels.map((position) => models[position]!.id);
    if (JSON.stringify(live) !== JSON.stringify(expectedLive)) errors.push(`${where}: the live models differ from the ones with live facts`);
  } catch (error) {
    errors.push(`${where}: ${(error as Error).message}`);
  }
  return { errors, warnings };
}
