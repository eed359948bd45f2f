/**
 * The report tests' inputs: a scan result and a small dataset (hand-written, validated against the
 * dataset schema here so a fixture can never drift from the contract).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetSchema } from '../../../src/core/dataset/schema';
import type { DatasetView } from '../../../src/core/dataset/view';
import type { ScanResult } from '../../../src/core/finding';

export const FIXTURE_DIR = join(__dirname, '..', '..', 'fixtures', 'report');

/** A fixed clock and serial number, so every export is byte-for-byte reproducible in tests. */
export const FIXED_OPTIONS = {
  generatedAt: new Date('2026-11-23T10:00:00Z'),
  serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79',
} as const;

export function loadScanResult(): ScanResult {
  return JSON.parse(readFileSync(join(FIXTURE_DIR, 'scan-result.json'), 'utf8')) as ScanResult;
}

export function loadDataset(): DatasetView {
  const dataset = datasetSchema.parse(JSON.parse(readFileSync(join(FIXTURE_DIR, 'dataset.json'), 'utf8')));
  const models = new Map(dataset.models.map((model) => [model.id, model]));
  const licenses = new Map(dataset.licenses.map((license) => [license.id, license]));
  const publishers = new Map(dataset.publishers.map((publisher) => [publisher.id, publisher]));
  return {
    version: dataset.version,
    getModel: (id) => models.get(id),
    getLicense: (id) => licenses.get(id),
    getPublisher: (id) => publishers.get(id),
    models: () => dataset.models,
    licenses: () => dataset.licenses,
  };
}
