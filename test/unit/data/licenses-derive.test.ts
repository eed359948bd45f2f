/** The rules the catalog generator applies to every curated license entry. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveLicense, exportExpression, normaliseLicenseText } from '../../../scripts/data/licenses/derive';

test('the export expression prefers SPDX, then the ScanCode key, then our own LicenseRef', () => {
  assert.equal(exportExpression({ id: 'mit', spdx: 'MIT', scancodeKey: 'mit' }), 'MIT');
  assert.equal(exportExpression({ id: 'llama3.1', spdx: null, scancodeKey: 'llama-3.1-license-2024' }), 'LicenseRef-scancode-llama-3.1-license-2024');
  assert.equal(exportExpression({ id: 'mrl', spdx: null, scancodeKey: null }), 'LicenseRef-ai-license-lens-mrl');
});

test('license text is normalised to lower case with single spaces', () => {
  assert.equal(normaliseLicenseText('  LLAMA 3.1\n\tCommunity   License '), 'llama 3.1 community license');
});

test('a Hub license with an SPDX id gets the reference sources and provenance it relies on', () => {
  const license = deriveLicense({ id: 'isc', name: 'ISC License', spdx: 'ISC', scancodeKey: 'isc', kind: 'permissive', osiApproved: true, commercialUse: 'allowed' });
  assert.equal(license.hfId, 'isc');
  assert.deepEqual(license.sources.map((source) => source.id), ['spdx', 'scancode', 'hf']);
  assert.deepEqual(license.provenance.osiApproved, ['spdx']);
  assert.deepEqual(license.provenance.scancodeKey, ['scancode']);
  assert.deepEqual(license.provenance.hfId, ['hf']);
});

test('a custom license keeps its curated sources first and maps its facts to its text', () => {
  const license = deriveLicense({
    id: 'example-model-license',
    hfId: 'other',
    name: 'Example Model License',
    kind: 'community',
    osiApproved: false,
    commercialUse: 'conditional',
    conditions: [{ kind: 'user-threshold', text: 'Over 1M users needs another license.', threshold: 1_000_000 }],
    fingerprints: ['Example  MODEL License\nAgreement'],
    sources: [{ id: 'text', kind: 'license-text', url: 'https://example.com/LICENSE', checked: '2026-11-23' }],
  });
  assert.equal(license.hfId, 'other');
  assert.equal(license.expression, 'LicenseRef-ai-license-lens-example-model-license');
  assert.deepEqual(license.fingerprints, ['example model license agreement']);
  assert.deepEqual(license.sources.map((source) => source.id), ['text', 'osi']);
  assert.deepEqual(license.provenance.commercialUse, ['text']);
  assert.deepEqual(license.provenance.conditions, ['text']);
  assert.deepEqual(license.provenance.osiApproved, ['osi']);
  assert.equal(license.provenance.hfId, undefined, 'an "other" license is not vouched for by the Hub list');
});

test('an invalid entry is rejected by the shared schema', () => {
  assert.throws(() =>
    deriveLicense({ id: 'Bad Id', name: 'x', kind: 'permissive', commercialUse: 'allowed', sources: [] }),
  );
});

test('every export expression is a valid SPDX license id or LicenseRef idstring', async () => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const catalog = JSON.parse(readFileSync(join(__dirname, '../../../data/licenses.json'), 'utf8'));
  for (const license of catalog.licenses) {
    assert.match(license.expression, /^(LicenseRef-[A-Za-z0-9.-]+|[A-Za-z0-9.+-]+)$/, license.id);
  }
});
