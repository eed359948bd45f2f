/**
 * The per-line scans of the configuration reader (config.ts), on code units: where a line's key ends, where its
 * comment starts, whether a key is `model_id`/`model_name`. They run on every line of every YAML, .env and INI file.
 */
import type { ConfigFlavor } from './config';

/** `model_id`, `modelName`, `MODEL-ID`: letters alone, lower case, are `modelid` or `modelname`. */
export function isModelIdOrName(key: string): boolean {
  if (key.length < 7) return false; // both have seven letters or more
  // the letters of the key in lower case, matched against both words as they are read (no lower-cased copy)
  let letters = 0;
  let id = true;
  let name = true;
  for (let i = 0; i < key.length; i++) {
    let code = key.charCodeAt(i);
    if (code >= 128) return isModelIdOrNameLowerCased(key); // letters that lower-case to ASCII (K, the Kelvin sign)
    if (code >= 65 && code <= 90) code += 32;
    if (code < 97 || code > 122) continue;
    id &&= MODEL_ID.charCodeAt(letters) === code;
    name &&= MODEL_NAME.charCodeAt(letters) === code;
    if (!id && !name) return false;
    letters++;
  }
  return (id && letters === MODEL_ID.length) || (name && letters === MODEL_NAME.length);
}

const MODEL_ID = 'modelid';
const MODEL_NAME = 'modelname';

function isModelIdOrNameLowerCased(key: string): boolean {
  const norm = key.toLowerCase().replace(/[^a-z]/g, '');
  return norm === MODEL_ID || norm === MODEL_NAME;
}

/** `key.toLowerCase() === word` for a lower-case ASCII word without a `k` (no other letter lower-cases into one). */
export function isWord(key: string, word: string): boolean {
  return key.length === word.length && key.toLowerCase() === word;
}

export const CR = 13;

export function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

/** `key:` (YAML, properties), `KEY=` (.env, INI, properties); -1 when the line has no key. */
export function findKeyEnd(units: Uint16Array, start: number, end: number, flavor: ConfigFlavor): number {
  const quote = units[start];
  if (quote === DOUBLE_QUOTE || quote === SINGLE_QUOTE) {
    const close = units.indexOf(quote, start + 1);
    if (close < 0 || close >= end) return -1;
    const sep = close + 1;
    return units[sep] === COLON || units[sep] === EQUALS ? sep : -1;
  }
  const yaml = flavor === 'yaml';
  const colons = flavor !== 'env';
  for (let i = start; i < end && i < start + 120; i++) {
    const code = units[i]!;
    if (yaml) {
      if (code === COLON && (i + 1 === end || isBlank(units[i + 1]!))) return i > start ? i : -1;
      if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE || code === 123 || code === 91 || code === HASH) return -1; // { [ #
    } else {
      if (code === EQUALS || (colons && code === COLON)) return i > start ? i : -1;
      if (code === 32 && !colons) return -1;
    }
  }
  return -1;
}

export function findComment(units: Uint16Array, start: number, end: number, flavor: ConfigFlavor): number {
  const first = units[start];
  if (first === HASH || (flavor === 'ini' && first === SEMICOLON) || (flavor === 'properties' && first === BANG)) return start;
  let quote = 0;
  for (let i = start; i < end; i++) {
    const code = units[i]!;
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
      if (i === start) quote = code;
      else {
        const before = units[i - 1]!;
        if (before === 32 || before === COLON || before === EQUALS) quote = code;
      }
    } else if (code === HASH && i > 0 && isBlank(units[i - 1]!)) {
      return i;
    }
  }
  return -1;
}

const COLON = 58;
const SEMICOLON = 59;
const BANG = 33;
export const DASH = 45;
export const SPACE = 32;
const EQUALS = 61;
const HASH = 35;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
