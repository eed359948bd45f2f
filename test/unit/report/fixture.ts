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

/**
 * The fixture scan plus a second-level fine-tune (a fine-tune of the fixture's Llama fine-tune) in use, so chains
 * longer than one link can be checked in every export.
 */
export function withGrandchildFinetune(): { result: ScanResult; view: DatasetView; grandchildId: string } {
  const result = loadScanResult();
  const dataset = loadDataset();
  const finetune = dataset.getModel('example-org/llama-3.1-8b-support-ft')!;
  const grandchild = { ...finetune, id: 'example-org/support-ft-v2', baseModels: [{ id: finetune.id, relation: 'finetune' as const }] };
  const view = { ...dataset, getModel: (id: string) => (id === grandchild.id ? grandchild : dataset.getModel(id)) };
  result.models.push({ ...result.models[3]!, id: grandchild.id });
  result.findings.push({ ...result.findings[5]!, modelId: grandchild.id, text: grandchild.id, line: 20, endLine: 20 });
  return { result, view, grandchildId: grandchild.id };
}
