/**
 * The dataset as the build ships it, in three files beside the bundles:
 * - `dataset.json`, the index, read at load: the entry counts, the resolver's tables, packed into strings
 *   (packed-tables.ts), and what detection and the scan need from every model (detection-facts.ts);
 * - `dataset-entries.jsonl`, read on the first lookup: a line of the entries' ids, then one entry per line without
 *   its details (licenses, then publishers, then models), each line parsed the first time it is asked for;
 * - `dataset-details.jsonl`, read the first time a consumer asks for sources, provenance, conflicts, notes or
 *   links (a hover's sources line, a report): a header line, each distinct source record once (a line each,
 *   referenced by position), then the details of each entry in the entries file's order, each line parsed
 *   when first asked for.
 * The index records the SHA-256 of the other two, so the one hash the build injects vouches for all three.
 */
import type { PackedResolverTables } from './packed-tables';
import type { Conflict, License, Model, Publisher, Source } from './schema';

export const INDEX_FORMAT = 'ai-license-lens/dataset-index@1';
export const DETAILS_FORMAT = 'ai-license-lens/dataset-details@1';

/** Model fields that only reports and hovers read: kept out of the index. */
export const MODEL_DETAIL_KEYS = ['links', 'sources', 'provenance', 'conflicts', 'notes'] as const;
export const LICENSE_DETAIL_KEYS = ['sources', 'provenance', 'conflicts'] as const;
export const PUBLISHER_DETAIL_KEYS = ['sources'] as const;

export type ModelRecord = Omit<Model, (typeof MODEL_DETAIL_KEYS)[number]>;
export type LicenseRecord = Omit<License, (typeof LICENSE_DETAIL_KEYS)[number]>;
export type PublisherRecord = Omit<Publisher, (typeof PUBLISHER_DETAIL_KEYS)[number]>;

export interface ShippedFile {
  /** File name, beside the index. */
  path: string;
  sha256: string;
}

export interface DatasetIndex {
  format: typeof INDEX_FORMAT;
  version: string;
  generated: string;
  /** How many of each: the entries file has this many lines of each kind, licenses first. */
  counts: { licenses: number; publishers: number; models: number };
  resolver: PackedResolverTables;
  /** The prefilter's anchors joined by line feeds, or null when some id has none (detection-facts.ts). */
  prefilterAnchors: string | null;
  /** Positions of the models with live facts. */
  liveModels: number[];
  entriesFile: ShippedFile;
  detailsFile: ShippedFile;
}

/** Positions in `DatasetDetails.sources`. */
type SourceRefs = number[];

export interface ModelDetails {
  links: Model['links'];
  sources: SourceRefs;
  provenance: Model['provenance'];
  conflicts?: Conflict[];
  notes?: string[];
}

export interface LicenseDetails {
  sources: SourceRefs;
  provenance: License['provenance'];
  conflicts?: Conflict[];
}

export interface PublisherDetails {
  sources: SourceRefs;
}

/** The details of every entry, in the dataset's order. */
export interface DatasetDetails {
  /** Every distinct source record once. */
  sources: Source[];
  models: ModelDetails[];
  licenses: LicenseDetails[];
  publishers: PublisherDetails[];
}

/** The first line of the entries file: the ids in dataset order, each list joined by line feeds. */
export interface EntriesHeader {
  licenseIds: string;
  publisherIds: string;
  modelIds: string;
}

/** The first line of the details file. */
export interface DetailsHeader {
  format: typeof DETAILS_FORMAT;
  /** How many source lines follow the header. */
  sources: number;
}
