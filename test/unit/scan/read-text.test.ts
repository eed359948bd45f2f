import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText } from '../../../src/core/scan/read-text';

test('UTF-8 with and without BOM, invalid bytes replaced instead of failing', () => {
  assert.deepEqual(decodeText(Buffer.from('model="gpt-4o"')), { ok: true, text: 'model="gpt-4o"', encoding: 'utf-8' });
  assert.equal((decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0x61])) as { text: string }).text, 'a');
  const invalid = decodeText(Buffer.from([0x61, 0xff, 0xfe, 0x62, 0xc3]));
  assert.ok(invalid.ok);
  assert.equal(invalid.text, 'a\ufffd\ufffdb\ufffd');
});

test('UTF-16 by BOM, either byte order', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('llama3.1:8b', 'utf16le')]);
  assert.deepEqual(decodeText(le), { ok: true, text: 'llama3.1:8b', encoding: 'utf-16le' });
  const be = Buffer.from('gpt-4o', 'utf16le').swap16();
  assert.equal((decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be])) as { text: string }).text, 'gpt-4o');
});

test('a NUL byte near the start marks the file binary', () => {
  assert.deepEqual(decodeText(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01])), { ok: false, reason: 'binary' });
});
