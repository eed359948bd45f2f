/**
 * A validated dataset <-> the shipped index, model records and details (shipped-format.ts). The build splits;
 * joining back is for a shipped copy that does not hash to the validated build, which is then validated whole.
 */
import { detectionFactsOf } from './detection-facts';
import { joinLines, packResolverTables } from './packed-tables';
import { buildResolverTables } from './resolver-tables';
import type { Dataset, License, Model, Publisher, Source } from './schema';
import {
  INDEX_FORMAT,
  LICENSE_DETAIL_KEYS,
  MODEL_DETAIL_KEYS,
  PUBLISHER_DETAIL_KEYS,
  type DatasetDetails,
  type DatasetIndex,
  type LicenseRecord,
  type ModelRecord,
  type PublisherRecord,
} from './shipped-format';

/** The index (without the file hashes, which the serialisation adds), the entries and the details. */
export interface SplitDataset {
  index: Omit<DatasetIndex, 'entriesFile' | 'detailsFile'>;
  entries: DatasetEntries;
  details: DatasetDetails;
}

export interface DatasetEntries {
  licenses: LicenseRecord[];
  publishers: PublisherRecord[];
  models: ModelRecord[];
}

export function splitDataset(dataset: Dataset): SplitDataset {
  const sources = new SourceTable();
  const entries: DatasetEntries = {
    licenses: dataset.licenses.map((license) => without(license, LICENSE_DETAIL_KEYS)),
    publishers: dataset.publishers.map((publisher) => without(publisher, PUBLISHER_DETAIL_KEYS)),
    models: dataset.models.map((model) => without(model, MODEL_DETAIL_KEYS)),
  };
  const details: DatasetDetails = {
    sources: sources.records,
    models: dataset.models.map((model) => ({
      links: model.links,
      sources: sources.refs(model.sources),
      provenance: model.provenance,
      ...(model.conflicts ? { conflicts: model.conflicts } : {}),
      ...(model.notes ? { notes: model.notes } : {}),
    })),
    licenses: dataset.licenses.map((license) => ({
      sources: sources.refs(license.sources),
      provenance: license.provenance,
      ...(license.conflicts ? { conflicts: license.conflicts } : {}),
    })),
    publishers: dataset.publishers.map((publisher) => ({ sources: sources.refs(publisher.sources) })),
  };
  const facts = detectionFactsOf(dataset.models);
  const index = {
    format: INDEX_FORMAT,
    version: dataset.version,
    generated: dataset.generated,
    counts: { licenses: dataset.licenses.length, publishers: dataset.publishers.length, models: dataset.models.length },
    resolver: packResolverTables(buildResolverTables(dataset.models)),
    prefilterAnchors: facts.prefilterAnchors && joinLines(facts.prefilterAnchors),
    liveModels: facts.liveModels,
  } as const;
  return { index, entries, details };
}

/** The dataset the parts were split from (not validated: that is the caller's job). */
export function joinDataset(index: Pick<DatasetIndex, 'version' | 'generated'>, entries: DatasetEntries, details: DatasetDetails): Dataset {
  const sourcesAt = (refs: readonly number[]): Source[] => refs.map((ref) => details.sources[ref]!);
  return {
    version: index.version,
    generated: index.generated,
    licenses: entries.licenses.map((license, i): License => {
      const { sources, ...rest } = details.licenses[i]!;
      return { ...license, ...rest, sources: sourcesAt(sources) };
    }),
    publishers: entries.publishers.map((publisher, i): Publisher => ({ ...publisher, sources: sourcesAt(details.publishers[i]!.sources) })),
    models: entries.models.map((model, i): Model => {
      const { sources, ...rest } = details.models[i]!;
      return { ...model, ...rest, sources: sourcesAt(sources) };
    }),
  };
}

/** Source records repeat across thousands of models (the same reference dataset, checked the same day). */
class SourceTable {
  readonly records: Source[] = [];
  private readonly positions = new Map<string, number>();

  refs(sources: readonly Source[]): number[] {
    return sources.map((source) => {
      const key = JSON.stringify(source);
      let position = this.positions.get(key);
      if (position === undefined) {
        position = this.records.push(source) - 1;
        this.positions.set(key, position);
      }
      return position;
    });
  }
}

function without<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Omit<T, K> {
  const copy = { ...value };
  for (const key of keys) delete copy[key];
  return copy;
}
