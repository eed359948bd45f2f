/** data:check's rules catch each kind of broken dataset (fixtures written to a temporary folder). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runChecks } from '../../../scripts/data/checks';

const source = { id: 'card', kind: 'model-card', url: 'https://huggingface.co/acme/model-7b', checked: '2026-11-23' };

function license(id: string, spdx: string | null = null) {
  return {
    id, hfId: id, spdx, scancodeKey: null, expression: spdx ?? `LicenseRef-ai-license-lens-${id}`, name: id,
    url: null, kind: 'permissive', osiApproved: null, commercialUse: 'allowed', conditions: [], fingerprints: [],
    aliases: [], sources: [source], provenance: {},
  };
}

function model(id: string, extra: Record<string, unknown> = {}) {
  return {
    id, name: id.split('/').pop(), publisher: 'acme', family: null, parameters: null, modality: null, task: null,
    releaseDate: null, license: 'apache-2.0', availability: 'open-weights', gated: false,
    openness: { weights: 'open', inferenceCode: 'unknown', trainingCode: 'unknown', trainingData: 'unknown', paper: 'unknown' },
    opennessClass: 'open-weight', sources: [source],
    provenance: { license: ['card'], gated: ['card'], 'openness.weights': ['card'] },
    ...extra,
  };
}

/** Writes a dataset folder, runs the checks on it, removes the folder. */
function check(models: unknown[], licenses = [license('apache-2.0', 'Apache-2.0')], aliasFile?: unknown, publisherExtra: Record<string, unknown> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'ai-license-lens-check-'));
  try {
    mkdirSync(join(dir, 'models'));
    writeFileSync(join(dir, 'licenses.json'), JSON.stringify({ version: '1', licenses }));
    const publisher = { id: 'acme', name: 'Acme', country: null, url: null, sources: [source], ...publisherExtra };
    writeFileSync(join(dir, 'models', 'acme.json'), JSON.stringify({ publisher, models }));
    writeFileSync(join(dir, 'common.txt'), 'latest\nreact\n');
    writeFileSync(join(dir, 'external.txt'), 'other/base-model\n');
    mkdirSync(join(dir, 'aliases'));
    if (aliasFile) writeFileSync(join(dir, 'aliases', 'ollama.json'), JSON.stringify(aliasFile));
    return runChecks({
      dataDir: dir,
      commonStringsFile: join(dir, 'common.txt'),
      externalBasesFile: join(dir, 'external.txt'),
      aliasesDir: join(dir, 'aliases'),
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const has = (errors: string[], fragment: string) => assert.ok(errors.some((e) => e.includes(fragment)), `${fragment} in ${errors.join(' | ')}`);

test('a valid dataset passes and is counted', () => {
  const result = check([model('acme/model-7b'), model('acme/model-13b', { baseModels: [{ id: 'other/base-model', relation: 'finetune' }], provenance: { license: ['card'], gated: ['card'], 'openness.weights': ['card'], baseModels: ['card'] } })]);
  assert.deepEqual(result.errors, []);
  assert.equal(result.counts.models, 2);
  assert.equal(result.counts.sourcedFacts, 7);
});

test('ids that differ only in case are duplicates', () => {
  has(check([model('acme/Model-7b'), model('acme/model-7B')]).errors, 'duplicate id');
});

test('an alias that would resolve to two models, or to another model id, is an error', () => {
  const alias = (id: string) => ({ aliases: [{ id, ecosystem: 'ollama', source: 'card' }] });
  has(check([model('acme/a', alias('acme:7b')), model('acme/b', alias('ACME:7B'))]).errors, 'resolves to acme/a and acme/b');
  has(check([model('acme/a', alias('acme/b')), model('acme/b')]).errors, 'is also the id of model acme/b');
});

test('an alias equal to a common string is an error', () => {
  has(check([model('acme/a', { aliases: [{ id: 'latest', ecosystem: 'ollama', source: 'card' }] })]).errors, 'common string');
});

test('unknown licenses, fake SPDX ids and missing base models are errors', () => {
  has(check([model('acme/a', { license: 'made-up' })]).errors, 'license "made-up" is not in data/licenses.json');
  has(check([model('acme/a')], [license('apache-2.0', 'Apache-2.O')]).errors, 'is not an SPDX license id');
  const base = { baseModels: [{ id: 'nobody/nothing', relation: 'finetune' }], provenance: { license: ['card'], gated: ['card'], 'openness.weights': ['card'], baseModels: ['card'] } };
  has(check([model('acme/a', base)]).errors, 'base model nobody/nothing');
});

test('a fact without provenance, or provenance naming a missing source, is an error', () => {
  has(check([model('acme/a', { parameters: 7e9 })]).errors, 'parameters has no provenance');
  has(check([model('acme/a', { provenance: { license: ['nowhere'], gated: ['card'], 'openness.weights': ['card'] } })]).errors, 'names unknown source nowhere');
  const open = { openness: { weights: 'open', inferenceCode: 'open', trainingCode: 'unknown', trainingData: 'unknown', paper: 'unknown' } };
  has(check([model('acme/a', open)]).errors, 'openness.inferenceCode has no provenance');
});

test('a schema violation names the file and the field', () => {
  has(check([model('acme/a', { opennessClass: 'mostly-open' })]).errors, 'data/models/acme.json: models.0.opennessClass');
});

test('an open-weight class on a license that restricts use is an error', () => {
  const restricted = { ...license('llama3.1'), commercialUse: 'conditional' };
  has(check([model('acme/a', { license: 'llama3.1' })], [license('apache-2.0', 'Apache-2.0'), restricted]).errors, 'open-weight but license llama3.1 is conditional');
});

test('an alias input that names a model the dataset lacks is an error', () => {
  const aliasFile = {
    sources: [source],
    aliases: [
      { model: 'acme/model-7b', id: 'acme:7b', ecosystem: 'ollama', source: 'card' },
      { model: 'acme/gone', id: 'gone:1b', ecosystem: 'ollama', source: 'card' },
    ],
  };
  const errors = check([model('acme/model-7b')], undefined, aliasFile).errors;
  assert.equal(errors.length, 1);
  has(errors, 'alias gone:1b names acme/gone, which is not in the dataset');
});

test("a publisher's API terms must be API terms in the catalog, backed by one of its sources", () => {
  const apiTerms = { ...license('acme-api-terms'), kind: 'proprietary-api', commercialUse: 'api-terms' };
  const licenses = [license('apache-2.0', 'Apache-2.0'), apiTerms];
  const valid = check([model('acme/model-7b')], licenses, undefined, { apiTerms: { license: 'acme-api-terms', source: 'card' } });
  assert.deepEqual(valid.errors, []);
  has(check([model('acme/model-7b')], licenses, undefined, { apiTerms: { license: 'apache-2.0', source: 'card' } }).errors, 'is allowed, not API terms');
  has(check([model('acme/model-7b')], licenses, undefined, { apiTerms: { license: 'nope', source: 'card' } }).errors, 'apiTerms "nope" is not in data/licenses.json');
  has(check([model('acme/model-7b')], licenses, undefined, { apiTerms: { license: 'acme-api-terms', source: 'tos' } }).errors, 'apiTerms names unknown source tos');
});
