/**
 * The analysers against the real license catalog (data/licenses.json): texts that open the way the licenses
 * do are recognised as the right license, and the nearest neighbours (Llama versions, Qwen and Qwen Research)
 * are told apart. Titles only: the full texts are their authors' and are not committed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { licenseCatalogSchema } from '../../../src/core/dataset/schema';
import { createDatasetView } from '../../../src/core/dataset/load';
import { createModelResolver } from '../../../src/core/dataset/resolve';
import { DEFAULT_POLICY } from '../../../src/core/assess/policy';
import { analyzeFileText } from '../../../src/core/analyzers';
import { normalizeLicenseText } from '../../../src/core/detect/license-text';
import { loadTestDataset } from './context';

const catalog = licenseCatalogSchema.parse(JSON.parse(readFileSync('data/licenses.json', 'utf8')));
const mini = loadTestDataset();
const dataset = { ...mini, licenses: catalog.licenses };
const context = { dataset: createDatasetView(dataset), policy: DEFAULT_POLICY, resolver: createModelResolver(dataset) };
const licenseOf = (text: string, file = 'LICENSE') => analyzeFileText(text, context, { file })[0]?.license ?? null;

test('every catalog fingerprint survives the analyser normalisation unchanged or still matches itself', () => {
  for (const license of catalog.licenses) {
    for (const print of license.fingerprints) {
      const normalized = normalizeLicenseText(print);
      assert.ok(normalized.length >= 12, `${license.id}: "${print}" is too short to be distinctive`);
      assert.ok(normalizeLicenseText(normalized) === normalized, `${license.id}: normalisation is idempotent`);
    }
  }
});

test('license texts are recognised by their titles and release lines', () => {
  const cases: Array<[string, string]> = [
    ['LLAMA 3.1 COMMUNITY LICENSE AGREEMENT\nLlama 3.1 Version Release Date: July 23, 2024\n', 'llama3.1'],
    ['LLAMA 3.2 COMMUNITY LICENSE AGREEMENT\nLlama 3.2 Version Release Date: September 25, 2024\n', 'llama3.2'],
    ['META LLAMA 3 COMMUNITY LICENSE AGREEMENT\nMeta Llama 3 Version Release Date: April 18, 2024\n', 'llama3'],
    ['Gemma Terms of Use\n\nLast modified: February 21, 2024\n', 'gemma'],
    ['Qwen RESEARCH LICENSE AGREEMENT\n\nQwen RESEARCH LICENSE AGREEMENT Release Date: September 19, 2024\n', 'qwen-research'],
    ['Qwen LICENSE AGREEMENT\n\nQwen LICENSE AGREEMENT Release Date: September 19, 2024\n', 'qwen'],
    ['FLUX.1 [dev] Non-Commercial License\n', 'flux-1-dev-non-commercial-license'],
    ['                                 Apache License\n                           Version 2.0, January 2004\n', 'apache-2.0'],
    ['Mistral AI Research License\n', 'mrl'],
  ];
  for (const [text, id] of cases) assert.equal(licenseOf(text), id, text.split('\n')[0]);
});

test('model cards resolve Hub license values and license_name through the catalog', () => {
  const card = (frontMatter: string) => analyzeFileText(`---\n${frontMatter}\n---\n`, context, { file: 'README.md' })[0];
  assert.equal(card('license: llama3.1')?.license, 'llama3.1');
  assert.equal(card('license: other\nlicense_name: qwen-research')?.license, 'qwen-research');
  assert.equal(card('license: other\nlicense_name: deepseek')?.license, 'deepseek');
  assert.equal(card('license: cc-by-nc-4.0')?.commercialUse, 'not-allowed');
  assert.equal(card('license: creativeml-openrail-m')?.commercialUse, 'conditional');
});
