/**
 * Turns dataset JSON into a validated, indexed `DatasetView`. The JSON comes from `dist/dataset.json` (the build
 * merges data/licenses.json and data/models/*.json into it) or from any object of the same schema (tests).
 */
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
  return {
    version: dataset.version,
    getModel: (id) => models.get(id.toLowerCase()),
    getLicense: (id) => licenses.get(id.toLowerCase()),
    getPublisher: (id) => publishers.get(id.toLowerCase()),
    models: () => dataset.models,
    licenses: () => dataset.licenses,
  };
}

export interface LoadOptions {
  /**
   * Validate with the zod schema (the default). The bundled file skips it when its hash equals the one recorded
   * when the build validated it (see load-file.ts): the schema check costs over a second on the full dataset.
   */
  validate?: boolean;
}

/** Parses JSON text, validates it and indexes it. */
export function loadDataset(jsonText: string, options: LoadOptions = {}): { dataset: Dataset; view: DatasetView } {
  let json: unknown;
  try {
    json = JSON.parse(jsonText);
  } catch (error) {
    throw new DatasetError(`the dataset is not valid JSON: ${(error as Error).message}`);
  }
  const dataset = options.validate === false ? (json as Dataset) : parseDataset(json);
  return { dataset, view: createDatasetView(dataset) };
}
