/**
 * Reads the YAML front matter of a model card (a README.md or any Markdown file that opens with `---`): the
 * keys that say which license applies and what the model derives from, with their offsets in the document.
 * Safe on hostile text: the front matter is capped in size, parsed with the core schema (no custom tags), and
 * only the few keys needed are read from the syntax tree, so alias bombs are never expanded.
 */
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';

/** Front matter larger than this is not a model card's (real ones are a few KiB). */
export const MAX_FRONT_MATTER_CHARS = 64 * 1024;
const MAX_BASE_MODELS = 32;
const MAX_VALUE_CHARS = 500;
const MAX_NESTING = 64;
const MAX_INDENT = 256;
const MAX_ANCHORS = 200;

/** A value as written, with its offsets in the document: [start, end). */
export interface CardValue {
  value: string;
  start: number;
  end: number;
}

export interface ModelCardFields {
  /** `license:` (a list on some cards: each entry). */
  licenses: CardValue[];
  licenseName: CardValue | undefined;
  licenseLink: CardValue | undefined;
  baseModels: CardValue[];
  /** `base_model_relation`: adapter, merge, quantized, finetune (the Hub infers it when absent). */
  baseModelRelation: string | undefined;
  pipelineTag: string | undefined;
  libraryName: string | undefined;
  /** The card's own repo id when it states one (`model_id`, `model_name`, `model-index[0].name`). */
  modelName: CardValue | undefined;
  /** Offsets of the opening `---` line, where findings without a better place go. */
  openingStart: number;
  openingEnd: number;
}

export type FrontMatterResult =
  | { kind: 'none' }
  | { kind: 'card'; fields: ModelCardFields }
  /** Front matter that names model-card keys but cannot be read; `message` says why in one line. */
  | { kind: 'broken'; message: string; start: number; end: number };

const CARD_KEYS = ['license', 'license_name', 'license_link', 'base_model', 'pipeline_tag', 'library_name', 'model-index'];
// Anchored at a line start, a fixed alternation and one bounded class: linear on any input.
const CARD_KEY_LINE = /^(?:license|license_name|license_link|base_model|pipeline_tag|library_name)[ \t]*:/m;

/** The body of a `---` ... `---` block at the very top of the text, or undefined. */
export function findFrontMatter(text: string): { bodyStart: number; bodyEnd: number; openingEnd: number; closed: boolean } | undefined {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const firstEnd = lineEnd(text, start);
  if (text.slice(start, firstEnd).trimEnd() !== '---') return undefined;
  const bodyStart = nextLine(text, firstEnd);
  let at = bodyStart;
  const limit = Math.min(text.length, bodyStart + MAX_FRONT_MATTER_CHARS);
  while (at < limit) {
    const end = lineEnd(text, at);
    const line = text.slice(at, Math.min(end, at + 8)).trimEnd();
    if ((line === '---' || line === '...') && end - at < 16) return { bodyStart, bodyEnd: at, openingEnd: firstEnd, closed: true };
    at = nextLine(text, end);
  }
  return { bodyStart, bodyEnd: limit, openingEnd: firstEnd, closed: false };
}

export function readModelCard(text: string): FrontMatterResult {
  const block = findFrontMatter(text);
  if (!block) return { kind: 'none' };
  const body = text.slice(block.bodyStart, block.bodyEnd);
  // A card template (`license: {{ license_label }}`) states no license yet: not a card to judge.
  if (body.includes('{{') || body.includes('{%')) return { kind: 'none' };
  const namesCardKeys = CARD_KEY_LINE.test(body);
  const broken = (message: string, start = 0, end = block.openingEnd): FrontMatterResult =>
    namesCardKeys ? { kind: 'broken', message, start, end } : { kind: 'none' };
  if (!block.closed) {
    return broken(
      block.bodyEnd - block.bodyStart >= MAX_FRONT_MATTER_CHARS
        ? `the front matter is longer than ${MAX_FRONT_MATTER_CHARS / 1024} KiB, so it is not read`
        : 'the front matter has no closing --- line',
    );
  }
  const complex = tooComplex(body);
  if (complex) return broken(`the front matter ${complex}, so it is not read`);
  let document: Document;
  try {
    document = parseDocument(body, { schema: 'core', customTags: [], uniqueKeys: false, prettyErrors: true });
  } catch (error) {
    return broken(`the front matter is not valid YAML (${firstLine(error instanceof Error ? error.message : String(error))})`);
  }
  const error = document.errors[0];
  if (error) {
    const start = block.bodyStart + Math.min(error.pos[0], body.length);
    const end = Math.max(start, block.bodyStart + Math.min(error.pos[1], body.length));
    // yaml counts lines from the front matter's body; say the file's line instead.
    const reason = firstLine(error.message).replace(/ at line \d+, column \d+:?$/, '');
    const line = lineNumberAt(text, start);
    return broken(`the front matter is not valid YAML at line ${line}: ${reason}`, start, end);
  }
  const root = document.contents;
  if (!isMap(root)) return { kind: 'none' };
  const get = (key: string): Node | undefined => {
    const pair = root.items.find((item) => isScalar(item.key) && item.key.value === key);
    return resolve(document, pair?.value as Node | undefined);
  };
  if (!CARD_KEYS.some((key) => get(key) !== undefined)) return { kind: 'none' };
  const at = (node: Node | undefined) => stringValue(node, block.bodyStart);
  const list = (node: Node | undefined, max: number): CardValue[] =>
    isSeq(node) ? node.items.slice(0, max).flatMap((item) => at(resolve(document, item as Node)) ?? []) : (at(node) ? [at(node)!] : []);
  return {
    kind: 'card',
    fields: {
      licenses: list(get('license'), 4),
      licenseName: at(get('license_name')),
      licenseLink: at(get('license_link')),
      baseModels: list(get('base_model'), MAX_BASE_MODELS),
      baseModelRelation: at(get('base_model_relation'))?.value.toLowerCase(),
      pipelineTag: at(get('pipeline_tag'))?.value,
      libraryName: at(get('library_name'))?.value,
      modelName: at(get('model_id')) ?? repoId(at(get('model_name'))) ?? modelIndexName(document, get('model-index'), block.bodyStart),
      openingStart: text.charCodeAt(0) === 0xfeff ? 1 : 0,
      openingEnd: block.openingEnd,
    },
  };
}

/**
 * The YAML parser recurses per nesting level (`[[[[...` 60,000 deep overflows the stack after seconds) and
 * slows down with thousands of anchors. Real cards nest a few levels and use a handful of anchors, so refuse
 * the rest up front, in one pass. Brackets and markers inside quotes count too: being strict here only costs
 * cards nobody writes.
 */
function tooComplex(body: string): string | undefined {
  let flow = 0;
  let anchors = 0;
  let lineStart = true;
  let indent = 0;
  /** Consecutive block indicators (`- `, `? `, `: `) with nothing else between them: `- - - x` nests three lists. */
  let indicators = 0;
  let previous = 10; // a virtual newline before the text
  for (let i = 0; i < body.length; previous = body.charCodeAt(i), i++) {
    const code = body.charCodeAt(i);
    if (code === 10 /* \n */) {
      lineStart = true;
      indent = 0;
      indicators = 0;
      continue;
    }
    const spaceOrTab = code === 32 || code === 9;
    if (lineStart && spaceOrTab && ++indent > MAX_INDENT) return `indents more than ${MAX_INDENT} columns`;
    if (spaceOrTab || code === 13) continue;
    lineStart = false;
    const next = body.charCodeAt(i + 1);
    const endsToken = next === 32 || next === 9 || next === 10 || next === 13 || Number.isNaN(next);
    if ((code === 45 /* - */ || code === 63 /* ? */ || code === 58) /* : */ && endsToken) {
      if (++indicators > MAX_NESTING) return `nests blocks more than ${MAX_NESTING} deep`;
      continue;
    }
    indicators = 0;
    if (code === 91 /* [ */ || code === 123 /* { */) {
      if (++flow > MAX_NESTING) return `nests brackets more than ${MAX_NESTING} deep`;
    } else if ((code === 93 /* ] */ || code === 125) /* } */ && flow > 0) {
      flow--;
    } else if ((code === 38 /* & */ || code === 42) /* * */ && isNodeStart(previous) && ++anchors > MAX_ANCHORS) {
      return `uses more than ${MAX_ANCHORS} anchors and aliases`;
    }
  }
  return undefined;
}

/** Anchors and aliases start a node: after a space, a line start, or a flow indicator. */
function isNodeStart(previous: number): boolean {
  return previous === 32 || previous === 9 || previous === 10 || previous === 91 || previous === 123 || previous === 44 /* , */;
}

/** Follows one alias; the target is a node already in the tree, so nothing is expanded. */
function resolve(document: Document, node: Node | undefined): Node | undefined {
  if (node && isAlias(node)) return (node.resolve(document) as Node | undefined) ?? undefined;
  return node ?? undefined;
}

function stringValue(node: Node | undefined, offset: number): CardValue | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  const raw = node.value;
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  const value = String(raw).trim();
  if (value.length === 0 || value.length > MAX_VALUE_CHARS) return undefined;
  return { value, start: offset + node.range[0], end: offset + node.range[1] };
}

function modelIndexName(document: Document, node: Node | undefined, offset: number): CardValue | undefined {
  if (!isSeq(node)) return undefined;
  const first = resolve(document, node.items[0] as Node | undefined);
  if (!isMap(first)) return undefined;
  const pair = first.items.find((item) => isScalar(item.key) && item.key.value === 'name');
  return repoId(stringValue(resolve(document, pair?.value as Node | undefined), offset));
}

/**
 * `model_name` and model-index names are often titles, or the base model's name on a fine-tune's card: only an
 * `org/name` spelling is taken as the card's own repo id.
 */
function repoId(value: CardValue | undefined): CardValue | undefined {
  return value && /^[\w.-]+\/[\w.-]+$/.test(value.value) ? value : undefined;
}

function lineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  const end = newline < 0 ? text.length : newline;
  return end > from && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}

function nextLine(text: string, end: number): number {
  if (text.charCodeAt(end) === 13) end++;
  return text.charCodeAt(end) === 10 ? end + 1 : end;
}

/** 1-based line of an offset (the front matter is capped, so this stays cheap). */
function lineNumberAt(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

function firstLine(message: string): string {
  const line = message.split('\n', 1)[0]!.trim();
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}
