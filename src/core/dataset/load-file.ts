/** Loads the bundled dataset file (`dist/dataset.json`) in Node: the CLI and the extension host. */
import { readFileSync } from 'node:fs';
import { DatasetError, loadDataset } from './load';
import type { Dataset } from './schema';
import type { DatasetView } from './view';

export function loadDatasetFile(path: string): { dataset: Dataset; view: DatasetView } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new DatasetError(`cannot read the dataset at ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return loadDataset(text);
}
