import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeUnitsOf } from '../../../src/core/detect/code-units';

const charCodes = (text: string): number[] => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));

test('code units are the string\'s UTF-16 code units, astral characters as two', () => {
  const text = 'model="gpt-4o" é € 😀 \u0122 \r\n\0end';
  assert.deepEqual(Array.from(codeUnitsOf(text)), charCodes(text));
});

test('a second text overwrites the first; asking again for the same text gives the same units', () => {
  const first = 'a'.repeat(100_000);
  const second = 'b'.repeat(10);
  assert.equal(codeUnitsOf(first).length, 100_000);
  const units = codeUnitsOf(second);
  assert.deepEqual(Array.from(units), charCodes(second));
  assert.equal(codeUnitsOf(second), units);
  assert.equal(codeUnitsOf(''), codeUnitsOf(''));
  assert.equal(codeUnitsOf('').length, 0);
});

test('a text larger than the kept scratch buffer is read correctly, once, and let go for the next text', () => {
  const large = 'x'.repeat(5 * 2 ** 20) + 'y';
  const units = codeUnitsOf(large);
  assert.equal(units.length, large.length);
  assert.equal(units[units.length - 1], 'y'.charCodeAt(0));
  assert.equal(codeUnitsOf(large), units, 'every pass over the same large text reads one copy');
  assert.deepEqual(Array.from(codeUnitsOf('small')), charCodes('small'));
});
