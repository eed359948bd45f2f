/**
 * Loads a dataset file in Node (the CLI, the extension host, scan workers): the shipped index `dist/dataset.json`
 * with its models and details files beside it (shipped-format.ts), or a whole dataset in one JSON file (tests,
 * AI_LICENSE_LENS_DATASET).
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DatasetError, loadDatasetJson, parseDataset, parseDatasetJson } from './load';
import { sha256Hex } from './serialize-shipped';
import { DETAILS_FORMAT, INDEX_FORMAT, type DatasetDetails, type DatasetIndex, type ModelRecord } from './shipped-format';
import { createShippedView } from './shipped-view';
import { joinDataset } from './split';
import type { DatasetView } from './view';

/**
 * SHA-256 of the index (dataset.json) that the build validated, injected by esbuild. The index is trusted (no
 * schema check) only when its bytes still hash to this; it records the hashes of the models and details files,
 * which are trusted only when their bytes hash to those. Anything else is validated in full with the schema.
 */
declare const AI_LICENSE_LENS_DATASET_SHA256: string | undefined;
const VALIDATED_SHA256 = typeof AI_LICENSE_LENS_DATASET_SHA256 === 'string' ? AI_LICENSE_LENS_DATASET_SHA256 : undefined;

export interface LoadedDataset {
  view: DatasetView;
}

export function loadDatasetFile(path: string): LoadedDataset {
  return loadDatasetBytes(readBytes(path), path);
}

export async function loadDatasetFileAsync(path: string): Promise<LoadedDataset> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw cannotRead(path, error);
  }
  return loadDatasetBytes(bytes, path);
}

function loadDatasetBytes(bytes: Buffer, path: string): LoadedDataset {
  const trusted = VALIDATED_SHA256 !== undefined && sha256Hex(bytes) === VALIDATED_SHA256;
  const json = parseDatasetJson(bytes.toString('utf8'));
  if (!isIndex(json)) return { view: loadDatasetJson(json, { validate: !trusted }).view };

  const index = json;
  const folder = dirname(path);
  const modelsBytes = readBytes(siblingPath(folder, index.modelsFile.path));
  const modelsText = modelsBytes.toString('utf8');
  if (!trusted || sha256Hex(modelsBytes) !== index.modelsFile.sha256) {
    // Not the validated build: join the parts and validate the whole, as for any other dataset file.
    const detailsPath = siblingPath(folder, index.detailsFile.path);
    const details = parseDetails(readBytes(detailsPath), detailsPath);
    return { view: loadDatasetJson(joinChecked(index, modelsText, details)).view };
  }
  const loadDetails = (): DatasetDetails => {
    const detailsPath = siblingPath(folder, index.detailsFile.path);
    const detailsBytes = readBytes(detailsPath);
    const details = parseDetails(detailsBytes, detailsPath);
    if (sha256Hex(detailsBytes) !== index.detailsFile.sha256) parseDataset(joinChecked(index, modelsText, details));
    return details;
  };
  return { view: createShippedView(index, modelsText, loadDetails) };
}

function isIndex(json: unknown): json is DatasetIndex {
  return typeof json === 'object' && json !== null && (json as { format?: unknown }).format === INDEX_FORMAT;
}

function parseDetails(bytes: Buffer, path: string): DatasetDetails {
  const details = parseDatasetJson(bytes.toString('utf8'), path) as DatasetDetails;
  if (details?.format !== DETAILS_FORMAT) throw new DatasetError(`${path} is not a dataset details file`);
  return details;
}

/** The whole dataset from its parts, once their entry counts agree (the schema checks the rest). */
function joinChecked(index: DatasetIndex, modelsText: string, details: DatasetDetails): unknown {
  const models = modelsText.length === 0 ? [] : modelsText.split('\n').map((line) => parseDatasetJson(line, 'a model line') as ModelRecord);
  const agree =
    models.length === index.modelIds.length &&
    details.models?.length === models.length &&
    details.licenses?.length === index.licenses.length &&
    details.publishers?.length === index.publishers.length;
  if (!agree) throw new DatasetError('the dataset index, models and details files do not belong together');
  try {
    return joinDataset(index, models, details);
  } catch (error) {
    throw new DatasetError(`the dataset details do not match the index: ${(error as Error).message}`);
  }
}

/** Files the index names live beside it; a name with a folder in it is refused. */
function siblingPath(folder: string, name: string): string {
  if (typeof name !== 'string' || name !== basename(name) || name === '..') throw new DatasetError(`the dataset index names an odd file: ${String(name)}`);
  return join(folder, name);
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
