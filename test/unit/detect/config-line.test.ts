/** The configuration reader's line scans read code units: their answers must stay those of the string versions. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { ConfigFlavor } from '../../../src/core/detect/config';
import { findComment, findKeyEnd, isModelIdOrName, isWord } from '../../../src/core/detect/config-line';
import { codeUnitsOf } from '../../../src/core/detect/code-units';

function plainFindKeyEnd(text: string, start: number, end: number, flavor: ConfigFlavor): number {
  const quote = text[start];
  if (quote === '"' || quote === "'") {
    const close = text.indexOf(quote, start + 1);
    if (close < 0 || close >= end) return -1;
    const sep = close + 1;
    return text[sep] === ':' || text[sep] === '=' ? sep : -1;
  }
  for (let i = start; i < end && i < start + 120; i++) {
    const ch = text[i]!;
    if (flavor === 'yaml') {
      if (ch === ':' && (i + 1 === end || text[i + 1] === ' ' || text[i + 1] === '\t')) return i > start ? i : -1;
      if (ch === '"' || ch === "'" || ch === '{' || ch === '[' || ch === '#') return -1;
    } else {
      if (ch === '=' || (flavor !== 'env' && ch === ':')) return i > start ? i : -1;
      if (ch === ' ' && flavor === 'env') return -1;
    }
  }
  return -1;
}

function plainFindComment(text: string, start: number, end: number, flavor: ConfigFlavor): number {
  if (text[start] === '#' || (flavor === 'ini' && text[start] === ';') || (flavor === 'properties' && text[start] === '!')) return start;
  let quote = '';
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      if (i === start || text[i - 1] === ' ' || text[i - 1] === ':' || text[i - 1] === '=') quote = ch;
    } else if (ch === '#' && (text[i - 1] === ' ' || text[i - 1] === '\t')) {
      return i;
    }
  }
  return -1;
}

function plainIsModelIdOrName(key: string): boolean {
  if (key.length < 7) return false;
  const norm = key.toLowerCase().replace(/[^a-z]/g, '');
  return norm === 'modelid' || norm === 'modelname';
}

const piece = fc.constantFrom(
  '#', ' #', '\t#', ';', '!', '"', "'", ':', ': ', ':\t', '=', ' ', '\t', '{', '[', '-', 'a', 'model', '_id', 'Name',
  'MODEL', 'é', 'İ', '\u212a', '\n', '\r', 'x'.repeat(70),
);
const line = fc.oneof(fc.array(piece, { maxLength: 20 }).map((parts) => parts.join('')), fc.string({ maxLength: 30 }));
const flavor = fc.constantFrom<ConfigFlavor>('yaml', 'env', 'ini', 'properties');

test('findKeyEnd and findComment answer as the string versions do, at any start and end', () => {
  fc.assert(
    fc.property(line, flavor, fc.nat(), fc.nat(), (text, f, a, b) => {
      const start = text.length === 0 ? 0 : a % text.length;
      const end = start + (b % (text.length - start + 1));
      const units = codeUnitsOf(text);
      assert.equal(findKeyEnd(units, start, end, f), plainFindKeyEnd(text, start, end, f));
      assert.equal(findComment(units, start, end, f), plainFindComment(text, start, end, f));
    }),
    { numRuns: 30_000 },
  );
});

test('isModelIdOrName and isWord answer as lower-casing does', () => {
  const key = fc.oneof(line, fc.constantFrom('model_id', 'MODEL-NAME', 'modelName', 'model_\u212aid', 'modelİd', 'mode1_id', 'model_ids', 'NAME', 'Value', 'vALUE'));
  fc.assert(
    fc.property(key, (k) => {
      assert.equal(isModelIdOrName(k), plainIsModelIdOrName(k), k);
      assert.equal(isWord(k, 'name'), k.toLowerCase() === 'name', k);
      assert.equal(isWord(k, 'value'), k.toLowerCase() === 'value', k);
    }),
    { numRuns: 20_000 },
  );
});
