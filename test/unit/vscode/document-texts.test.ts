/**
 * The editor follows a document's text from its change events (src/vscode/document-texts.ts): an event's changes
 * applied to the text before it must give the text VS Code has after it, or nothing when the changes are not the
 * disjoint, last-to-first list VS Code sends.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyChanges } from '../../../src/vscode/document-texts';

interface Change { rangeOffset: number; rangeLength: number; text: string }

/** Applied one after another, each at its offset in the text as the changes before it left it. */
function applyInTurn(text: string, changes: readonly Change[]): string {
  for (const change of changes) text = text.slice(0, change.rangeOffset) + change.text + text.slice(change.rangeOffset + change.rangeLength);
  return text;
}

const piece = fc.constantFrom('', 'a', 'model', '\n', '\r\n', '"', 'é', '😀', 'x = 1\n');
const text = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));

/** Disjoint ranges of `source`, last first (as VS Code lists an event's changes). */
const lastToFirst = (source: string) =>
  fc.array(fc.tuple(fc.nat(source.length), fc.nat(source.length), fc.array(piece, { maxLength: 3 })), { maxLength: 5 }).map((cuts) => {
    const points = [...new Set(cuts.flatMap(([a, b]) => [a, b]))].sort((a, b) => b - a);
    const changes: Change[] = [];
    for (let i = 0; i + 1 < points.length && changes.length < cuts.length; i += 2) {
      changes.push({ rangeOffset: points[i + 1]!, rangeLength: points[i]! - points[i + 1]!, text: cuts[changes.length]![2].join('') });
    }
    return changes;
  });

test('changes listed last to first give the text after them', () => {
  fc.assert(
    fc.property(text.chain((source) => fc.tuple(fc.constant(source), lastToFirst(source))), ([source, changes]) => {
      if (changes.length === 0) return;
      assert.equal(applyChanges(source, changes), applyInTurn(source, changes));
    }),
    { numRuns: 3000 },
  );
});

test('changes out of that order, overlapping or past the end give nothing', () => {
  const source = 'abcdefghij';
  assert.equal(applyChanges(source, []), undefined);
  assert.equal(applyChanges(source, [{ rangeOffset: 1, rangeLength: 1, text: 'x' }, { rangeOffset: 5, rangeLength: 1, text: 'y' }]), undefined);
  assert.equal(applyChanges(source, [{ rangeOffset: 4, rangeLength: 3, text: '' }, { rangeOffset: 2, rangeLength: 3, text: '' }]), undefined);
  assert.equal(applyChanges(source, [{ rangeOffset: 8, rangeLength: 5, text: '' }]), undefined);
  assert.equal(applyChanges(source, [{ rangeOffset: 10, rangeLength: 0, text: '!' }]), 'abcdefghij!');
  assert.equal(applyChanges(source, [{ rangeOffset: 5, rangeLength: 0, text: 'B' }, { rangeOffset: 5, rangeLength: 0, text: 'A' }]), 'abcdeABfghij');
});
