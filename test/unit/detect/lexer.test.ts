/** lexCode reads code units through a class table: its segments must stay those of the plain lexer. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lexCode, type LexOptions } from '../../../src/core/detect/lexer';
import { plainLexCode } from './plain-lexer';

const piece = fc.constantFrom(
  '#', '/', '//', '/*', '*/', '*', '"', "'", '`', '"""', "'''", '``', '\\', '\\"', "\\'", '\\\n', '\n', '\r\n', ' ',
  'a', 'model', '=', '(', ')', 'é', '😀', '\u2028', '\u0123', '\u2f22', '\u2723',
);
const text = fc.oneof(
  fc.array(piece, { maxLength: 60 }).map((parts) => parts.join('')),
  fc.string({ maxLength: 40 }),
);
const options = fc.record({ flavor: fc.constantFrom<LexOptions['flavor']>('python', 'c', 'hash'), hashComments: fc.boolean() });

test('lexCode finds the segments the plain lexer finds, over whole texts and ranges', () => {
  fc.assert(
    fc.property(text, options, fc.nat(), fc.nat(), (t, o, a, b) => {
      assert.deepEqual(lexCode(t, o), plainLexCode(t, o));
      const from = t.length === 0 ? 0 : a % (t.length + 1);
      const to = from + (t.length - from === 0 ? 0 : b % (t.length - from + 1));
      assert.deepEqual(lexCode(t, o, from, to), plainLexCode(t, o, from, to));
    }),
    { numRuns: 30_000 },
  );
});

test('lexCode reads each text afresh when texts alternate (the code units are a shared scratch buffer)', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(text, options), { minLength: 2, maxLength: 5 }), (inputs) => {
      for (const [t, o] of [...inputs, ...inputs.reverse()]) assert.deepEqual(lexCode(t, o), plainLexCode(t, o));
    }),
    { numRuns: 2_000 },
  );
});
