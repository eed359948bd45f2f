/** tokenize reads character codes through a class table: its tokens must stay those of the string version. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize, type TokenStream } from '../../../src/core/detect/cli';

const SEPARATORS = new Set([' ', '\t', '"', "'", '`', ',', '[', ']', '(', ')', '{', '}', '=', '<', '>']);
const BREAKS = new Set([';', '|', '&']);

function plainTokenize(text: string, from: number, to: number, listContinues = false, out: TokenStream = []): TokenStream {
  let i = from;
  while (i < to) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '\r') {
      let j = i + 1;
      while (j < to && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r' || text[j] === '\n')) j++;
      const continued = previousNonSpace(text, from, i) === '\\' || (listContinues && text[j] === '-');
      if (!continued) out.push(null);
      i = j;
      continue;
    }
    if (BREAKS.has(ch)) {
      out.push(null);
      i++;
      continue;
    }
    if (ch === ':' && (text[i - 1] === '"' || text[i - 1] === "'") && out.length > 0) {
      // `curl -d '{"model": "x"}'`: a quoted key followed by a colon assigns like `model=x`
      const last = out[out.length - 1];
      if (last && last.end === i - 1) last.assigns = true;
      i++;
      continue;
    }
    if (SEPARATORS.has(ch) || ch === '\\') {
      if (ch === '=' && out.length > 0) {
        const last = out[out.length - 1];
        if (last && last.end === i) last.assigns = true;
      }
      i++;
      continue;
    }
    let end = i;
    while (end < to && !SEPARATORS.has(text[end]!) && !BREAKS.has(text[end]!) && text[end] !== '\n' && text[end] !== '\r') {
      if (text[end] === ':' && text[end + 1] === '-') break; // `${MODEL:-default}`: MODEL is assigned the default
      end++;
    }
    const defaults = text[end] === ':' && text[end + 1] === '-';
    if (!(end === i + 1 && ch === '-') && end > i) out.push({ start: i, end, assigns: defaults }); // a lone `-` is a YAML list marker
    i = defaults ? end + 2 : Math.max(end, i + 1);
  }
  out.push(null);
  return out;
}

function previousNonSpace(text: string, from: number, at: number): string {
  let i = at - 1;
  while (i >= from && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r')) i--;
  return i >= from ? text[i]! : '';
}

const piece = fc.constantFrom(
  ' ', '\t', '\n', '\r\n', '\n  ', '\n- ', '\\', '\\\n', '"', "'", '`', ',', '[', ']', '(', ')', '{', '}', '=', '<', '>', ';', '|', '&',
  ':', ':-', '"model":', "'k':", '-', '--model', 'ollama', 'pull', 'org/name', '${MODEL:-x}', 'é', '😀', 'a', '1',
);
const text = fc.oneof(fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')), fc.string({ maxLength: 30 }));

test('tokenize gives the tokens of the string version, over whole texts and ranges, into a fresh or a running stream', () => {
  fc.assert(
    fc.property(text, fc.boolean(), fc.nat(), fc.nat(), (t, list, a, b) => {
      assert.deepEqual(tokenize(t, 0, t.length, list), plainTokenize(t, 0, t.length, list));
      const from = t.length === 0 ? 0 : a % t.length;
      const to = from + (b % (t.length - from + 1));
      const running: TokenStream = [{ start: from, end: from, assigns: false }];
      const plainRunning: TokenStream = [{ start: from, end: from, assigns: false }];
      assert.deepEqual(tokenize(t, from, to, list, running), plainTokenize(t, from, to, list, plainRunning));
    }),
    { numRuns: 30_000 },
  );
});
