/**
 * A `DatasetView` over the shipped files (shipped-format.ts), trusted as validated by the build. A model is
 * parsed from its line the first time it is looked up; details (sources, provenance, conflicts, notes, links)
 * are read the first time any consumer reads one of those fields.
 */
import { DatasetError } from './load';
import { defineLazyFields } from './lazy-fields';
import { createResolverFromTables, type ModelResolver } from './resolve';
import type { License, Model, Publisher, Source } from './schema';
import {
  LICENSE_DETAIL_KEYS,
  MODEL_DETAIL_KEYS,
  PUBLISHER_DETAIL_KEYS,
  type DatasetDetails,
  type DatasetIndex,
} from './shipped-format';
import type { DatasetView } from './view';

export function createShippedView(index: DatasetIndex, modelsText: string, loadDetails: () => DatasetDetails): DatasetView {
  const lineStarts = startsOfLines(modelsText);
  if (lineStarts.length !== index.modelIds.length) {
    throw new DatasetError(`the dataset's models file has ${lineStarts.length} lines for ${index.modelIds.length} models`);
  }

  let details: DatasetDetails | undefined;
  const detailsOnce = (): DatasetDetails => (details ??= loadDetails());
  const sourcesAt = (refs: readonly number[]): Source[] => {
    const table = detailsOnce().sources;
    return refs.map((ref) => table[ref]!);
  };
  /** A details entry's field, with source positions turned into the source records. */
  const detailValue = (entry: object, key: string): unknown => {
    const value = (entry as Record<string, unknown>)[key];
    return key === 'sources' ? sourcesAt(value as number[]) : value;
  };

  const parsed: Array<Model | undefined> = new Array(lineStarts.length);
  const modelAt = (position: number): Model => {
    let model = parsed[position];
    if (!model) {
      const end = position + 1 < lineStarts.length ? lineStarts[position + 1]! - 1 : modelsText.length;
      model = JSON.parse(modelsText.slice(lineStarts[position]!, end)) as Model;
      defineLazyFields(model, MODEL_DETAIL_KEYS, (key) => detailValue(detailsOnce().models[position]!, key));
      parsed[position] = model;
    }
    return model;
  };

  const licenses = index.licenses.map((record, position) => {
    const license = record as License;
    defineLazyFields(license, LICENSE_DETAIL_KEYS, (key) => detailValue(detailsOnce().licenses[position]!, key));
    return license;
  });
  const publishers = index.publishers.map((record, position) => {
    const publisher = record as Publisher;
    defineLazyFields(publisher, PUBLISHER_DETAIL_KEYS, (key) => detailValue(detailsOnce().publishers[position]!, key));
    return publisher;
  });
  const licensesById = new Map(licenses.map((license) => [license.id.toLowerCase(), license]));
  const publishersById = new Map(publishers.map((publisher) => [publisher.id.toLowerCase(), publisher]));
  let modelPositions: Map<string, number> | undefined;
  let allModels: Model[] | undefined;
  let resolver: ModelResolver | undefined;

  return {
    version: index.version,
    getModel: (id) => {
      modelPositions ??= new Map(index.modelIds.map((modelId, position) => [modelId.toLowerCase(), position]));
      const position = modelPositions.get(id.toLowerCase());
      return position === undefined ? undefined : modelAt(position);
    },
    getLicense: (id) => licensesById.get(id.toLowerCase()),
    getPublisher: (id) => publishersById.get(id.toLowerCase()),
    models: () => (allModels ??= index.modelIds.map((_, position) => modelAt(position))),
    licenses: () => licenses,
    modelCount: () => index.modelIds.length,
    resolver: () => (resolver ??= createResolverFromTables(index.resolver, modelAt)),
  };
}

function startsOfLines(text: string): number[] {
  if (text.length === 0) return [];
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}
