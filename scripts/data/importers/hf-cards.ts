/**
 * Hugging Face model card front matter (the December 2024 snapshot in the shared reference folder): license,
 * license_name, base_model, pipeline_tag, gated. Only cards of the organisations a curated publisher file
 * lists are imported: the snapshot also holds community re-uploads that are not the publisher's own models.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Source } from '../../../src/core/dataset/schema';
import { REFERENCE_DIR } from '../paths';

export interface CardRow {
  id: string;
  license?: unknown;
  license_name?: string;
  license_link?: string;
  base_model?: string | string[];
  pipeline_tag?: string;
  library_name?: string;
  gated?: boolean | string;
}

export function readCards(file = join(REFERENCE_DIR, 'hf-model-cards.jsonl')): CardRow[] {
  if (!existsSync(file)) {
    throw new Error(`${file} not found: point AI_LICENSE_LENS_REFERENCE at the shared reference folder to run data:build`);
  }
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CardRow);
}

/** The snapshot is from December 2024; the day is not recorded, so the first of the month stands for it. */
export const CARD_SNAPSHOT_DATE = '2024-12-01';

export function cardSource(id: string): Source {
  return {
    id: 'hf-card',
    kind: 'model-card',
    url: `https://huggingface.co/${id}`,
    checked: CARD_SNAPSHOT_DATE,
    note: 'Card front matter, December 2024 snapshot',
  };
}

export function baseModelsOf(row: CardRow): string[] {
  const raw = row.base_model;
  const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : [];
  return list.map((id) => id.trim()).filter((id) => /^[\w.-]+\/[\w.-]+$/.test(id));
}

export function isGated(row: CardRow): boolean | null {
  if (row.gated === undefined) return null;
  return row.gated === true || row.gated === 'auto' || row.gated === 'manual';
}
