/**
 * A `DatasetView` over the shipped files (shipped-format.ts), trusted as validated by the build. Loading reads
 * the index only; the entries file is read on the first lookup and each entry parsed from its line the first
 * time it is asked for; details (sources, provenance, conflicts, notes, links) are read the first time any
 * consumer reads one of those fields.
 */
import { DatasetError } from './load';
import { defineLazyFields } from './lazy-fields';
import { createResolverFromTables, type ModelResolver } from './resolve';
import { splitLines, unpackResolverTables } from './packed-tables';
import type { License, Model, Publisher, Source } from './schema';
import { JsonLines } from './json-lines';
import { readLiveModelPositions, readPrefilterAnchors } from './shipped-detection-facts';
import {
  DETAILS_FORMAT,
  LICENSE_DETAIL_KEYS,
  MODEL_DETAIL_KEYS,
  PUBLISHER_DETAIL_KEYS,
  type DatasetIndex,
  type DetailsHeader,
  type EntriesHeader,
} from './shipped-format';
import type { DatasetView } from './view';

export interface ShippedFiles {
  /** The text of the entries file, once its bytes are checked. */
  entries(): string;
  /** The text of the details file, once its bytes are checked. */
  details(): string;
}

export function createShippedView(index: DatasetIndex, files: ShippedFiles): DatasetView {
  const counts = index.counts;
  const entryCount = counts.licenses + counts.publishers + counts.models;
  const lines = lazyLines(files.entries, () => 1 + entryCount, 'entries');
  /** Line 0 of the entries file holds the ids; entry `position` is on line 1 + position. */
  const entryAt = (position: number): unknown => lines().parse(1 + position);
  let ids: EntriesHeader | undefined;
  const idsOnce = (): EntriesHeader => (ids ??= lines().parse(0) as EntriesHeader);
  let sourceCount = 0;
  const detailLines = lazyLines(files.details, (header) => {
    const { format, sources } = header as Partial<DetailsHeader>;
    if (format !== DETAILS_FORMAT || !Number.isInteger(sources)) throw new DatasetError('the dataset details file has no valid header');
    sourceCount = sources!;
    return 1 + sourceCount + entryCount;
  }, 'details');
  const sources: Array<Source | undefined> = [];
  const sourceAt = (ref: number): Source => (sources[ref] ??= detailLines().parse(1 + ref) as Source);
  /** The detail fields of entry `line` (of the entries file), from one parse of its details line. */
  const detailsOf = (line: number) => {
    let entry: Record<string, unknown> | undefined;
    return (key: string): unknown => {
      if (!entry) {
        const all = detailLines(); // reads the header, which says where the entries' lines start
        entry = all.parse(1 + sourceCount + line) as Record<string, unknown>;
      }
      return key === 'sources' ? (entry.sources as number[]).map(sourceAt) : entry[key];
    };
  };

  /** The entries of one kind, which start at entry `offset`, each with lazy detail fields. */
  const kind = <T extends object>(offset: number, count: number, ids: () => string, detailKeys: readonly string[]) =>
    new LazyEntries<T>(count, ids, (position) => {
      const entry = entryAt(offset + position) as T;
      defineLazyFields(entry, detailKeys, detailsOf(offset + position));
      return entry;
    });
  const licenses = kind<License>(0, counts.licenses, () => idsOnce().licenseIds, LICENSE_DETAIL_KEYS);
  const publishers = kind<Publisher>(counts.licenses, counts.publishers, () => idsOnce().publisherIds, PUBLISHER_DETAIL_KEYS);
  const models = kind<Model>(counts.licenses + counts.publishers, counts.models, () => idsOnce().modelIds, MODEL_DETAIL_KEYS);
  let resolver: ModelResolver | undefined;
  let prefilterAnchors: string[] | null | undefined;
  let liveModels: Model[] | undefined;

  return {
    version: index.version,
    getModel: (id) => models.byId(id),
    getLicense: (id) => licenses.byId(id),
    getPublisher: (id) => publishers.byId(id),
    models: () => models.all(),
    licenses: () => licenses.all(),
    modelCount: () => counts.models,
    resolver: () => (resolver ??= createResolverFromTables(unpackResolverTables(index.resolver), (position) => models.at(position))),
    // an index without them (not from this build) leaves them to be computed from the models
    ...(index.prefilterAnchors === undefined ? {} : { prefilterAnchors: () => (prefilterAnchors ??= readPrefilterAnchors(index)) }),
    ...(index.liveModels === undefined
      ? {}
      : { liveModels: () => (liveModels ??= readLiveModelPositions(index).map((position) => models.at(position))) }),
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
    private readonly ids: () => string,
    private readonly make: (position: number) => T,
  ) {
    this.made = new Array(count);
  }

  at(position: number): T {
    return (this.made[position] ??= this.make(position));
  }

  byId(id: string): T | undefined {
    if (!this.positions) {
      const ids = splitLines(this.ids());
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

/**
 * The lines of a shipped file, read on first use; `expectedLines` checks the count (given the first line).
 * A file that fails its checks is not kept: the next use tries again and fails the same way.
 */
function lazyLines(read: () => string, expectedLines: (firstLine: unknown) => number, name: string): () => JsonLines {
  let lines: JsonLines | undefined;
  return () => {
    if (!lines) {
      const candidate = new JsonLines(read());
      const expected = expectedLines(candidate.count > 0 ? candidate.parse(0) : undefined);
      if (candidate.count !== expected) throw new DatasetError(`the dataset's ${name} file has ${candidate.count} lines for ${expected}`);
      lines = candidate;
    }
    return lines;
  };
}
