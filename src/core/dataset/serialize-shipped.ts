/**
 * A validated dataset -> the text of the three shipped files (shipped-format.ts). The text is ASCII (other
 * characters as JSON `\u` escapes): Node decodes ASCII files several times faster, and a hash of the text is
 * the hash of its bytes.
 */
import { createHash } from 'node:crypto';
import type { Dataset } from './schema';
import { joinJsonLines } from './json-lines';
import { joinLines } from './packed-tables';
import { DETAILS_FORMAT, type DatasetIndex, type DetailsHeader, type EntriesHeader } from './shipped-format';
import { splitDataset } from './split';

export const SHIPPED_ENTRIES_FILE = 'dataset-entries.jsonl';
export const SHIPPED_DETAILS_FILE = 'dataset-details.jsonl';

export interface ShippedTexts {
  index: string;
  entries: string;
  details: string;
}

export function serializeShipped(dataset: Dataset): ShippedTexts {
  const parts = splitDataset(dataset);
  const { licenses, publishers, models } = parts.entries;
  const ids: EntriesHeader = {
    licenseIds: joinLines(licenses.map((license) => license.id)),
    publisherIds: joinLines(publishers.map((publisher) => publisher.id)),
    modelIds: joinLines(models.map((model) => model.id)),
  };
  const entries = joinJsonLines([ids, ...licenses, ...publishers, ...models], asciiJson);
  const { sources, ...entryDetails } = parts.details;
  const header: DetailsHeader = { format: DETAILS_FORMAT, sources: sources.length };
  const details = joinJsonLines([header, ...sources, ...entryDetails.licenses, ...entryDetails.publishers, ...entryDetails.models], asciiJson);
  const index: DatasetIndex = {
    ...parts.index,
    entriesFile: { path: SHIPPED_ENTRIES_FILE, sha256: sha256Hex(entries) },
    detailsFile: { path: SHIPPED_DETAILS_FILE, sha256: sha256Hex(details) },
  };
  return { index: asciiJson(index), entries, details };
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** JSON with every character above U+007E as a `\u` escape. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
