import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTextDocument } from '../../../src/core/document';

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
