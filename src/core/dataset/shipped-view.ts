/**
 * A `DatasetView` over the shipped files (shipped-format.ts), trusted as validated by the build. Loading reads
 * the index only; the entries file is read on the first lookup and each entry parsed from its line the first
 * time it is asked for; details (sources, provenance, conflicts, notes, links) are read the first time any
 * consumer reads one of those fields.
 */
import { DatasetError } from './load';
import { defineLazyFields } from './lazy-fields';
import { createResolverFromTables, type ModelResolver } from './resolve';
import { splitLines, unpackResolverTables } from './resolver-tables';
import type { License, Model, Publisher, Source } from './schema';
import {
  LICENSE_DETAIL_KEYS,
  MODEL_DETAIL_KEYS,
  PUBLISHER_DETAIL_KEYS,
  type DatasetDetails,
  type DatasetIndex,
} from './shipped-format';
import type { DatasetView } from './view';

export interface ShippedFiles {
  /** The text of the entries file, once its bytes are checked. */
  entries(): string;
  details(): DatasetDetails;
}

export function createShippedView(index: DatasetIndex, files: ShippedFiles): DatasetView {
  const counts = index.counts;
  const lines = entryLines(files, counts.licenses + counts.publishers + counts.models);

  let details: DatasetDetails | undefined;
  const detailsOnce = (): DatasetDetails => (details ??= files.details());
  /** A details entry's field, with source positions turned into the source records. */
  const detailValue = (entry: object | undefined, key: string): unknown => {
    if (!entry) throw new DatasetError('the dataset details file has fewer entries than the index');
    const value = (entry as Record<string, unknown>)[key];
    if (key !== 'sources') return value;
    const table = detailsOnce().sources;
    return (value as number[]).map((ref) => table[ref]!);
  };

  const licenses = new LazyEntries<License>(counts.licenses, index.licenseIds, (position) => {
    const license = lines.parse(position) as License;
    defineLazyFields(license, LICENSE_DETAIL_KEYS, (key) => detailValue(detailsOnce().licenses[position], key));
    return license;
  });
  const publishers = new LazyEntries<Publisher>(counts.publishers, index.publisherIds, (position) => {
    const publisher = lines.parse(counts.licenses + position) as Publisher;
    defineLazyFields(publisher, PUBLISHER_DETAIL_KEYS, (key) => detailValue(detailsOnce().publishers[position], key));
    return publisher;
  });
  const models = new LazyEntries<Model>(counts.models, index.modelIds, (position) => {
    const model = lines.parse(counts.licenses + counts.publishers + position) as Model;
    defineLazyFields(model, MODEL_DETAIL_KEYS, (key) => detailValue(detailsOnce().models[position], key));
    return model;
  });
  let resolver: ModelResolver | undefined;

  return {
    version: index.version,
    getModel: (id) => models.byId(id),
    getLicense: (id) => licenses.byId(id),
    getPublisher: (id) => publishers.byId(id),
    models: () => models.all(),
    licenses: () => licenses.all(),
    modelCount: () => counts.models,
    resolver: () => (resolver ??= createResolverFromTables(unpackResolverTables(index.resolver), (position) => models.at(position))),
  };
}

/** Entries of one kind, each made the first time it is asked for. */
class LazyEntries<T> {
  private readonly made: Array<T | undefined>;
  private positions: Map<string, number> | undefined;
  private every: T[] | undefined;

  constructor(
    private readonly count: number,
    /** The ids, joined by line feeds. */
    private readonly ids: string,
    private readonly make: (position: number) => T,
  ) {
    this.made = new Array(count);
  }

  at(position: number): T {
    return (this.made[position] ??= this.make(position));
  }

  byId(id: string): T | undefined {
    if (!this.positions) {
      const ids = splitLines(this.ids);
      if (ids.length !== this.count) throw new DatasetError(`the dataset index lists ${ids.length} ids for ${this.count} entries`);
      this.positions = new Map(ids.map((entryId, position) => [entryId.toLowerCase(), position]));
    }
    const position = this.positions.get(id.toLowerCase());
    return position === undefined ? undefined : this.at(position);
  }

  all(): T[] {
    return (this.every ??= Array.from({ length: this.count }, (_, position) => this.at(position)));
  }
}

/** The entries file's lines, read on first use. */
function entryLines(files: ShippedFiles, expected: number) {
  let text: string | undefined;
  let starts: number[] = [];
  const load = (): string => {
    if (text === undefined) {
      const read = files.entries();
      starts = startsOfLines(read);
      if (starts.length !== expected) throw new DatasetError(`the dataset's entries file has ${starts.length} lines for ${expected} entries`);
      text = read;
    }
    return text;
  };
  return {
    parse(line: number): unknown {
      const all = load();
      const end = line + 1 < starts.length ? starts[line + 1]! - 1 : all.length;
      return JSON.parse(all.slice(starts[line]!, end));
    },
  };
}

function startsOfLines(text: string): number[] {
  if (text.length === 0) return [];
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}
