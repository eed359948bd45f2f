/**
 * Model references in a file's text. One reader per kind of file (code, configuration, shell, Markdown,
 * Modelfile, notebook); URLs and `.gguf` names are read in every file. All readers offer spans to one
 * collector, which judges each against its context and the dataset and settles overlaps.
 */
import type { TextDocumentLike } from '../document';
import { Collector } from './collector';
import { detectInCode } from './code';
import { detectInConfig } from './config';
import { detectGgufNames } from './gguf';
import { fileKindOf, type FileKind } from './kinds';
import { detectInMarkdown } from './markdown';
import { detectInModelfile, looksLikeModelfile } from './modelfile';
import { detectInNotebook } from './notebook';
import { HitKind, type Hits } from './prefilter';
import { detectKnownTokens } from './prose';
import type { DetectedReference, DetectOptions } from './reference';
import { detectInShell } from './shell';
import { detectUrls } from './urls';

export type { DetectedReference, DetectOptions, KnownIdPredicate, SyntaxKind } from './reference';
export { prefilterFor, type Prefilter } from './prefilter';

export function detectModelReferences(text: string, options: DetectOptions): DetectedReference[] {
  const kind = fileKindOf(options.languageId, options.fileName);
  if (kind === 'notebook') {
    const { isKnown, prefilter, exhaustive } = options;
    return detectInNotebook(text, (source, languageId) => detectModelReferences(source, { languageId, isKnown, prefilter, exhaustive }));
  }
  const collector = new Collector(text, options.isKnown);
  detectUrls(collector);
  if (options.prefilter && !options.exhaustive) {
    detectWithHits(collector, kind, options.prefilter.scan(text));
  } else {
    detectGgufNames(collector);
    detectKind(collector, kind, 0, text.length);
  }
  return collector.results();
}

/** Kinds whose readers react to `FROM` (a Modelfile, or a Dockerfile or docs fence that may be one). */
const READS_FROM = new Set<FileKind>(['modelfile', 'dockerfile', 'markdown']);

/** The same references as `detectKind`, reading only where the prefilter found something. */
function detectWithHits(collector: Collector, kind: FileKind, hits: Hits): void {
  if (hits.flags & HitKind.gguf) detectGgufNames(collector);
  const relevant = HitKind.cue | HitKind.anchor | (READS_FROM.has(kind) ? HitKind.from : 0);
  if ((hits.flags & relevant) === 0) return;
  const to = collector.text.length;
  switch (kind) {
    case 'python':
      return detectInCode(collector, { flavor: 'python', hits }, 0, to);
    case 'c-like':
      return detectInCode(collector, { flavor: 'c', hits }, 0, to);
    case 'hash-code':
      return detectInCode(collector, { flavor: 'hash', hits }, 0, to);
    case 'json':
      return detectInCode(collector, { flavor: 'c', config: true, hits }, 0, to);
    case 'toml':
      return detectInCode(collector, { flavor: 'python', config: true, hits }, 0, to);
    case 'yaml':
    case 'env':
    case 'ini':
    case 'properties':
      return detectInConfig(collector, kind, 0, to, hits);
    case 'shell':
      return detectInShell(collector, 0, to, false, 'cli-argument', hits);
    case 'dockerfile':
      if (looksLikeModelfile(collector.text, 0, to)) return detectInModelfile(collector, 0, to);
      return detectInShell(collector, 0, to, true, 'cli-argument', hits);
    case 'notebook':
    case 'plain':
      return detectInShell(collector, 0, to, false, 'prose', hits);
    case 'markup':
      return detectKnownTokensOnLines(collector, hits);
    default:
      return detectKind(collector, kind, 0, to);
  }
}

/** Known ids in prose: a token never spans a line, so only lines with an anchor are read. */
function detectKnownTokensOnLines(collector: Collector, hits: Hits): void {
  const text = collector.text;
  let readUpTo = 0;
  for (let i = 0; i < hits.count; i++) {
    if (!(hits.kinds[i]! & HitKind.anchor) || hits.ends[i]! <= readUpTo) continue;
    const at = hits.ends[i]! - 1;
    const lineStart = Math.max(readUpTo, text.lastIndexOf('\n', at) + 1);
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) lineEnd = text.length;
    detectKnownTokens(collector, lineStart, lineEnd, 'prose');
    readUpTo = lineEnd;
  }
}

export function detectInDocument(document: TextDocumentLike, options: DetectOptions): DetectedReference[] {
  const uri = typeof document.uri === 'string' ? document.uri : document.uri.toString();
  return detectModelReferences(document.getText(), { ...options, fileName: options.fileName ?? uri });
}

function detectKind(collector: Collector, kind: FileKind, from: number, to: number): void {
  switch (kind) {
    case 'python':
      return detectInCode(collector, { flavor: 'python' }, from, to);
    case 'c-like':
      return detectInCode(collector, { flavor: 'c' }, from, to);
    case 'hash-code':
      return detectInCode(collector, { flavor: 'hash' }, from, to);
    case 'json':
      return detectInCode(collector, { flavor: 'c', config: true }, from, to);
    case 'toml':
      return detectInCode(collector, { flavor: 'python', config: true }, from, to);
    case 'yaml':
      return detectInConfig(collector, 'yaml', from, to);
    case 'env':
      return detectInConfig(collector, 'env', from, to);
    case 'ini':
      return detectInConfig(collector, 'ini', from, to);
    case 'properties':
      return detectInConfig(collector, 'properties', from, to);
    case 'shell':
      return detectInShell(collector, from, to);
    case 'dockerfile':
      if (looksLikeModelfile(collector.text, from, to)) return detectInModelfile(collector, from, to);
      return detectInShell(collector, from, to, true);
    case 'modelfile':
      return detectInModelfile(collector, from, to);
    case 'markdown':
      return detectInMarkdown(collector, from, to, (c, languageId, f, t) => {
        const fenceKind = fileKindOf(languageId, undefined);
        const modelfile = (fenceKind === 'dockerfile' || fenceKind === 'plain' || fenceKind === 'shell') && looksLikeModelfile(c.text, f, t, c.isKnown);
        detectKind(c, modelfile ? 'modelfile' : fenceKind, f, t);
      });
    case 'markup':
      return detectKnownTokens(collector, from, to, 'prose');
    case 'notebook':
    case 'plain':
      return detectInShell(collector, from, to, false, 'prose');
  }
}
