import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { computeLineStarts, createTextDocument } from '../../../src/core/document';

test('positionAt and offsetAt agree across \\n, \\r\\n and \\r line ends', () => {
  const text = 'ab\ncd\r\nef\rgh';
  const doc = createTextDocument('mem://x', text);
  for (let offset = 0; offset <= text.length; offset++) {
    const position = doc.positionAt(offset);
    if (text[offset - 1] === '\r' && text[offset] === '\n') continue; // inside a CRLF pair
    assert.equal(doc.offsetAt(position), offset, `offset ${offset}`);
  }
  assert.deepEqual(doc.positionAt(text.indexOf('g')), { line: 3, character: 0 });
  assert.deepEqual(doc.positionAt(999), { line: 3, character: 2 });
});

/** Line starts by the definition: after each `\r\n`, lone `\r` and lone `\n`. */
function referenceLineStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(/\r\n|\r|\n/g)) starts.push(match.index + match[0].length);
  return starts;
}

test('computeLineStarts: the same starts as the definition, with and without \\r in the text', () => {
  const pieces = ['a', 'bc', ' ', '\n', '\n\n', '\r', '\r\n', '\n\r', '\r\r\n', 'é', '𝔘', '\u2028'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), fc.boolean(), (parts, lineFeedsOnly) => {
      const text = lineFeedsOnly ? parts.join('').replace(/\r/g, '') : parts.join('');
      assert.deepEqual(computeLineStarts(text), referenceLineStarts(text));
    }),
    { numRuns: 2000 },
  );
  for (const text of ['', '\n', '\r', '\r\n', 'x', 'x\n', '\nx', 'a\r\nb\nc\rd\n\re']) assert.deepEqual(computeLineStarts(text), referenceLineStarts(text), JSON.stringify(text));
});
