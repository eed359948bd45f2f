import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { sha256, toBase64 } from '../../../src/core/report/sha256';

test('the pure SHA-256 and base64 agree with node:crypto on any text, across block boundaries', () => {
  for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000]) {
    const text = 'a'.repeat(length);
    assert.equal(toBase64(sha256(text)), createHash('sha256').update(text).digest('base64'), `length ${length}`);
  }
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
      assert.equal(toBase64(sha256(text)), createHash('sha256').update(text, 'utf8').digest('base64'));
    }),
  );
});

test('base64 pads one- and two-byte tails', () => {
  for (const bytes of [[1], [1, 2], [1, 2, 3], [255, 0, 128, 7]]) {
    assert.equal(toBase64(new Uint8Array(bytes)), Buffer.from(bytes).toString('base64'));
  }
});
