/**
 * Line-oriented configuration: YAML (compose, k8s, CI, Helm values, model configs), .env, INI, properties.
 * A value counts as a model when its key says so (`model:`, `MODEL_ID=`, `base_model:`), when it is an item
 * of a list under such a key, or when it is the `value:` beside a k8s `name: MODEL_ID`. Other values are
 * searched for known ids only; values of keys like `image:` and `uses:` are never read.
 */
import type { Collector } from './collector';
import type { Strength } from './ids';
import { isAliasKey, isNeverKey, keyStrength, nestedKeyStrength } from './keys';
import { detectCommands, tokenize } from './cli';
import { detectKnownTokens } from './prose';

export type ConfigFlavor = 'yaml' | 'env' | 'ini' | 'properties';

interface BlockKey {
  indent: number;
  key: string;
}

export function detectInConfig(collector: Collector, flavor: ConfigFlavor, from = 0, to = collector.text.length): void {
  const text = collector.text;
  const parents: BlockKey[] = [];
  /** k8s env: the `name:` seen at each indent of the current list item. */
  const names = new Map<number, string>();
  let blockScalarIndent = -1;
  let section: string | undefined;
  let lineStart = from;
  while (lineStart < to) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    const contentEnd = text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    let p = lineStart;
    while (p < contentEnd && (text[p] === ' ' || text[p] === '\t')) p++;
    const indent = p - lineStart;
    if (blockScalarIndent >= 0 && (p === contentEnd || indent > blockScalarIndent)) {
      detectKnownTokens(collector, p, contentEnd, 'config-value'); // `run: |` bodies, descriptions
    } else if (p < contentEnd) {
      blockScalarIndent = -1;
      blockScalarIndent = line(p, contentEnd, indent);
    }
    lineStart = lineEnd + 1;
  }
  if (flavor === 'yaml') detectCommands(collector, tokenize(text, from, to, true));

  /** Reads one line from its first non-blank character; returns the indent of a block scalar it opens, or -1. */
  function line(start: number, end: number, indent: number): number {
    const commentAt = findComment(text, start, end, flavor);
    if (commentAt >= 0) {
      detectCommands(collector, tokenize(text, commentAt + 1, end));
      detectKnownTokens(collector, commentAt + 1, end, 'comment');
      end = trimEnd(text, start, commentAt);
      if (end <= start) return -1;
    }
    let p = start;
    let dash = -1;
    while (flavor === 'yaml' && text[p] === '-' && (p + 1 === end || text[p + 1] === ' ')) {
      dash = p - (start - indent);
      p += 1;
      while (p < end && text[p] === ' ') p++;
    }
    if (flavor === 'env' && text.startsWith('export ', p)) p += 7;
    if (flavor === 'ini' && text[p] === '[') {
      section = text.slice(p + 1, end).replace(/\].*$/, '').trim(); // [section]
      return -1;
    }
    const keyEnd = findKeyEnd(text, p, end, flavor);
    if (keyEnd < 0) {
      if (dash >= 0) listItem(p, end, dash);
      else detectKnownTokens(collector, p, end, 'config-value');
      return -1;
    }
    const key = unquote(text.slice(p, keyEnd));
    const keyIndent = dash >= 0 ? p - (start - indent) : indent;
    while (parents.length > 0 && parents[parents.length - 1]!.indent >= keyIndent) parents.pop();
    let valueStart = keyEnd + 1;
    while (valueStart < end && (text[valueStart] === ' ' || text[valueStart] === '\t')) valueStart++;
    if (dash >= 0) names.clear();
    if (valueStart >= end) {
      parents.push({ indent: keyIndent, key });
      return -1;
    }
    const first = text[valueStart]!;
    if (flavor === 'yaml' && (first === '|' || first === '>')) return keyIndent;
    if (key.toLowerCase() === 'name') names.set(keyIndent, text.slice(valueStart, end).replace(/^["']|["']$/g, ''));
    const parent = flavor === 'ini' ? section : parents[parents.length - 1]?.key;
    const alias = isAliasKey(parent, key) || (flavor === 'yaml' && isServedName(key, keyIndent, end));
    let strength = alias ? undefined : keyStrength(key) ?? nestedKeyStrength(parent, key);
    if (!strength && key.toLowerCase() === 'value') strength = keyStrength(names.get(keyIndent) ?? '');
    if (isNeverKey(key)) {
      collector.mask(valueStart, end);
      return -1;
    }
    if (flavor === 'yaml' && first === '[') {
      flowItems(valueStart + 1, end, strength);
      return -1;
    }
    if (flavor === 'yaml' && first === '{') {
      flowMap(valueStart + 1, end, key);
      return -1;
    }
    scalar(valueStart, end, strength);
    return -1;
  }

  /**
   * Ray Serve `model_id: qwen-0.5b` beside `model_source: Qwen/...`: when a sibling names the source, the
   * id is the name clients call, not a model. Looks ahead a few lines at the same indent.
   */
  function isServedName(key: string, indent: number, lineEnd: number): boolean {
    const norm = key.toLowerCase().replace(/[^a-z]/g, '');
    if (norm !== 'modelid' && norm !== 'modelname') return false;
    const newline = text.indexOf('\n', lineEnd);
    if (newline < 0) return false;
    let at = newline + 1;
    for (let n = 0; n < 8 && at < to; n++) {
      let next = text.indexOf('\n', at);
      if (next < 0 || next > to) next = to;
      let p = at;
      while (p < next && text[p] === ' ') p++;
      if (p < next && text[p] !== '#') {
        if (p - at < indent) return false;
        if (p - at === indent && /^model_?source\s*:/i.test(text.slice(p, Math.min(next, p + 20)))) return true;
      }
      at = next + 1;
    }
    return false;
  }

  function listItem(start: number, end: number, dashIndent: number): void {
    while (parents.length > 0 && parents[parents.length - 1]!.indent > dashIndent) parents.pop();
    const parent = parents[parents.length - 1];
    if (parent && isNeverKey(parent.key)) {
      collector.mask(start, end);
      return;
    }
    const equals = text.indexOf('=', start);
    if (equals > start && equals < end && !text.slice(start, equals).includes(' ')) {
      // compose `environment: [- MODEL_ID=org/name]`
      scalar(equals + 1, end, keyStrength(unquote(text.slice(start, equals))));
      return;
    }
    scalar(start, end, parent ? keyStrength(parent.key) : undefined);
  }

  function flowItems(start: number, end: number, strength: Strength | undefined): void {
    let itemStart = start;
    for (let i = start; i <= end; i++) {
      if (i === end || text[i] === ',' || text[i] === ']') {
        scalar(itemStart, i, strength);
        itemStart = i + 1;
        if (text[i] === ']') break;
      }
    }
  }

  /** `{ model: gpt-4o, temperature: 0 }` on one line (no nesting): each pair is read like a line of its own. */
  function flowMap(start: number, end: number, parentKey: string): void {
    let pairStart = start;
    for (let i = start; i <= end; i++) {
      if (i === end || text[i] === ',' || text[i] === '}') {
        const colon = text.indexOf(':', pairStart);
        if (colon > pairStart && colon < i) {
          const key = unquote(text.slice(pairStart, colon));
          if (isNeverKey(key)) collector.mask(colon + 1, i);
          else scalar(colon + 1, i, keyStrength(key) ?? nestedKeyStrength(parentKey, key));
        }
        pairStart = i + 1;
        if (text[i] === '}') break;
      }
    }
  }

  function scalar(start: number, end: number, strength: Strength | undefined): void {
    let s = start;
    let e = end;
    while (s < e && (text[s] === ' ' || text[s] === '\t')) s++;
    while (e > s && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
    while ((text[s] === '&' || text[s] === '!') && s < e) {
      // YAML anchor or tag before the value: `model: &default gpt-4o`, `model: !!str gpt-4o`
      while (s < e && text[s] !== ' ' && text[s] !== '\t') s++;
      while (s < e && (text[s] === ' ' || text[s] === '\t')) s++;
    }
    if (e - s >= 2 && (text[s] === '"' || text[s] === "'") && text[e - 1] === text[s]) {
      s++;
      e--;
    }
    if (strength && collector.offer(s, e, 'config-value', strength)) return;
    detectKnownTokens(collector, s, e, 'config-value');
  }
}

/** `key:` (YAML, properties), `KEY=` (.env, INI, properties); -1 when the line has no key. */
function findKeyEnd(text: string, start: number, end: number, flavor: ConfigFlavor): number {
  const quote = text[start];
  if (quote === '"' || quote === "'") {
    const close = text.indexOf(quote, start + 1);
    if (close < 0 || close >= end) return -1;
    const sep = close + 1;
    return text[sep] === ':' || text[sep] === '=' ? sep : -1;
  }
  for (let i = start; i < end && i < start + 120; i++) {
    const ch = text[i]!;
    if (flavor === 'yaml') {
      if (ch === ':' && (i + 1 === end || text[i + 1] === ' ' || text[i + 1] === '\t')) return i > start ? i : -1;
      if (ch === '"' || ch === "'" || ch === '{' || ch === '[' || ch === '#') return -1;
    } else {
      if (ch === '=' || (flavor !== 'env' && ch === ':')) return i > start ? i : -1;
      if (ch === ' ' && flavor === 'env') return -1;
    }
  }
  return -1;
}

function findComment(text: string, start: number, end: number, flavor: ConfigFlavor): number {
  if (text[start] === '#' || (flavor === 'ini' && text[start] === ';') || (flavor === 'properties' && text[start] === '!')) return start;
  let quote = '';
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      if (i === start || text[i - 1] === ' ' || text[i - 1] === ':' || text[i - 1] === '=') quote = ch;
    } else if (ch === '#' && (text[i - 1] === ' ' || text[i - 1] === '\t')) {
      return i;
    }
  }
  return -1;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
  return e;
}

function unquote(key: string): string {
  const trimmed = key.trim();
  return trimmed.length >= 2 && (trimmed[0] === '"' || trimmed[0] === "'") ? trimmed.slice(1, -1) : trimmed;
}
