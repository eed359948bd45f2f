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
import type { DetectionMemo } from './memo';
import { hitsAfterEdit } from './hits-after-edit';
import { HitKind, type Hits, type Prefilter } from './prefilter';
import { detectKnownTokens } from './prose';
import type { DetectedReference, DetectOptions } from './reference';
import { detectInShell } from './shell';
import { detectUrls } from './urls';

export type { DetectedReference, DetectOptions, KnownIdPredicate, SyntaxKind } from './reference';
export { prefilterFor, prefilterOfDataset, type Prefilter } from './prefilter';
export { DetectionMemo } from './memo';

export function detectModelReferences(text: string, options: DetectOptions): DetectedReference[] {
  const kind = fileKindOf(options.languageId, options.fileName);
  if (kind === 'notebook') {
    const { isKnown, prefilter, exhaustive, memo } = options;
    return detectInNotebook(text, (source, languageId) => detectModelReferences(source, { languageId, isKnown, prefilter, exhaustive, memo }));
  }
  const collector = new Collector(text, options.isKnown);
  const { memo } = options;
  detectUrls(collector, 0, text.length, memo && ((pattern) => memo.occurrencesIn(text, pattern)));
  if (options.prefilter && !options.exhaustive) {
    detectWithHits(collector, kind, hitsOf(options.prefilter, text, options.memo), options.memo);
  } else {
    detectGgufNames(collector);
    detectKind(collector, kind, 0, text.length);
  }
  return collector.results();
}

/** With a memo, the scan reads only the lines edited since the last run over the document. */
function hitsOf(prefilter: Prefilter, text: string, memo: DetectionMemo | undefined): Hits {
  if (!memo) return prefilter.scan(text);
  const hits = hitsAfterEdit(prefilter, text, memo.lastHits, (before, after) => memo.changeBetween(before, after));
  memo.lastHits = { text, hits, prefilter };
  return hits;
}

/** Kinds whose readers react to `FROM` (a Modelfile, or a Dockerfile or docs fence that may be one). */
const READS_FROM = new Set<FileKind>(['modelfile', 'dockerfile', 'markdown']);

/** Reads only where the prefilter found something: the same references as reading every character. */
function detectWithHits(collector: Collector, kind: FileKind, hits: Hits, memo: DetectionMemo | undefined): void {
  if (hits.flags & HitKind.gguf) detectGgufNames(collector);
  const relevant = HitKind.cue | HitKind.anchor | (READS_FROM.has(kind) ? HitKind.from : 0);
  if ((hits.flags & relevant) === 0) return;
  detectKind(collector, kind, 0, collector.text.length, hits, memo);
}

/** Known ids in prose: a token never spans a line, so with hits only lines with an anchor are read. */
function detectKnownTokensOnLines(collector: Collector, from: number, to: number, hits: Hits | undefined): void {
  if (!hits) return detectKnownTokens(collector, from, to, 'prose');
  const text = collector.text;
  let readUpTo = from;
  for (let i = 0; i < hits.count; i++) {
    const at = hits.ends[i]! - 1;
    if (!(hits.kinds[i]! & HitKind.anchor) || at < readUpTo || at >= to) continue;
    const lineStart = Math.max(readUpTo, text.lastIndexOf('\n', at) + 1);
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    detectKnownTokens(collector, lineStart, lineEnd, 'prose');
    readUpTo = lineEnd;
  }
}

export function detectInDocument(document: TextDocumentLike, options: DetectOptions): DetectedReference[] {
  const uri = typeof document.uri === 'string' ? document.uri : document.uri.toString();
  return detectModelReferences(document.getText(), { ...options, fileName: options.fileName ?? uri });
}

/** One reader per kind; with `hits`, each reads only where the prefilter found something. */
function detectKind(collector: Collector, kind: FileKind, from: number, to: number, hits?: Hits, memo?: DetectionMemo): void {
  switch (kind) {
    case 'python':
      return detectInCode(collector, { flavor: 'python', hits, memo }, from, to);
    case 'c-like':
      return detectInCode(collector, { flavor: 'c', hits, memo }, from, to);
    case 'hash-code':
      return detectInCode(collector, { flavor: 'hash', hits, memo }, from, to);
    case 'json':
      return detectInCode(collector, { flavor: 'c', config: true, hits, memo }, from, to);
    case 'toml':
      return detectInCode(collector, { flavor: 'python', config: true, hits, memo }, from, to);
    case 'yaml':
    case 'env':
    case 'ini':
    case 'properties':
      return detectInConfig(collector, kind, from, to, hits);
    case 'shell':
      return detectInShell(collector, from, to, false, 'cli-argument', hits);
    case 'dockerfile':
      if (looksLikeModelfile(collector.text, from, to)) return detectInModelfile(collector, from, to);
      return detectInShell(collector, from, to, true, 'cli-argument', hits);
    case 'modelfile':
      return detectInModelfile(collector, from, to);
    case 'markdown':
      return detectInMarkdown(
        collector,
        from,
        to,
        (c, languageId, f, t) => {
          const fenceKind = fileKindOf(languageId, undefined);
          const modelfile = (fenceKind === 'dockerfile' || fenceKind === 'plain' || fenceKind === 'shell') && looksLikeModelfile(c.text, f, t, c.isKnown);
          detectKind(c, modelfile ? 'modelfile' : fenceKind, f, t, hits, memo);
        },
        hits,
      );
    case 'markup':
      return detectKnownTokensOnLines(collector, from, to, hits);
    case 'notebook':
    case 'plain':
      return detectInShell(collector, from, to, false, 'prose', hits);
  }
}
