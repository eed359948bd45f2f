/** isIdLike checks every rule in one pass over the text: its answers must stay those of the plain definition. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isIdCode, isIdLike } from '../../../src/core/detect/ids';

const RESOURCE_PREFIXES = ['projects/', 'publishers/', 'accounts/', 'arn:', 'ft:'];

function isAlnum(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

function plainIsIdLike(raw: string): boolean {
  if (raw.length < 2 || raw.length > 200) return false;
  if (!isAlnum(raw.charCodeAt(0)) || !isAlnum(raw.charCodeAt(raw.length - 1))) return false;
  let slashes = 0;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (!isIdCode(code)) return false;
    if (code === 47) slashes++;
  }
  if (raw.includes('//') || raw.includes('..') || raw.includes(':/')) return false;
  const resource = RESOURCE_PREFIXES.some((p) => raw.startsWith(p));
  if (!resource && (slashes > 3 || raw.includes('::'))) return false;
  return true;
}

test('isIdLike answers as the plain definition does', () => {
  const piece = fc.constantFrom('/', '//', '.', '..', ':', '::', ':/', '-', '_', '@', '+', 'a', 'Z', '7', ' ', 'é', ...RESOURCE_PREFIXES, 'org', 'name');
  const raw = fc.oneof(fc.array(piece, { maxLength: 14 }).map((parts) => parts.join('')), fc.string({ maxLength: 12 }), fc.constant('a'.repeat(199) + '/'));
  fc.assert(fc.property(raw, (r) => assert.equal(isIdLike(r), plainIsIdLike(r), r)), { numRuns: 30_000 });
});

test('isIdLike on the edges of each rule', () => {
  for (const raw of ['a/b/c/d', 'a/b/c/d/e', 'projects/a/b/c/d', 'a::b', 'arn:aws::b', 'ft:a::b', 'a:/b', 'a//b', 'a..b', 'a.b', 'ab', 'a', 'a-', '-a']) {
    assert.equal(isIdLike(raw), plainIsIdLike(raw), raw);
  }
});
