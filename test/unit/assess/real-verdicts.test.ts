/** The verdicts users see for the tricky cases, end to end: raw id -> resolver -> stacked terms -> policy. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine } from '../../../src/core/engine';
import { DEFAULT_POLICY, parsePolicy } from '../../../src/core/assess/policy';
import { realDataset } from '../helpers/real-dataset';

const engine = createEngine({ dataset: realDataset(), policy: DEFAULT_POLICY });
const verdict = (raw: string) => {
  const { resolution, assessment } = engine.assess(raw);
  return { model: resolution?.model.id, commercialUse: assessment.commercialUse, rules: assessment.rules, severity: assessment.severity };
};

test('DeepSeek-R1 is MIT and allowed: its own publisher relicensed the V3 base', () => {
  const r1 = verdict('deepseek-ai/DeepSeek-R1');
  assert.equal(r1.commercialUse, 'allowed');
  assert.equal(engine.assess('deepseek-ai/DeepSeek-R1').assessment.license?.id, 'mit');
});

test('an R1 distill of Llama carries the Llama terms of its base', () => {
  const distill = verdict('deepseek-ai/DeepSeek-R1-Distill-Llama-8B');
  assert.equal(distill.commercialUse, 'conditional');
  assert.ok(distill.rules.includes('threshold'), distill.rules.join());
  assert.match(engine.assess('deepseek-ai/DeepSeek-R1-Distill-Llama-8B').assessment.message, /inherits Llama 3\.1/);
});

test('Llama 3.1 through Ollama: conditional, with the 700M threshold and naming duty', () => {
  const llama = verdict('llama3.1:8b');
  assert.equal(llama.model, 'meta-llama/Llama-3.1-8B-Instruct');
  assert.equal(llama.commercialUse, 'conditional');
  assert.ok(llama.rules.includes('threshold'));
  assert.ok(llama.rules.includes('attribution'));
  assert.equal(llama.severity, 'info');
});

test('FLUX.1 dev is non-commercial, schnell is allowed', () => {
  const dev = verdict('black-forest-labs/FLUX.1-dev');
  assert.equal(dev.commercialUse, 'not-allowed');
  assert.equal(dev.rules[0], 'non-commercial');
  assert.equal(dev.severity, 'warning');
  assert.equal(verdict('black-forest-labs/FLUX.1-schnell').commercialUse, 'allowed');
});

test('Qwen2.5-3B is research-only while Qwen2.5-7B is Apache-2.0', () => {
  const small = verdict('Qwen/Qwen2.5-3B-Instruct');
  assert.equal(small.commercialUse, 'not-allowed');
  assert.ok(small.rules.includes('research-only'), small.rules.join());
  assert.equal(verdict('Qwen/Qwen2.5-7B-Instruct').commercialUse, 'allowed');
});

test('API-only models: api-terms and the api-only rule, whatever the spelling', () => {
  for (const raw of ['gpt-4o', 'openai/gpt-4o', 'claude-3-5-sonnet-20241022', 'us.anthropic.claude-3-5-sonnet-20241022-v2:0']) {
    const api = verdict(raw);
    assert.equal(api.commercialUse, 'api-terms', raw);
    assert.ok(api.rules.includes('api-only'), raw);
  }
});

test('unknown models are unknown, never guessed; a policy override can declare a license with a reason', () => {
  const unknown = verdict('acme/secret-model-v9');
  assert.equal(unknown.model, undefined);
  assert.equal(unknown.commercialUse, 'unknown');
  assert.deepEqual(unknown.rules, ['unknown-model']);
  const declared = engine
    .withPolicy(parsePolicy({ overrides: [{ model: 'acme/*', reason: 'our own weights', license: 'apache-2.0' }] }))
    .assess('acme/secret-model-v9').assessment;
  assert.equal(declared.commercialUse, 'allowed');
});
