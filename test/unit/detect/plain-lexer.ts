/**
 * The lexer as it read text before it read code units (`text[i]`, an opener regex): the oracle the fast lexer is
 * compared with in lexer.test.ts. Not used by the extension.
 */
import type { LexOptions, Segment } from '../../../src/core/detect/lexer';

export function plainLexCode(text: string, options: LexOptions, from = 0, to = text.length): Segment[] {
  const { flavor } = options;
  const hash = flavor !== 'c' || options.hashComments === true;
  const slashes = flavor === 'c';
  const out: Segment[] = [];
  const openers = flavor === 'c' ? (hash ? C_HASH_OPENERS : C_OPENERS) : HASH_OPENERS;
  // once a multi-line quote has no closer after some point, later openers need not search again (keeps this linear)
  let noBacktickCloser = Infinity;
  const n = to;
  let i = from;
  while (i < n) {
    const ch = text[i]!;
    if (hash && ch === '#') {
      const end = Math.min(lineEnd(text, i), n);
      out.push({ kind: 'comment', start: i, end, contentStart: i + 1, contentEnd: end });
      i = end;
    } else if (slashes && ch === '/' && text[i + 1] === '/') {
      const end = Math.min(lineEnd(text, i), n);
      out.push({ kind: 'comment', start: i, end, contentStart: i + 2, contentEnd: end });
      i = end;
    } else if (slashes && ch === '/' && text[i + 1] === '*') {
      const found = text.indexOf('*/', i + 2);
      const close = found < 0 || found + 2 > n ? -1 : found;
      const end = close < 0 ? n : close + 2;
      out.push({ kind: 'comment', start: i, end, contentStart: i + 2, contentEnd: close < 0 ? n : close });
      i = end;
    } else if (ch === '"' || ch === "'" || (ch === '`' && flavor === 'c')) {
      const triple = flavor === 'python' && text[i + 1] === ch && text[i + 2] === ch;
      if (triple) {
        const found = text.indexOf(ch + ch + ch, i + 3);
        const close = found < 0 || found + 3 > n ? -1 : found;
        const end = close < 0 ? n : close + 3;
        out.push({ kind: 'string', start: i, end, contentStart: i + 3, contentEnd: close < 0 ? n : close });
        i = end;
        continue;
      }
      const close = ch === '`' && i >= noBacktickCloser ? -1 : findClose(text, i + 1, n, ch, ch === '`');
      if (close < 0 && ch === '`') noBacktickCloser = Math.min(noBacktickCloser, i);
      if (close < 0) {
        i++; // unterminated on this line: not a string (an apostrophe in a comment-like construct)
        continue;
      }
      out.push({ kind: 'string', start: i, end: close + 1, contentStart: i + 1, contentEnd: close });
      i = close + 1;
    } else {
      // nothing starts here: jump to the next character that may open a comment or a string
      openers.lastIndex = i + 1;
      i = openers.test(text) ? openers.lastIndex - 1 : n; // test() allocates no match; every opener is one character
    }
  }
  return out;
}

/** Characters that may open a segment, per flavor (the regular expression engine skips the rest fastest). */
const HASH_OPENERS = /[#"']/g;
const C_OPENERS = /[/"'`]/g;
const C_HASH_OPENERS = /[#/"'`]/g;

function lineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline < 0 ? text.length : newline;
}

function findClose(text: string, from: number, to: number, quote: string, multiline: boolean): number {
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === quote) return i;
    if (!multiline && ch === '\n') return -1;
  }
  return -1;
}
