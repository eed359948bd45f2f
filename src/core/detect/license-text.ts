/**
 * Recognises a license text (LICENSE, COPYING, NOTICE, a Modelfile LICENSE block) by the catalog's fingerprints:
 * distinctive phrases, lower case, whitespace collapsed. The text is normalised the same way (quotes and dashes
 * straightened, Markdown emphasis dropped) in one pass that remembers where each character came from, so a match
 * can point back into the file. Cost: one pass plus one substring search per fingerprint, on at most
 * MAX_LICENSE_SCAN_CHARS characters.
 */
import type { License } from '../dataset/schema';

/** Only the start of a file is matched: license texts are short, and a 30 MB file must stay cheap. */
export const MAX_LICENSE_SCAN_CHARS = 256 * 1024;

export interface NormalizedText {
  text: string;
  /** For each character of `text`, its offset in the original; one extra entry for the end. */
  offsets: Uint32Array;
}

const SINGLE_QUOTES = new Set(['\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u00b4', '`']);
const DOUBLE_QUOTES = new Set(['\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb']);
const DASHES = new Set(['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212']);
/** Markdown emphasis markers: `**Llama 3.1**` must match `llama 3.1`. */
const DROPPED = new Set(['*']);

function isSpace(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(char); // no-break, ideographic and other Unicode spaces
}

/** Lower case, whitespace runs -> one space (trimmed), straight quotes and dashes; with an offset map. */
export function normalizeWithOffsets(input: string, limit = MAX_LICENSE_SCAN_CHARS): NormalizedText {
  const length = Math.min(input.length, limit);
  const chars: string[] = [];
  const offsets: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < length; i++) {
    let char = input[i]!;
    if (isSpace(char)) {
      if (chars.length > 0 && pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (DROPPED.has(char)) continue;
    if (SINGLE_QUOTES.has(char)) char = "'";
    else if (DOUBLE_QUOTES.has(char)) char = '"';
    else if (DASHES.has(char)) char = '-';
    else {
      const lower = char.toLowerCase();
      // Keep one output character per input character (a few letters lower-case to two).
      if (lower.length === 1) char = lower;
    }
    if (pendingSpace >= 0) {
      chars.push(' ');
      offsets.push(pendingSpace);
      pendingSpace = -1;
    }
    chars.push(char);
    offsets.push(i);
  }
  offsets.push(chars.length > 0 ? offsets[offsets.length - 1]! + 1 : 0);
  return { text: chars.join(''), offsets: Uint32Array.from(offsets) };
}

export function normalizeLicenseText(input: string): string {
  return normalizeWithOffsets(input, Number.MAX_SAFE_INTEGER).text;
}

export interface LicenseTextMatch {
  license: License;
  /** The fingerprints found, as the catalog writes them. */
  matched: string[];
  /** Where the first matched phrase starts and ends in the original text: [start, end). */
  start: number;
  end: number;
}

interface PreparedPrint {
  license: License;
  raw: string;
  normalized: string;
}

const prepared = new WeakMap<readonly License[], PreparedPrint[]>();

function preparePrints(licenses: readonly License[]): PreparedPrint[] {
  let prints = prepared.get(licenses);
  if (!prints) {
    prints = licenses.flatMap((license) =>
      license.fingerprints
        .map((raw) => ({ license, raw, normalized: normalizeLicenseText(raw) }))
        // A fingerprint too short to be distinctive would match ordinary prose.
        .filter((print) => print.normalized.length >= 12),
    );
    prepared.set(licenses, prints);
  }
  return prints;
}

/**
 * The most specific license whose fingerprints occur in the text: the most fingerprints matched, then the
 * longest matched text, then catalog order. Undefined when no fingerprint occurs.
 */
export function matchLicenseText(text: string, licenses: readonly License[]): LicenseTextMatch | undefined {
  const prints = preparePrints(licenses);
  if (prints.length === 0) return undefined;
  const normalized = normalizeWithOffsets(text);
  const hits = new Map<License, { matched: string[]; length: number; first: number; firstEnd: number }>();
  for (const print of prints) {
    const at = normalized.text.indexOf(print.normalized);
    if (at < 0) continue;
    let hit = hits.get(print.license);
    if (!hit) {
      hit = { matched: [], length: 0, first: at, firstEnd: at + print.normalized.length };
      hits.set(print.license, hit);
    }
    hit.matched.push(print.raw);
    hit.length += print.normalized.length;
    if (at < hit.first) {
      hit.first = at;
      hit.firstEnd = at + print.normalized.length;
    }
  }
  let best: [License, { matched: string[]; length: number; first: number; firstEnd: number }] | undefined;
  for (const entry of hits) {
    if (!best || entry[1].matched.length > best[1].matched.length || (entry[1].matched.length === best[1].matched.length && entry[1].length > best[1].length)) {
      best = entry;
    }
  }
  if (!best) return undefined;
  const [license, hit] = best;
  return {
    license,
    matched: hit.matched,
    start: normalized.offsets[hit.first]!,
    end: normalized.offsets[hit.firstEnd - 1]! + 1,
  };
}
