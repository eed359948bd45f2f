/**
 * Anchors for the ids a dataset knows. The resolver only ever matches a raw id by cutting prefixes and
 * suffixes off it (hosts, providers, regions, tags, quantisation, snapshots, `org/`), so one of its lookup
 * keys is always a substring of the raw text, case aside. Any fixed substring of every key is therefore
 * found inside every raw id the resolver accepts; we take a short, distinctive one from each key.
 */
import type { Model } from '../../dataset/schema';
import { namePart, stripHfSuffix, stripQuantSuffix } from '../../dataset/normalize';

/** Anchors shorter than this take the characters after (then before) them: `gpt` -> `gpt-4o`; `o1` stays `o1`. */
const MIN_ANCHOR = 6;

/** Every key the resolver can look a model up by (resolve.ts builds its maps from the same spellings). */
/** Words of ordinary code and prose that model names also use; a poor anchor when the name has another run. */
const COMMON_WORDS = new Set([
  'context', 'text', 'long', 'base', 'large', 'small', 'medium', 'chat', 'code', 'instruct', 'vision', 'preview',
  'latest', 'turbo', 'mini', 'embedding', 'embed', 'image', 'audio', 'video', 'search', 'model', 'tiny', 'micro',
  'nano', 'lite', 'flash', 'pro', 'plus', 'max', 'ultra', 'online', 'realtime', 'speech', 'multilingual', 'uncased',
  'cased', 'english', 'reasoning', 'thinking', 'experimental', 'exp', 'coder', 'math', 'guard', 'reward', 'sentence',
  'similarity', 'generation', 'translation', 'question', 'answering', 'token', 'config', 'default', 'local',
  'global', 'value', 'result', 'request', 'response', 'error', 'index', 'buffer', 'cache', 'batch', 'score',
  'count', 'user', 'item', 'path', 'free', 'beta', 'alpha', 'dev', 'test', 'full', 'fast', 'open', 'next', 'one',
]);

export function lookupKeys(model: Model): string[] {
  const keys = [model.id.toLowerCase()];
  for (const alias of model.aliases) {
    const key = alias.id.toLowerCase();
    keys.push(key);
    const version = alias.ecosystem === 'bedrock' ? /:\d+$/.exec(key) : null;
    if (version) keys.push(key.slice(0, version.index));
  }
  const hubIds = [model.id, ...model.aliases.filter((a) => a.ecosystem === 'hf' || a.ecosystem === 'hf-reupload').map((a) => a.id)];
  for (const hubId of hubIds) {
    if (!hubId.includes('/')) continue;
    const name = namePart(hubId.toLowerCase());
    keys.push(name, stripHfSuffix(name), stripHfSuffix(stripQuantSuffix(name)));
  }
  return keys;
}

/**
 * A substring of `key`: the longest letter run of its name part (after the last `/`; the first of equals) that
 * is not a common word, widened with the characters around it to a few characters, so words like `text` or
 * `context` do not fire on their own. Undefined when the key has nothing ASCII to anchor on.
 */
export function anchorOf(key: string): string | undefined {
  const name = namePart(key) || key;
  if (!isAscii(name)) return undefined;
  let bestStart = 0;
  let bestEnd = 0;
  let bestCommon = true;
  for (let i = 0; i < name.length; ) {
    if (!isLetter(name.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i;
    while (end < name.length && isLetter(name.charCodeAt(end))) end++;
    const common = COMMON_WORDS.has(name.slice(i, end));
    if (bestEnd === bestStart || (bestCommon && !common) || (bestCommon === common && end - i > bestEnd - bestStart)) {
      bestStart = i;
      bestEnd = end;
      bestCommon = common;
    }
    i = end;
  }
  if (bestCommon) {
    // `text-embedding-3-small` only has common words: take their neighbours too (`-text-`, `text-e`)
    if (bestStart > 0) bestStart--;
    if (bestEnd < name.length) bestEnd++;
  }
  while (bestEnd - bestStart < MIN_ANCHOR && bestEnd < name.length) bestEnd++;
  while (bestEnd - bestStart < MIN_ANCHOR && bestStart > 0) bestStart--;
  return name.slice(bestStart, bestEnd);
}

export function anchorsOf(models: readonly Model[]): Set<string> | undefined {
  const anchors = new Set<string>();
  for (const model of models) {
    for (const key of lookupKeys(model)) {
      if (key.length === 0) continue;
      const anchor = anchorOf(key);
      if (anchor === undefined || anchor.length === 0) return undefined; // a key we cannot anchor: no prefilter for this dataset
      anchors.add(anchor);
    }
  }
  return anchors;
}

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 128) return false;
  return true;
}
