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
import { detectKnownTokens } from './prose';
import type { DetectedReference, DetectOptions } from './reference';
import { detectInShell } from './shell';
import { detectUrls } from './urls';

export type { DetectedReference, DetectOptions, KnownIdPredicate, SyntaxKind } from './reference';

export function detectModelReferences(text: string, options: DetectOptions): DetectedReference[] {
  const kind = fileKindOf(options.languageId, options.fileName);
  if (kind === 'notebook') {
    return detectInNotebook(text, (source, languageId) => detectModelReferences(source, { languageId, isKnown: options.isKnown }));
  }
  const collector = new Collector(text, options.isKnown);
  detectUrls(collector);
  detectGgufNames(collector);
  detectKind(collector, kind, 0, text.length);
  return collector.results();
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
