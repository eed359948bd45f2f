import { test } from 'node:test';
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { cutAtClosingBracket, tomlSectionName } from '../../../src/core/detect/section';

test('section names: the one-pass readers give what the regular expressions gave', () => {
  const text = fc.string({ unit: fc.constantFrom('[', ']', 'a', ' ', '\r', '\n', '\u2028', '\u2029', '.'), maxLength: 20 });
  fc.assert(
    fc.property(text, (s) => {
      assert.equal(cutAtClosingBracket(s), s.replace(/\].*$/, ''));
      assert.equal(tomlSectionName(s), s.replace(/^\[+|\].*$/g, '').trim());
    }),
    { numRuns: 2000 },
  );
});
