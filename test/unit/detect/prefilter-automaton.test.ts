// The prefilter's automaton reports exactly what a naive search reports: every end of every pattern, ASCII
// case folded, whatever else the text holds (non-ASCII, astral characters, lone surrogates), in any range.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildAutomaton, scannerOf, type Pattern } from '../../../src/core/detect/prefilter/automaton';
import { anchorsOf } from '../../../src/core/detect/prefilter/anchors';
import { cuePatterns, HitKind } from '../../../src/core/detect/prefilter/cues';
import { realDataset } from '../helpers/real-dataset';

/** Only A-Z fold: `toLowerCase` would also fold `K` (Kelvin) to `k` and change lengths (`İ`). */
const foldAscii = (text: string) => text.replace(/[A-Z]/g, (char) => char.toLowerCase());

function naiveMatches(patterns: readonly Pattern[], text: string, from: number, to: number): Array<[number, number]> {
  const folded = foldAscii(text.slice(from, to));
  const kinds = new Map<number, number>();
  for (const { text: pattern, flags } of patterns) {
    const needle = foldAscii(pattern);
    if (needle.length === 0) continue;
    for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
      const end = from + at + needle.length;
      kinds.set(end, (kinds.get(end) ?? 0) | flags);
    }
  }
  return [...kinds].sort((a, b) => a[0] - b[0]);
}

function scannerMatches(scan: ReturnType<typeof scannerOf>, text: string, from: number, to: number): Array<[number, number]> {
  const { ends, kinds, flags } = scan(text, from, to);
  assert.equal(flags, kinds.reduce((all, kind) => all | kind, 0));
  return [...ends].map((end, i) => [end, kinds[i]!]);
}

const OTHER = ['é', 'ß', 'İ', 'K', '\u00e9', '𝔘', '😀', '\ud800', '\udc00', '\u0000', '\uffff', '\u0141', '\u0161', ' ', '\n', '\r\n'];

/** Patterns over a small alphabet, so random texts contain them, overlap them and nest them. */
const patternSets = fc.array(
  fc.record({ text: fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-', '.', '_', '1'), minLength: 1, maxLength: 6 }), flags: fc.constantFrom(1, 2, 4, 8, 64) }),
  { minLength: 1, maxLength: 12 },
);
const smallTexts = fc.array(fc.oneof(fc.constantFrom('a', 'A', 'b', 'B', 'c', 'C', '-', '.', '_', '1', 'x'), fc.constantFrom(...OTHER)), { maxLength: 120 }).map((parts) => parts.join(''));

/** A range of a text, sometimes past either end (the scanner clamps). */
const withRange = <T>(texts: fc.Arbitrary<string>, extra: fc.Arbitrary<T>) =>
  fc.tuple(texts, extra, fc.nat(), fc.nat(), fc.boolean()).map(([text, more, a, b, whole]) => {
    if (whole) return { text, more, from: 0, to: text.length };
    const from = (a % (text.length + 3)) - 1;
    const to = from + (b % (text.length + 3));
    return { text, more, from, to };
  });

test('automaton: the same ends and kinds as a naive search, for random patterns and texts', () => {
  fc.assert(
    fc.property(withRange(smallTexts, patternSets), ({ text, more: patterns, from, to }) => {
      const scan = scannerOf(buildAutomaton(patterns));
      const clampedFrom = Math.max(from, 0);
      const clampedTo = Math.min(to, text.length);
      const expected = clampedFrom < clampedTo ? naiveMatches(patterns, text, clampedFrom, clampedTo) : [];
      assert.deepEqual(scannerMatches(scan, text, from, to), expected);
      // the same range inside a long text: read with charCodeAt rather than a copy of the whole text
      const pad = 'ab'.repeat(20 * (text.length + 1));
      const shifted = scannerMatches(scan, pad + text + pad, pad.length + clampedFrom, pad.length + clampedTo);
      assert.deepEqual(shifted.map(([end, kind]) => [end - pad.length, kind]), expected);
    }),
    { numRuns: 2000 },
  );
});

test('automaton: the prefilter patterns of the real dataset, on texts of ids, cues and other characters', () => {
  const patterns: Pattern[] = cuePatterns();
  for (const anchor of anchorsOf(realDataset().models())!) patterns.push({ text: anchor, flags: HitKind.anchor });
  const scan = scannerOf(buildAutomaton(patterns));
  const pieces = [
    ...patterns.filter((_, i) => i % 7 === 0).map((pattern) => pattern.text),
    'Meta-Llama-3.1-8B', 'GPT-4O', 'model_ID', 'FROM ', '.GGUF', 'x', '/', ':', '"', ...OTHER,
  ];
  const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));
  fc.assert(
    fc.property(withRange(texts, fc.constant(null)), ({ text, from, to }) => {
      const clampedFrom = Math.max(from, 0);
      const clampedTo = Math.min(to, text.length);
      assert.deepEqual(scannerMatches(scan, text, from, to), clampedFrom < clampedTo ? naiveMatches(patterns, text, clampedFrom, clampedTo) : []);
    }),
    { numRuns: 300 },
  );
});

test('automaton: patterns must be ASCII', () => {
  assert.throws(() => buildAutomaton([{ text: 'café', flags: 1 }]), /ASCII/);
});
