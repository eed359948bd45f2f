/**
 * The license a model file's folder declares. A Hub snapshot (`model.safetensors` beside `README.md`, `LICENSE`,
 * `config.json`) keeps its license in the card, not in the weights' header: when the header states none, the
 * card's front matter, else a LICENSE text beside the file, says what applies. One read per folder, cached for
 * the analyser's lifetime (a scan), so the shards of one model cost one lookup.
 */
import { promises as fs } from 'node:fs';
import { dirname } from 'node:path';
import type { License } from '../dataset/schema';
import { MAX_LICENSE_SCAN_CHARS, matchLicenseText } from '../detect/license-text';
import { readModelCard } from '../detect/model-card';
import type { AnalyzerContext } from './context';
import { isLicenseFileName, LICENSE_SCAN_BYTES } from './license-file';
import { readTextPrefix } from './read-prefix';

export interface FolderLicense {
  /** The file beside the model that states the license (`README.md`, `LICENSE`). */
  source: string;
  declared?: string;
  declaredName?: string;
  declaredLink?: string;
  recognised?: License;
  /** `base_model` entries of the card, as written. */
  baseModels: string[];
}

const CARD_BYTES = 128 * 1024;
/** Files that make a folder a model snapshot (Hub, diffusers, Meta and Mistral layouts). */
const SNAPSHOT_MARKERS = new Set(['config.json', 'generation_config.json', 'tokenizer.json', 'tokenizer_config.json', 'model_index.json', 'params.json', 'adapter_config.json']);
const MAX_LICENSE_FILES = 4;
const MAX_ENTRIES = 10_000;

export type FolderLicenseReader = (modelPath: string) => Promise<FolderLicense | undefined>;

export function createFolderLicenseReader(context: AnalyzerContext): FolderLicenseReader {
  const cache = new Map<string, Promise<FolderLicense | undefined>>();
  return (modelPath) => {
    const folder = dirname(modelPath);
    let pending = cache.get(folder);
    if (!pending) {
      pending = readFolder(folder, context).catch(() => undefined);
      cache.set(folder, pending);
    }
    return pending;
  };
}

async function readFolder(folder: string, context: AnalyzerContext): Promise<FolderLicense | undefined> {
  const names: string[] = [];
  const dir = await fs.opendir(folder);
  try {
    for await (const entry of dir) {
      if (entry.isFile()) names.push(entry.name);
      if (names.length >= MAX_ENTRIES) break; // a folder of 10,000 files is not a model snapshot
    }
  } finally {
    await dir.close().catch(() => undefined);
  }
  names.sort();
  const readme = names.find((name) => name.toLowerCase() === 'readme.md');
  if (readme) {
    const text = await readTextPrefix(`${folder}/${readme}`, CARD_BYTES);
    const card = text === undefined ? undefined : readModelCard(text);
    if (card?.kind === 'card' && (card.fields.licenses.length > 0 || card.fields.licenseName)) {
      return {
        source: readme,
        declared: card.fields.licenses[0]?.value,
        declaredName: card.fields.licenseName?.value,
        declaredLink: card.fields.licenseLink?.value,
        baseModels: card.fields.baseModels.map((base) => base.value),
      };
    }
  }
  // A LICENSE beside a model speaks for it only in a model's own folder: at a project's root it is the code's.
  if (!names.some((name) => SNAPSHOT_MARKERS.has(name.toLowerCase()))) return undefined;
  for (const name of names.filter((candidate) => isLicenseFileName(candidate)).slice(0, MAX_LICENSE_FILES)) {
    const text = await readTextPrefix(`${folder}/${name}`, LICENSE_SCAN_BYTES);
    const match = text === undefined ? undefined : matchLicenseText(text.slice(0, MAX_LICENSE_SCAN_CHARS), context.dataset.licenses());
    if (match) return { source: name, recognised: match.license, baseModels: [] };
  }
  return undefined;
}
