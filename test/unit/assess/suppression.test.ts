import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findSuppressions, suppressionFor } from '../../../src/core/assess/suppression';

test('a trailing comment covers its own line; a lone comment covers the next line', () => {
  const text = [
    'model = "black-forest-labs/FLUX.1-dev"  # ai-license-lens-ignore: non-commercial -- evaluation only',
    '// ai-license-lens-ignore: research-only, non-commercial -- internal benchmark',
    'const m = "x";',
    '<!-- ai-license-lens-ignore: all -- docs example -->',
    'ai-license-lens-ignore-next-line: api-only -- approved by legal',
  ].join('\n');
  const found = findSuppressions(text);
  assert.deepEqual(found, [
    { line: 0, rules: ['non-commercial'], reason: 'evaluation only' },
    { line: 2, rules: ['research-only', 'non-commercial'], reason: 'internal benchmark' },
    { line: 4, rules: 'all', reason: 'docs example' },
    { line: 5, rules: ['api-only'], reason: 'approved by legal' },
  ]);
  assert.ok(suppressionFor(found, 0, ['non-commercial']));
  assert.equal(suppressionFor(found, 0, ['api-only']), undefined);
  assert.ok(suppressionFor(found, 4, ['threshold']));
});

test('no reason, an unknown rule or a too short reason: not honoured', () => {
  const text = ['x # ai-license-lens-ignore: non-commercial', 'x # ai-license-lens-ignore: bogus -- why not', 'x # ai-license-lens-ignore: -- ok'].join('\n');
  assert.deepEqual(findSuppressions(text), []);
});
