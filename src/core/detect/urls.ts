/**
 * URLs. A Hub model URL yields its `org/name` (the id as written inside it); an Ollama library URL its tag.
 * Every URL is masked, so nothing else is read from inside it (GitHub repos, dataset pages, image registries).
 */
import type { Collector } from './collector';

/** First path segments of huggingface.co that are not model owners. */
const HUB_RESERVED = new Set([
  'datasets', 'spaces', 'docs', 'blog', 'papers', 'models', 'settings', 'login', 'join', 'pricing', 'api',
  'collections', 'organizations', 'learn', 'tasks', 'chat', 'new', 'enterprise', 'posts', 'changelog',
  'inference-endpoints', 'hub', 'search', 'terms-of-service', 'privacy', 'notifications', 'welcome', 'oauth',
  'static-proxy', 'front', 'inference', 'billing', 'security', 'careers', 'support',
]);

const URL_STOP = new Set([' ', '\t', '\n', '\r', '"', "'", '`', ')', ']', '>', '<', '|', ',', '\\', '{', '}', '*']);

const SCHEME_END = '://';
const HUB_HOST = 'huggingface.co/';

/** The starts of a string in the text, ascending: a document's memo carries them across edits (occurrences.ts). */
export type OccurrencesOf = (pattern: string) => readonly number[];

export function detectUrls(collector: Collector, from = 0, to = collector.text.length, occurrences?: OccurrencesOf): void {
  const text = collector.text;
  const nextOf = searchFrom(text, occurrences);
  detectBareHubUrls(collector, from, to, nextOf(HUB_HOST));
  const next = nextOf(SCHEME_END);
  let index = next(from);
  while (index >= 0 && index < to) {
    let start = index;
    while (start > from && isSchemeChar(text.charCodeAt(start - 1))) start--;
    let end = index + 3;
    while (end < to && !URL_STOP.has(text[end]!)) end++;
    while (end > index + 3 && '.,;:!?'.includes(text[end - 1]!)) end--; // sentence punctuation after a URL
    if (start < index) {
      collector.mask(start, end);
      readModelUrl(collector, index + 3, end);
    }
    index = next(Math.max(end, index + 3));
  }
}

/** `huggingface.co/org/name` written without a scheme (prose, comments). `hf.co/...` stays an id as written (Ollama pulls it). */
function detectBareHubUrls(collector: Collector, from: number, to: number, next: (from: number) => number): void {
  const text = collector.text;
  const host = HUB_HOST;
  let index = next(from);
  while (index >= 0 && index < to) {
    const before = index > 0 ? text[index - 1]! : ' ';
    let end = index + host.length;
    while (end < to && !URL_STOP.has(text[end]!)) end++;
    while (end > index + host.length && '.,;:!?'.includes(text[end - 1]!)) end--;
    if (!/[\w./:-]/.test(before)) {
      collector.mask(index, end);
      readModelUrl(collector, index, end);
    }
    index = next(end);
  }
}

/**
 * `pattern`'s first start at or after an offset, -1 when none: `indexOf`, or a forward cursor over known starts
 * (the searches above only move forward).
 */
function searchFrom(text: string, occurrences: OccurrencesOf | undefined): (pattern: string) => (from: number) => number {
  if (!occurrences) return (pattern) => (from) => text.indexOf(pattern, from);
  return (pattern) => {
    const at = occurrences(pattern);
    let k = 0;
    return (from) => {
      while (k < at.length && at[k]! < from) k++;
      return k < at.length ? at[k]! : -1;
    };
  };
}

function isSchemeChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 43 || code === 45 || code === 46;
}

/** host/path from `hostStart` to `end`. */
function readModelUrl(collector: Collector, hostStart: number, end: number): void {
  const text = collector.text;
  const slash = text.indexOf('/', hostStart);
  if (text.slice(hostStart - 5, hostStart).toLowerCase() === 'hf://') {
    readHubPath(collector, hostStart, end); // KServe/vLLM `hf://org/name` storage URIs
    return;
  }
  if (slash < 0 || slash >= end) return;
  let host = text.slice(hostStart, slash).toLowerCase();
  if (host.startsWith('www.')) host = host.slice(4);
  const pathStart = slash + 1;
  const pathEnd = firstOf(text, pathStart, end, '?#');
  const segments = splitSegments(text, pathStart, pathEnd);
  if (host === 'huggingface.co' || host === 'hf.co') {
    readHubPath(collector, pathStart, end);
  } else if ((host === 'ollama.com' || host === 'registry.ollama.ai') && segments.length >= 2) {
    const [first, tag] = segments;
    if (text.slice(first![0], first![1]).toLowerCase() === 'library') collector.offer(tag![0], tag![1], 'url', 'strong');
  }
}

/** `org/name[/...]` after a Hub host: the model id, unless the first segment is a Hub page (`datasets`, `spaces`...). */
function readHubPath(collector: Collector, pathStart: number, end: number): void {
  const text = collector.text;
  const [org, name] = splitSegments(text, pathStart, firstOf(text, pathStart, end, '?#'));
  if (!org || HUB_RESERVED.has(text.slice(org[0], org[1]).toLowerCase())) return;
  if (name) {
    let nameEnd = name[1];
    if (text.slice(name[1] - 4, name[1]).toLowerCase() === '.git') nameEnd -= 4;
    collector.offer(org[0], nameEnd, 'url', 'medium');
  } else {
    collector.offer(org[0], org[1], 'url', 'weak'); // legacy ids without an org (`huggingface.co/gpt2`)
  }
}

function firstOf(text: string, from: number, to: number, chars: string): number {
  for (let i = from; i < to; i++) if (chars.includes(text[i]!)) return i;
  return to;
}

function splitSegments(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  for (let i = from; i <= to && out.length < 3; i++) {
    if (i === to || text[i] === '/') {
      if (i > start) out.push([start, i]);
      start = i + 1;
    }
  }
  return out;
}
