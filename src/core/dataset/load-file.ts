/**
 * Loads a dataset file in Node (the CLI, the extension host, scan workers): the shipped index `dist/dataset.json`
 * with its entries and details files beside it (shipped-format.ts), or a whole dataset in one JSON file (tests,
 * AI_LICENSE_LENS_DATASET).
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DatasetError, loadDatasetJson, parseDataset, parseDatasetJson } from './load';
import { sha256Hex } from './serialize-shipped';
import { DETAILS_FORMAT, INDEX_FORMAT, type DatasetDetails, type DatasetIndex, type DetailsHeader } from './shipped-format';
import { createShippedView } from './shipped-view';
import { joinDataset, type DatasetEntries } from './split';
import type { DatasetView } from './view';

/**
 * SHA-256 of the index (dataset.json) that the build validated, injected by esbuild. The index is trusted (no
 * schema check) only when its bytes still hash to this; it records the hashes of the entries and details files,
 * which are used only when their bytes hash to those. Any other index is joined with them and validated in full.
 */
declare const AI_LICENSE_LENS_DATASET_SHA256: string | undefined;
const VALIDATED_SHA256 = typeof AI_LICENSE_LENS_DATASET_SHA256 === 'string' ? AI_LICENSE_LENS_DATASET_SHA256 : undefined;

export interface LoadedDataset {
  view: DatasetView;
}

/** `validatedSha256`: the hash of the index to trust; the one the build injected unless a test says otherwise. */
export function loadDatasetFile(path: string, validatedSha256 = VALIDATED_SHA256): LoadedDataset {
  return loadDatasetBytes(readBytes(path), path, validatedSha256);
}

export async function loadDatasetFileAsync(path: string): Promise<LoadedDataset> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw cannotRead(path, error);
  }
  return loadDatasetBytes(bytes, path, VALIDATED_SHA256);
}

function loadDatasetBytes(bytes: Buffer, path: string, validatedSha256: string | undefined): LoadedDataset {
  const trusted = validatedSha256 !== undefined && sha256Hex(bytes) === validatedSha256;
  const json = parseDatasetJson(bytes.toString('utf8'));
  if (!isIndex(json)) return { view: loadDatasetJson(json, { validate: !trusted }).view };

  const index = json;
  const folder = dirname(path);
  const entriesPath = siblingPath(folder, index.entriesFile.path);
  const detailsPath = siblingPath(folder, index.detailsFile.path);
  /** Not the validated build: join the parts and validate the whole, as for any other dataset file. */
  const validateWhole = (entries: string, details: string) => loadDatasetJson(joinChecked(index, entries, details));
  if (!trusted) return { view: validateWhole(readText(entriesPath), readText(detailsPath)).view };

  // Trusted index: each other file is read when first needed, and used only when it hashes to what the index
  // records. The index's tables point into those very files, so another file, even a valid one, is refused.
  const readChecked = (path: string, sha256: string): string => {
    const fileBytes = readBytes(path);
    if (sha256Hex(fileBytes) !== sha256) throw new DatasetError(`${path} is not the file the dataset index was built with: rebuild or reinstall`);
    return fileBytes.toString('utf8');
  };
  return {
    view: createShippedView(index, {
      entries: () => readChecked(entriesPath, index.entriesFile.sha256),
      details: () => readChecked(detailsPath, index.detailsFile.sha256),
    }),
  };
}

function isIndex(json: unknown): json is DatasetIndex {
  return typeof json === 'object' && json !== null && (json as { format?: unknown }).format === INDEX_FORMAT;
}

/** The whole dataset from its parts, once their line counts agree (the schema checks the rest). */
function joinChecked(index: DatasetIndex, entriesText: string, detailsText: string): unknown {
  const counts = [index.counts?.licenses, index.counts?.publishers, index.counts?.models];
  if (!counts.every((count): count is number => Number.isInteger(count))) throw new DatasetError('the dataset index does not say how many entries it has');
  const [licenses, publishers, models] = counts as [number, number, number];
  const entryLines = parseLines(entriesText, 'a dataset entry');
  const detailLines = parseLines(detailsText, 'a dataset details line');
  const header = detailLines[0] as Partial<DetailsHeader> | undefined;
  const sources = header?.format === DETAILS_FORMAT && Number.isInteger(header.sources) ? header.sources! : -1;
  const entryCount = licenses + publishers + models;
  if (entryLines.length !== 1 + entryCount || sources < 0 || detailLines.length !== 1 + sources + entryCount) {
    throw new DatasetError('the dataset index, entries and details files do not belong together');
  }
  const entryDetails = detailLines.slice(1 + sources);
  const details = {
    sources: detailLines.slice(1, 1 + sources),
    licenses: entryDetails.slice(0, licenses),
    publishers: entryDetails.slice(licenses, licenses + publishers),
    models: entryDetails.slice(licenses + publishers),
  } as DatasetDetails;
  const entries = {
    licenses: entryLines.slice(1, 1 + licenses),
    publishers: entryLines.slice(1 + licenses, 1 + licenses + publishers),
    models: entryLines.slice(1 + licenses + publishers),
  } as DatasetEntries;
  try {
    return joinDataset(index, entries, details);
  } catch (error) {
    throw new DatasetError(`the dataset details do not match the index: ${(error as Error).message}`);
  }
}

function parseLines(text: string, what: string): unknown[] {
  return text.length === 0 ? [] : text.split('\n').map((line) => parseDatasetJson(line, what));
}

/** Files the index names live beside it; a name with a folder in it is refused. */
function siblingPath(folder: string, name: string): string {
  if (typeof name !== 'string' || name !== basename(name) || name === '..') throw new DatasetError(`the dataset index names an odd file: ${String(name)}`);
  return join(folder, name);
}

function readText(path: string): string {
  return readBytes(path).toString('utf8');
}

function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw cannotRead(path, error);
  }
}

function cannotRead(path: string, error: unknown): DatasetError {
  return new DatasetError(`cannot read the dataset at ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
}
