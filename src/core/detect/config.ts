/**
 * Line-oriented configuration: YAML (compose, k8s, CI, Helm values, model configs), .env, INI, properties.
 * A value counts as a model when its key says so (`model:`, `MODEL_ID=`, `base_model:`), when it is an item
 * of a list under such a key, or when it is the `value:` beside a k8s `name: MODEL_ID`. Other values are
 * searched for known ids only; values of keys like `image:` and `uses:` are never read.
 */
import type { Collector } from './collector';
import type { Strength } from './ids';
import { isAliasKey, isNeverKey, keyStrength, nestedKeyStrength } from './keys';
import { detectCommands, tokenize, type TokenStream } from './cli';
import { HitKind, type Hits } from './prefilter';
import { detectKnownTokens } from './prose';
import { cutAtClosingBracket } from './section';
import { codeUnitsOf } from './code-units';
import { CR, DASH, findComment, findKeyEnd, isBlank, isModelIdOrName, isWord, SPACE } from './config-line';
import type { SyntaxKind } from './reference';

export type ConfigFlavor = 'yaml' | 'env' | 'ini' | 'properties';

interface BlockKey {
  indent: number;
  key: string;
}

/**
 * With the prefilter's `hits`, nothing is read for known ids or commands where there is no anchor or cue; the
 * key structure (parents, sections, block scalars) is still followed on every line.
 */
export function detectInConfig(collector: Collector, flavor: ConfigFlavor, from = 0, to = collector.text.length, hits?: Hits): void {
  const text = collector.text;
  // every line's characters are read: as code units (faster than the string), read only within this call
  const units = codeUnitsOf(text);
  const knownTokens = (start: number, end: number, syntax: SyntaxKind): void => {
    if (!hits || hits.any(start, end, HitKind.anchor)) detectKnownTokens(collector, start, end, syntax);
  };
  const parents: BlockKey[] = [];
  /** k8s env: the `name:` seen at each indent of the current list item. */
  const names = new Map<number, string>();
  let blockScalarIndent = -1;
  let section: string | undefined;
  let lineStart = from;
  while (lineStart < to) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    const contentEnd = text.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd;
    let p = lineStart;
    while (p < contentEnd && isBlank(text.charCodeAt(p))) p++;
    const indent = p - lineStart;
    if (blockScalarIndent >= 0 && (p === contentEnd || indent > blockScalarIndent)) {
      knownTokens(p, contentEnd, 'config-value'); // `run: |` bodies, descriptions
    } else if (p < contentEnd) {
      blockScalarIndent = -1;
      blockScalarIndent = line(p, contentEnd, indent);
    }
    lineStart = lineEnd + 1;
  }
  if (flavor === 'yaml') detectCommands(collector, hits ? tokenizeAroundCues(text, from, to, hits) : tokenize(text, from, to, true));

  /** Reads one line from its first non-blank character; returns the indent of a block scalar it opens, or -1. */
  function line(start: number, end: number, indent: number): number {
    const commentAt = findComment(units, start, end, flavor);
    if (commentAt >= 0) {
      if (!hits || hits.any(commentAt + 1, end, HitKind.cue | HitKind.anchor)) {
        detectCommands(collector, tokenize(text, commentAt + 1, end));
        detectKnownTokens(collector, commentAt + 1, end, 'comment');
      }
      end = trimEnd(text, start, commentAt);
      if (end <= start) return -1;
    }
    let p = start;
    let dash = -1;
    while (flavor === 'yaml' && units[p] === DASH && (p + 1 === end || units[p + 1] === SPACE)) {
      dash = p - (start - indent);
      p += 1;
      while (p < end && units[p] === SPACE) p++;
    }
    if (flavor === 'env' && text.startsWith('export ', p)) p += 7;
    if (flavor === 'ini' && text[p] === '[') {
      section = cutAtClosingBracket(text.slice(p + 1, end)).trim(); // [section]
      return -1;
    }
    const keyEnd = findKeyEnd(units, p, end, flavor);
    if (keyEnd < 0) {
      if (dash >= 0) listItem(p, end, dash);
      else knownTokens(p, end, 'config-value');
      return -1;
    }
    const key = unquote(text.slice(p, keyEnd));
    const keyIndent = dash >= 0 ? p - (start - indent) : indent;
    while (parents.length > 0 && parents[parents.length - 1]!.indent >= keyIndent) parents.pop();
    let valueStart = keyEnd + 1;
    while (valueStart < end && isBlank(text.charCodeAt(valueStart))) valueStart++;
    if (dash >= 0 && names.size > 0) names.clear(); // clear() allocates a new table even when empty
    if (valueStart >= end) {
      parents.push({ indent: keyIndent, key });
      return -1;
    }
    const first = text[valueStart]!;
    if (flavor === 'yaml' && (first === '|' || first === '>')) return keyIndent;
    if (isWord(key, 'name')) names.set(keyIndent, text.slice(valueStart, end).replace(/^["']|["']$/g, ''));
    // (no read past the end of `parents`: that is V8's slow path)
    const parent = flavor === 'ini' ? section : parents.length > 0 ? parents[parents.length - 1]!.key : undefined;
    const alias = isAliasKey(parent, key) || (flavor === 'yaml' && isServedName(key, keyIndent, end));
    let strength = alias ? undefined : keyStrength(key) ?? nestedKeyStrength(parent, key);
    if (!strength && isWord(key, 'value')) strength = keyStrength(names.get(keyIndent) ?? '');
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
    if (!isModelIdOrName(key)) return false;
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
    knownTokens(s, e, 'config-value');
  }
}

/**
 * `tokenize(text, from, to, true)`, kept to the commands that hold a cue: every command shape starts with a cue
 * word (cli.ts), and a command ends at a line break that neither a `\` nor a following `- ` item continues. Each
 * such command is tokenized alone, with the break between them.
 */
function tokenizeAroundCues(text: string, from: number, to: number, hits: Hits): TokenStream {
  const stream: TokenStream = [];
  let coveredTo = from;
  for (let h = 0; h < hits.count; h++) {
    const at = hits.ends[h]! - 1;
    if (!(hits.kinds[h]! & HitKind.cue) || at < coveredTo || at >= to) continue;
    const start = commandStart(text, from, at);
    const end = commandEnd(text, from, to, at);
    if (stream.length > 0) stream.push(null);
    tokenize(text, Math.max(start, coveredTo), end, true, stream);
    coveredTo = end;
  }
  return stream;
}

/** Just after the break before `at` (tokenize goes on after a break's whole run of blanks and line ends). */
function commandStart(text: string, from: number, at: number): number {
  let lineStart = text.lastIndexOf('\n', at);
  while (lineStart >= from) {
    const run = breakRun(text, from, lineStart);
    if (!run.continued) return run.end;
    if (run.start <= from) break; // (lastIndexOf reads a negative position as 0)
    lineStart = text.lastIndexOf('\n', run.start - 1);
  }
  return from;
}

/** The first line-end character of the break after `at`, or `to`. */
function commandEnd(text: string, from: number, to: number, at: number): number {
  let newline = text.indexOf('\n', at);
  while (newline >= 0 && newline < to) {
    const run = breakRun(text, from, newline, to);
    if (!run.continued) return run.start;
    newline = text.indexOf('\n', run.end);
  }
  return to;
}

/**
 * The blank run around the line feed at `at` as tokenize reads it: from its first line-end character to the next
 * non-blank; continued when a `\` ends the line before it or a `-` item starts the next.
 */
function breakRun(text: string, from: number, at: number, to = text.length): { start: number; end: number; continued: boolean } {
  let before = at - 1;
  while (before >= from && (text[before] === ' ' || text[before] === '\t' || text[before] === '\r' || text[before] === '\n')) before--;
  let start = before + 1;
  while (start < at && text[start] !== '\n' && text[start] !== '\r') start++;
  let end = at + 1;
  while (end < to && (text[end] === ' ' || text[end] === '\t' || text[end] === '\r' || text[end] === '\n')) end++;
  const continued = (before >= from && text[before] === '\\') || text[end] === '-';
  return { start, end, continued };
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
