import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findSuppressions } from '../../../src/core/assess/suppression';

// Each of these took from seconds to hours with the old suppression pattern (`\s*:?\s*(...)\s*--`).
const HOSTILE_TAILS: Record<string, string> = {
  'spaces after the marker': ' '.repeat(200_000),
  'spaces then a colon': ' '.repeat(100_000) + ':' + ' '.repeat(100_000),
  'tabs and dashes': ' -\t'.repeat(70_000),
  'a long reason of spaces': ': all --' + ' '.repeat(200_000) + 'x',
  'a closing comment after spaces': ': all -- ok' + ' '.repeat(100_000) + '-->' + ' '.repeat(100_000),
};

for (const [name, tail] of Object.entries(HOSTILE_TAILS)) {
  test(`suppression comments stay linear: ${name}`, () => {
    const line = `# ai-license-lens-ignore${tail}`;
    const started = performance.now();
    findSuppressions([line, line, line].join('\n'));
    const ms = performance.now() - started;
    assert.ok(ms < 2_000, `took ${ms.toFixed(0)} ms`);
  });
}

test('the colon may stand after spaces; a closing comment is trimmed from the reason', () => {
  assert.deepEqual(findSuppressions('x # ai-license-lens-ignore : non-commercial --  eval only  -->'), [
    { line: 0, rules: ['non-commercial'], reason: 'eval only' },
  ]);
});
