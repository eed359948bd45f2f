/**
 * Turns a whole dataset's JSON into a validated, indexed `DatasetView`: a dataset file of the schema (tests), or the
 * shipped files joined back when they do not hash to the validated build. The shipped files themselves load
 * through shipped-view.ts.
 */
import { createModelResolver, type ModelResolver } from './resolve';
import { datasetSchema, type Dataset, type License, type Model, type Publisher } from './schema';
import type { DatasetView } from './view';

export class DatasetError extends Error {}

/** Validates with the zod schema; throws a `DatasetError` naming the first problems. */
export function parseDataset(json: unknown): Dataset {
  const result = datasetSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    throw new DatasetError(`the dataset does not match its schema: ${problems}`);
  }
  return result.data;
}

export function createDatasetView(dataset: Dataset): DatasetView {
  const models = new Map<string, Model>();
  for (const model of dataset.models) models.set(model.id.toLowerCase(), model);
  const licenses = new Map<string, License>();
  for (const license of dataset.licenses) licenses.set(license.id.toLowerCase(), license);
  const publishers = new Map<string, Publisher>();
  for (const publisher of dataset.publishers) publishers.set(publisher.id.toLowerCase(), publisher);
  let resolver: ModelResolver | undefined;
  return {
    version: dataset.version,
    getModel: (id) => models.get(id.toLowerCase()),
    getLicense: (id) => licenses.get(id.toLowerCase()),
    getPublisher: (id) => publishers.get(id.toLowerCase()),
    models: () => dataset.models,
    licenses: () => dataset.licenses,
    modelCount: () => dataset.models.length,
    resolver: () => (resolver ??= createModelResolver(dataset)),
  };
}

export interface LoadOptions {
  /**
   * Validate with the zod schema (the default). The shipped files skip it when their hashes equal the ones
   * recorded when the build validated them (see load-file.ts): the schema check costs over a second on the full dataset.
   */
  validate?: boolean;
}

/** Parses JSON text, validates it and indexes it. */
export function loadDataset(jsonText: string, options: LoadOptions = {}): { dataset: Dataset; view: DatasetView } {
  return loadDatasetJson(parseDatasetJson(jsonText), options);
}

/** Validates parsed JSON and indexes it. */
export function loadDatasetJson(json: unknown, options: LoadOptions = {}): { dataset: Dataset; view: DatasetView } {
  const dataset = options.validate === false ? (json as Dataset) : parseDataset(json);
  return { dataset, view: createDatasetView(dataset) };
}

export function parseDatasetJson(text: string, name = 'the dataset'): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DatasetError(`${name} is not valid JSON: ${(error as Error).message}`);
  }
}
