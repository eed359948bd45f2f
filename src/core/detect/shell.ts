/**
 * Shell scripts, Makefiles, Dockerfiles and plain text: command lines (with `\` continuations), `KEY=value`
 * assignments, `#` comments. In a Dockerfile, `FROM` names an image, never a model.
 */
import type { Collector } from './collector';
import { detectCommands, tokenize, type TokenStream } from './cli';
import { keyStrength } from './keys';
import { HitKind, type Hits } from './prefilter';
import { detectKnownTokens } from './prose';
import type { SyntaxKind } from './reference';

export function detectInShell(
  collector: Collector,
  from: number,
  to: number,
  dockerfile = false,
  weakSyntax: SyntaxKind = 'cli-argument',
  hits?: Hits,
): void {
  const stream: TokenStream = [];
  if (hits) {
    forEachCommandWithHits(collector.text, from, to, dockerfile, hits, (start, end) => readLines(collector, start, end, dockerfile, weakSyntax, stream));
  } else {
    readLines(collector, from, to, dockerfile, weakSyntax, stream);
  }
  detectCommands(collector, stream);
}

/**
 * Calls `read` on each run of lines that holds a hit, where a run is a whole command: lines joined by `\`
 * continuations (a Dockerfile `FROM` line feeds no command and ends none). Nothing on the other lines can be
 * a reference: comments, commands and known ids all need a cue or an anchor, and no command crosses a run.
 */
function forEachCommandWithHits(
  text: string,
  from: number,
  to: number,
  dockerfile: boolean,
  hits: Hits,
  read: (start: number, end: number) => void,
): void {
  const kinds = HitKind.cue | HitKind.anchor;
  let runStart = from;
  let runHasHit = false;
  let backslash = text.indexOf('\\', from);
  let lineStart = from;
  while (lineStart < to) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    runHasHit ||= hits.any(lineStart, lineEnd, kinds);
    if (backslash >= 0 && backslash < lineStart) backslash = text.indexOf('\\', lineStart);
    let continues = false;
    if (dockerfile && firstWord(text, lineStart, lineEnd) === 'FROM') {
      continues = true;
    } else if (backslash >= 0 && backslash < lineEnd) {
      const commentAt = findShellComment(text, lineStart, lineEnd);
      continues = endsWithContinuation(text, lineStart, commentAt >= 0 ? commentAt : lineEnd);
    }
    if (!continues) {
      if (runHasHit) read(runStart, Math.min(lineEnd + 1, to));
      runStart = lineEnd + 1;
      runHasHit = false;
    }
    lineStart = lineEnd + 1;
  }
  if (runHasHit && runStart < to) read(runStart, to);
}

function readLines(collector: Collector, from: number, to: number, dockerfile: boolean, weakSyntax: SyntaxKind, stream: TokenStream): void {
  const text = collector.text;
  let lineStart = from;
  while (lineStart < to) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    const commentAt = findShellComment(text, lineStart, lineEnd);
    const codeEnd = commentAt >= 0 ? commentAt : lineEnd;
    if (commentAt >= 0) {
      detectCommands(collector, tokenize(text, commentAt + 1, lineEnd));
      detectKnownTokens(collector, commentAt + 1, lineEnd, 'comment');
    }
    const instruction = dockerfile ? firstWord(text, lineStart, codeEnd) : '';
    if (instruction === 'FROM') {
      collector.mask(lineStart, codeEnd); // a base image: `FROM ollama/ollama`, `FROM vllm/vllm-openai:latest`
    } else {
      if (instruction === 'ENV' || instruction === 'ARG') dockerEnv(collector, lineStart, codeEnd);
      tokenize(text, lineStart, codeEnd, false, stream);
      stream.pop();
      if (!endsWithContinuation(text, lineStart, codeEnd)) stream.push(null);
      detectKnownTokens(collector, lineStart, codeEnd, weakSyntax);
    }
    lineStart = lineEnd + 1;
  }
}

/** `ENV MODEL_ID meta-llama/x` (the legacy space form; `ENV K=V` is read as an assignment). */
function dockerEnv(collector: Collector, start: number, end: number): void {
  const tokens = tokenize(collector.text, start, end).filter((t) => t !== null);
  if (tokens.length === 3 && !tokens[1]!.assigns) {
    const strength = keyStrength(collector.text.slice(tokens[1]!.start, tokens[1]!.end));
    if (strength) collector.offer(tokens[2]!.start, tokens[2]!.end, 'config-value', strength);
  }
}

function firstWord(text: string, start: number, end: number): string {
  let p = start;
  while (p < end && (text[p] === ' ' || text[p] === '\t')) p++;
  let q = p;
  while (q < end && text[q] !== ' ' && text[q] !== '\t') q++;
  return text.slice(p, q).toUpperCase();
}

function findShellComment(text: string, start: number, end: number): number {
  let quote = '';
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '#' && (i === start || text[i - 1] === ' ' || text[i - 1] === '\t')) {
      return i;
    }
  }
  return -1;
}

function endsWithContinuation(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r')) i--;
  return i >= start && text[i] === '\\';
}
