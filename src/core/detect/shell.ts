/**
 * Shell scripts, Makefiles, Dockerfiles and plain text: command lines (with `\` continuations), `KEY=value`
 * assignments, `#` comments. In a Dockerfile, `FROM` names an image, never a model.
 */
import type { Collector } from './collector';
import { detectCommands, tokenize, type TokenStream } from './cli';
import { keyStrength } from './keys';
import { detectKnownTokens } from './prose';
import type { SyntaxKind } from './reference';

export function detectInShell(collector: Collector, from: number, to: number, dockerfile = false, weakSyntax: SyntaxKind = 'cli-argument'): void {
  const text = collector.text;
  const stream: TokenStream = [];
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
  detectCommands(collector, stream);
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
