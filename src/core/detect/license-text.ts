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

/** Typographic characters mapped to their plain form, so "It’s" matches "it's". */
const REPLACEMENTS: Array<[number[], number]> = [
  [[0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x00b4, 0x60], 0x27 /* ' */],
  [[0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x00ab, 0x00bb], 0x22 /* " */],
  [[0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212], 0x2d /* - */],
];
const SPACE = 0x20;
/** Marks code units that are dropped: Markdown emphasis (`**Llama 3.1**` must match `llama 3.1`). */
const DROP = 0xffff;
/** Marks whitespace. */
const WHITE = 0xfffe;

let table: Uint16Array | undefined;

/**
 * What each UTF-16 code unit becomes: its lower case (when that is one unit), its plain replacement, WHITE or
 * DROP. Built once (65,536 entries) so the per-character work is one array read.
 */
function unitTable(): Uint16Array {
  if (table) return table;
  const built = new Uint16Array(65536);
  for (let code = 0; code < 65536; code++) {
    const char = String.fromCharCode(code);
    const lower = char.toLowerCase();
    built[code] = /\s/.test(char) ? WHITE : lower.length === 1 ? lower.charCodeAt(0) : code;
  }
  for (const [codes, plain] of REPLACEMENTS) for (const code of codes) built[code] = plain;
  built[0x2a /* * */] = DROP;
  built[0xfeff] = WHITE; // byte-order mark
  table = built;
  return built;
}

/** Lower case, whitespace runs -> one space (trimmed), straight quotes and dashes; with an offset map. */
export function normalizeWithOffsets(input: string, limit = MAX_LICENSE_SCAN_CHARS): NormalizedText {
  const map = unitTable();
  const length = Math.min(input.length, limit);
  // One output unit per input unit at most, so both arrays are sized up front.
  const codes = new Uint16Array(length);
  const offsets = new Uint32Array(length + 1);
  let size = 0;
  let pendingSpace = -1;
  for (let i = 0; i < length; i++) {
    const code = map[input.charCodeAt(i)]!;
    if (code === WHITE) {
      if (size > 0 && pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (code === DROP) continue;
    if (pendingSpace >= 0) {
      codes[size] = SPACE;
      offsets[size++] = pendingSpace;
      pendingSpace = -1;
    }
    codes[size] = code;
    offsets[size++] = i;
  }
  offsets[size] = size > 0 ? offsets[size - 1]! + 1 : 0;
  return { text: utf16.decode(codes.subarray(0, size)), offsets: offsets.subarray(0, size + 1) };
}

const utf16 = new TextDecoder('utf-16le');

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
