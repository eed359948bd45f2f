/** Loads the bundled dataset file (`dist/dataset.json`) in Node: the CLI and the extension host. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { DatasetError, loadDataset } from './load';
import type { Dataset } from './schema';
import type { DatasetView } from './view';

/**
 * SHA-256 of the dataset.json that the build validated, injected by esbuild. The file is trusted (no second
 * schema check) only when its bytes still hash to this; any other file is validated in full.
 */
declare const AI_LICENSE_LENS_DATASET_SHA256: string | undefined;
const VALIDATED_SHA256 = typeof AI_LICENSE_LENS_DATASET_SHA256 === 'string' ? AI_LICENSE_LENS_DATASET_SHA256 : undefined;

export function loadDatasetText(text: string): { dataset: Dataset; view: DatasetView } {
  const trusted = VALIDATED_SHA256 !== undefined && createHash('sha256').update(text).digest('hex') === VALIDATED_SHA256;
  return loadDataset(text, { validate: !trusted });
}

export function loadDatasetFile(path: string): { dataset: Dataset; view: DatasetView } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new DatasetError(`cannot read the dataset at ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return loadDatasetText(text);
}

export async function loadDatasetFileAsync(path: string): Promise<{ dataset: Dataset; view: DatasetView }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new DatasetError(`cannot read the dataset at ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return loadDatasetText(text);
}
