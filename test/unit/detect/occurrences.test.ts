/**
 * A document's memo carries the places of fixed strings (`://`, `huggingface.co/`, the suppression marker) across
 * edits (occurrences.ts): after random edits they must be where a fresh search finds them, and what the engine
 * reports from them (URL references, suppressions) what a run without the memo reports.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parsePolicy } from '../../../src/core/assess/policy';
import { findSuppressions, SUPPRESSION_MARKER } from '../../../src/core/assess/suppression';
import { DetectionMemo } from '../../../src/core/detect';
import { occurrencesAfterEdit, occurrencesOf } from '../../../src/core/detect/occurrences';
import { createEngine } from '../../../src/core/engine';
import { realDataset } from '../helpers/real-dataset';

const PIECES = [
  '\n', '\r\n', ' ', 'a', '/', ':', '//', '://', 'https', 'https://', 'huggingface.co/', 'huggingface.co', 'hf.co/', 'www.',
  'meta-llama/Llama-3.1-8B-Instruct', 'gpt2', 'datasets/', '.git', '?x=1', '#', 'ollama.com/library/llama3.1:8b',
  'ai-license-lens-ignore', 'ai-license-lens-ignore: non-commercial -- evaluation only', 'ai-license-lens-ignore-next-line all -- ok for now',
  '# ', '"', 'model = "gpt-4o-mini"', 'aa', 'aaa',
];
const piece = fc.constantFrom(...PIECES);
const base = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));
const edit = fc.record({ at: fc.nat(), remove: fc.oneof(fc.constant(0), fc.nat(5), fc.nat(60)), insert: fc.array(piece, { maxLength: 4 }).map((p) => p.join('')) });

function applyEdit(text: string, { at, remove, insert }: { at: number; remove: number; insert: string }): string {
  const start = at % (text.length + 1);
  return text.slice(0, start) + insert + text.slice(Math.min(text.length, start + remove));
}

test('occurrences after an edit are those a fresh search finds (overlapping ones too)', () => {
  fc.assert(
    fc.property(base, fc.array(edit, { minLength: 1, maxLength: 6 }), fc.constantFrom('://', 'huggingface.co/', SUPPRESSION_MARKER, 'aa', 'a'), (first, edits, pattern) => {
      let last = { text: first, at: occurrencesOf(first, pattern) };
      for (const change of edits) {
        const text = applyEdit(last.text, change);
        const at = occurrencesAfterEdit(pattern, text, last);
        assert.deepEqual(at, occurrencesOf(text, pattern));
        last = { text, at };
      }
    }),
    { numRuns: 2000 },
  );
});

test('the memo answers for each pattern against the last text it was asked of', () => {
  fc.assert(
    fc.property(base, fc.array(fc.tuple(edit, fc.subarray(['://', 'huggingface.co/', SUPPRESSION_MARKER])), { minLength: 1, maxLength: 8 }), (first, steps) => {
      const memo = new DetectionMemo();
      let text = first;
      for (const [change, patterns] of steps) {
        text = applyEdit(text, change);
        for (const pattern of patterns) assert.deepEqual(memo.occurrencesIn(text, pattern), occurrencesOf(text, pattern));
      }
    }),
    { numRuns: 1000 },
  );
});

test('suppressions from known marker places are those found in the text', () => {
  fc.assert(
    fc.property(base, (text) => assert.deepEqual(findSuppressions(text, occurrencesOf(text, SUPPRESSION_MARKER)), findSuppressions(text))),
    { numRuns: 1000 },
  );
});

test('an engine re-run with the memo after random edits reports what a fresh run reports (URLs, suppressions)', () => {
  const engine = createEngine({ dataset: realDataset(), policy: parsePolicy({}) });
  const line = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
  fc.assert(
    fc.property(fc.array(line, { maxLength: 30 }).map((lines) => lines.join('\n')), fc.array(edit, { minLength: 1, maxLength: 5 }), fc.constantFrom('app.py', 'README.md', 'config.yaml'), (first, edits, file) => {
      const memo = new DetectionMemo();
      let text = first;
      engine.analyzeText(text, { file, memo });
      for (const change of edits) {
        text = applyEdit(text, change);
        assert.deepEqual(engine.analyzeText(text, { file, memo }), engine.analyzeText(text, { file }), JSON.stringify(text));
      }
    }),
    { numRuns: 300 },
  );
});
