/** The committed dataset (data/), bundled and validated the way the extension loads it; built once per process. */
import { join } from 'node:path';
// @ts-expect-error: a plain ES module script without types
import { bundleDataset } from '../../../scripts/bundle-dataset.mjs';
import { createDatasetView, parseDataset } from '../../../src/core/dataset/load';
import type { DatasetView } from '../../../src/core/dataset/view';

let cached: DatasetView | undefined;

export function realDataset(): DatasetView {
  cached ??= createDatasetView(parseDataset(bundleDataset(join(__dirname, '../../../data'))));
  return cached;
}
