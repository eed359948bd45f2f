/**
 * The committed dataset passes every data:check rule, and the cases that are easy to get wrong say what
 * their primary sources say (license splits, relicensing, conflicting sources, stacked terms).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { License, Model, PublisherFile } from '../../../src/core/dataset/schema';
import { runChecks } from '../../../scripts/data/checks';

const DATA = join(import.meta.dirname, '..', '..', '..', 'data');
const files = readdirSync(join(DATA, 'models'))
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(join(DATA, 'models', name), 'utf8')) as PublisherFile);
const models = new Map<string, Model>(files.flatMap((file) => file.models.map((m) => [m.id, m] as const)));
const licenses = new Map<string, License>(
  (JSON.parse(readFileSync(join(DATA, 'licenses.json'), 'utf8')) as { licenses: License[] }).licenses.map((l) => [l.id, l]),
);

function model(id: string): Model {
  const found = models.get(id);
  assert.ok(found, `${id} is in the dataset`);
  return found;
}
const verdict = (id: string) => licenses.get(model(id).license ?? '')?.commercialUse;

test('the committed dataset passes every data:check rule', () => {
  const result = runChecks();
  assert.deepEqual(result.errors, []);
  assert.ok(result.counts.models >= 1000, `${result.counts.models} models`);
});

test('DeepSeek-V3 weights are under the DeepSeek License, its code and later checkpoints and R1 under MIT', () => {
  const v3 = model('deepseek-ai/DeepSeek-V3');
  assert.equal(v3.license, 'deepseek');
  assert.equal(v3.opennessClass, 'restricted-weight');
  const conflict = v3.conflicts?.find((c) => c.field === 'license');
  assert.ok(conflict, 'the code/weights split is recorded');
  assert.deepEqual(conflict.values.map((v) => v.value).sort(), ['deepseek', 'mit']);
  assert.equal(v3.sources.find((s) => s.id === conflict.winner)?.kind, 'license-text');
  assert.equal(model('deepseek-ai/DeepSeek-V3-0324').license, 'mit');
  assert.equal(model('deepseek-ai/DeepSeek-R1').license, 'mit');
  assert.equal(model('deepseek-ai/DeepSeek-R1').opennessClass, 'open-weight');
});

test('Qwen2.5 3B and 72B are under the Qwen research and Qwen licenses, 7B under Apache-2.0', () => {
  for (const id of ['Qwen/Qwen2.5-3B', 'Qwen/Qwen2.5-3B-Instruct']) assert.equal(model(id).license, 'qwen-research', id);
  for (const id of ['Qwen/Qwen2.5-72B', 'Qwen/Qwen2.5-72B-Instruct']) assert.equal(model(id).license, 'qwen', id);
  for (const id of ['Qwen/Qwen2.5-7B', 'Qwen/Qwen2.5-7B-Instruct']) assert.equal(model(id).license, 'apache-2.0', id);
  assert.equal(verdict('Qwen/Qwen2.5-3B'), 'not-allowed');
  assert.equal(model('Qwen/Qwen2.5-7B').opennessClass, 'open-weight');
  assert.equal(model('Qwen/Qwen2.5-72B').opennessClass, 'restricted-weight');
  assert.deepEqual(model('Qwen/Qwen2.5-7B-Instruct-AWQ').baseModels, [{ id: 'Qwen/Qwen2.5-7B-Instruct', relation: 'quantized' }]);
});

test('Mistral research and non-production models are not for commercial use; Mistral 7B is Apache-2.0', () => {
  assert.equal(model('mistralai/Codestral-22B-v0.1').license, 'mnpl');
  for (const id of ['mistralai/Ministral-8B-Instruct-2410', 'mistralai/Mistral-Large-Instruct-2407', 'mistralai/Mistral-Large-Instruct-2411']) {
    assert.equal(model(id).license, 'mrl', id);
    assert.equal(verdict(id), 'not-allowed', id);
    assert.equal(model(id).opennessClass, 'restricted-weight', id);
  }
  assert.equal(model('mistralai/Mistral-7B-Instruct-v0.3').license, 'apache-2.0');
  assert.equal(model('mistralai/Mistral-7B-Instruct-v0.3').opennessClass, 'open-weight');
});

test('FLUX.1 [dev] is non-commercial, FLUX.1 [schnell] Apache-2.0', () => {
  const dev = model('black-forest-labs/FLUX.1-dev');
  assert.equal(dev.license, 'flux-1-dev-non-commercial-license');
  assert.equal(verdict('black-forest-labs/FLUX.1-dev'), 'not-allowed');
  assert.equal(dev.opennessClass, 'restricted-weight');
  const schnell = model('black-forest-labs/FLUX.1-schnell');
  assert.equal(schnell.license, 'apache-2.0');
  assert.equal(schnell.opennessClass, 'open-weight');
});

test('SD3 Medium records its July 2024 move from the non-commercial license to the Community License', () => {
  const sd3 = model('stabilityai/stable-diffusion-3-medium');
  assert.equal(sd3.license, 'stabilityai-ai-community');
  const conflict = sd3.conflicts?.find((c) => c.field === 'license');
  assert.ok(conflict);
  assert.deepEqual(conflict.values.map((v) => v.value), ['sai-nc-community', 'stabilityai-ai-community']);
  assert.equal(sd3.sources.find((s) => s.id === conflict.winner)?.url, 'https://stability.ai/news/license-update');
  assert.equal(licenses.get('stabilityai-ai-community')?.conditions.find((c) => c.kind === 'revenue-threshold')?.threshold, 1_000_000);
  assert.equal(model('stabilityai/sdxl-turbo').license, 'sai-nc-community');
  assert.equal(model('stabilityai/stable-diffusion-xl-base-1.0').license, 'openrail++');
  assert.equal(model('stable-diffusion-v1-5/stable-diffusion-v1-5').license, 'creativeml-openrail-m');
});

test("Whisper's Hub card (Apache-2.0) and repository (MIT) disagree: recorded, the card wins, the verdict is the same", () => {
  const whisper = model('openai/whisper-large-v3');
  assert.equal(whisper.license, 'apache-2.0');
  const conflict = whisper.conflicts?.find((c) => c.field === 'license');
  assert.ok(conflict);
  const repo = conflict.values.find((v) => v.value === 'mit');
  assert.equal(whisper.sources.find((s) => s.id === repo?.source)?.url, 'https://github.com/openai/whisper');
  assert.equal(whisper.sources.find((s) => s.id === conflict.winner)?.kind, 'model-card');
  assert.equal(licenses.get('mit')?.commercialUse, licenses.get('apache-2.0')?.commercialUse);
});

test('Llama 3.1 keeps its renamed repo ids as aliases and carries the 700M MAU clause through its license', () => {
  const llama = model('meta-llama/Llama-3.1-8B-Instruct');
  assert.equal(llama.license, 'llama3.1');
  assert.equal(llama.gated, true);
  assert.ok(llama.aliases.some((a) => a.id === 'meta-llama/Meta-Llama-3.1-8B-Instruct' && a.ecosystem === 'hf'));
  const conditions = licenses.get('llama3.1')!.conditions;
  assert.equal(conditions.find((c) => c.kind === 'user-threshold')?.threshold, 700_000_000);
  assert.ok(conditions.some((c) => c.kind === 'naming'));
  assert.equal(model('meta-llama/Llama-3.3-70B-Instruct').license, 'llama3.3');
  assert.equal(model('meta-llama/Llama-4-Scout-17B-16E-Instruct').license, 'llama4');
  assert.equal(model('meta-llama/Llama-4-Scout-17B-16E-Instruct').activeParameters, 17e9);
});

test('Gemma models pass their use restrictions on to derivatives', () => {
  for (const id of ['google/gemma-2-9b', 'google/gemma-3-27b-it', 'google/codegemma-7b', 'google/paligemma2-3b-pt-224']) {
    assert.equal(model(id).license, 'gemma', id);
    assert.equal(model(id).opennessClass, 'restricted-weight', id);
  }
  assert.ok(licenses.get('gemma')!.conditions.some((c) => c.kind === 'pass-through'));
  // Gemma 4 left the Gemma terms for Apache-2.0.
  assert.equal(model('google/gemma-4-31B-it').license, 'apache-2.0');
  assert.equal(model('google/gemma-4-31B-it').opennessClass, 'open-weight');
});

test('an R1 distill names its Llama base, so the Llama terms stack on top of MIT', () => {
  const distill = model('deepseek-ai/DeepSeek-R1-Distill-Llama-8B');
  assert.equal(distill.license, 'mit');
  assert.deepEqual(distill.baseModels, [{ id: 'meta-llama/Llama-3.1-8B', relation: 'distill' }]);
  const chain = [distill.license, ...distill.baseModels.map((b) => model(b.id).license)];
  assert.deepEqual(chain, ['mit', 'llama3.1']);
  assert.equal(model('deepseek-ai/DeepSeek-R1-Distill-Llama-70B').baseModels[0]?.id, 'meta-llama/Llama-3.3-70B-Instruct');
  assert.equal(model('deepseek-ai/DeepSeek-R1-Distill-Qwen-7B').baseModels[0]?.id, 'Qwen/Qwen2.5-Math-7B');
});

test('open-source is reserved for models with open weights, training code and data', () => {
  const olmo = model('allenai/OLMo-2-1124-7B');
  assert.equal(olmo.opennessClass, 'open-source');
  for (const component of ['weights', 'trainingCode', 'trainingData'] as const) assert.equal(olmo.openness[component], 'open');
  for (const m of models.values()) {
    if (m.opennessClass !== 'open-source') continue;
    assert.equal(licenses.get(m.license!)?.commercialUse, 'allowed', m.id);
    assert.equal(m.openness.trainingData, 'open', m.id);
  }
});

test('every model names where its facts come from, and a checked date on every source', () => {
  for (const m of models.values()) {
    assert.ok(m.sources.length > 0, m.id);
    for (const source of m.sources) assert.match(source.checked, /^\d{4}-\d{2}-\d{2}$/, `${m.id} ${source.id}`);
    if (m.license !== null) assert.ok(m.provenance.license?.length, `${m.id} license provenance`);
  }
});

test('API-only models carry the proprietary license, their provider terms and the api-only class', () => {
  const apiOnly = [...models.values()].filter((m) => m.availability === 'api-only');
  assert.ok(apiOnly.length > 0);
  assert.equal(model('gpt-4o').apiTerms, 'openai-api-terms');
  for (const m of apiOnly) {
    assert.equal(m.opennessClass, 'api-only', m.id);
    assert.equal(m.license, 'proprietary', m.id);
    // Provider terms are named where the catalog has them (not every provider's terms are catalogued yet).
    if (m.apiTerms) assert.equal(licenses.get(m.apiTerms)?.commercialUse, 'api-terms', m.id);
  }
});
