/** Downloadable models named by a hosted provider's id: the prompts leave the machine, as with an API-only model. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine } from '../../../src/core/engine';
import { DEFAULT_POLICY, parsePolicy } from '../../../src/core/assess/policy';
import { hostingOf as hostingOfRaw } from '../../../src/core/assess/hosting';
import { renderHover } from '../../../src/core/present/hover';
import { summarizeModels } from '../../../src/core/scan/summarize';
import { realDataset } from '../helpers/real-dataset';

const dataset = realDataset();
const engine = createEngine({ dataset, policy: DEFAULT_POLICY });
const hostingOf = (raw: string) => engine.assess(raw).assessment.hosting;

test('a Bedrock model id of Llama: hosted on Amazon Bedrock, api-only after the license rules', () => {
  const { resolution, assessment } = engine.assess('meta.llama3-1-70b-instruct-v1:0');
  assert.equal(resolution?.model.id, 'meta-llama/Llama-3.1-70B-Instruct');
  assert.equal(assessment.hosting?.provider, 'Amazon Bedrock');
  assert.deepEqual(assessment.hosting?.evidence, { alias: 'meta.llama3-1-70b-instruct-v1:0', ecosystem: 'bedrock' });
  assert.equal(assessment.commercialUse, 'conditional', 'the license still decides the verdict');
  assert.equal(assessment.rule, 'threshold', 'the license rule stays the first among equals');
  assert.equal(assessment.rules.at(-1), 'api-only');
  assert.match(assessment.message, /Llama 3\.1 Community License Agreement: commercial use allowed with conditions; a hosted API id \(Amazon Bedrock\): prompts leave your machine$/);
});

test('a cross-region Bedrock profile and a LiteLLM provider prefix are hosted too', () => {
  assert.equal(hostingOf('us.meta.llama3-1-70b-instruct-v1:0')?.provider, 'Amazon Bedrock');
  assert.equal(hostingOf('llama-3.3-70b-versatile')?.provider, 'Groq');
  const prefixed = engine.assess('together_ai/meta-llama/Llama-3.3-70B-Instruct');
  assert.equal(prefixed.resolution?.model.id, 'meta-llama/Llama-3.3-70B-Instruct');
  assert.deepEqual(prefixed.assessment.hosting, { provider: 'Together AI', evidence: { prefix: 'together_ai' } });
});

test('local spellings are not hosted: Hub ids, Ollama tags, GGUF re-uploads and file names', () => {
  for (const raw of [
    'meta-llama/Llama-3.1-8B-Instruct',
    'llama3.1:8b',
    'bartowski/Llama-3.2-3B-Instruct-GGUF:Q4_K_M',
    'Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf',
    'ollama/llama3.1:8b',
    'huggingface/meta-llama/Llama-3.1-8B-Instruct',
  ]) {
    assert.ok(engine.assess(raw).resolution, `${raw} resolves`);
    assert.equal(hostingOf(raw), undefined, raw);
    assert.ok(!engine.assess(raw).assessment.rules.includes('api-only'), raw);
  }
});

test('an id that is also a Hub repo id is the Hub id, not a provider prefix', () => {
  const { resolution, assessment } = engine.assess('openai/gpt-oss-20b');
  assert.equal(resolution?.via, 'id');
  assert.equal(assessment.hosting, undefined);
});

test('API-only models keep their own api-only verdict and message, with no hosting note', () => {
  const { assessment } = engine.assess('gpt-4o-2024-08-06');
  assert.equal(assessment.commercialUse, 'api-terms');
  assert.equal(assessment.hosting, undefined);
  assert.equal(assessment.rules.filter((rule) => rule === 'api-only').length, 1);
  assert.doesNotMatch(assessment.message, /hosted/);
});

test('an Apache-2.0 model on Bedrock gets an api-only finding, which a policy can raise', () => {
  const raw = 'mistral.mistral-7b-instruct-v0:2';
  const { resolution, assessment } = engine.assess(raw);
  assert.equal(resolution?.model.license, 'apache-2.0');
  assert.deepEqual(assessment.rules, ['api-only']);
  assert.equal(assessment.severity, 'info');
  const strict = createEngine({ dataset, policy: parsePolicy({ severity: { 'api-only': 'error' } }) });
  assert.equal(strict.assess(raw).assessment.severity, 'error');
  assert.equal(strict.assess('mistralai/Mistral-7B-Instruct-v0.2').assessment.severity, 'none');
});

test('the hover says the id is a hosted one instead of "runs locally"', () => {
  const raw = 'meta.llama3-1-70b-instruct-v1:0';
  const { resolution, assessment } = engine.assess(raw);
  const hover = renderHover({ raw, assessment, resolution, dataset });
  assert.match(hover, /\$\(cloud\) Hosted API id \(Amazon Bedrock\): prompts leave your machine/);
  assert.doesNotMatch(hover, /Runs locally/);
});

test('a provider id that is also how the weights are named is not taken as hosted', () => {
  // Together's id is the publisher's own FP8 repo; Azure's and Ollama's `mistral-nemo` are one spelling
  assert.equal(hostingOf('Qwen/Qwen3-Coder-480B-A35B-Instruct-FP8'), undefined);
  assert.equal(hostingOf('mistral-nemo'), undefined);
  assert.equal(hostingOf('meta-llama-3.1-8b-instruct'), undefined);
  // a provider path stays hosted even where its last segment is the model's name
  assert.equal(hostingOf('accounts/fireworks/models/deepseek-r1')?.provider, 'Fireworks AI');
});

test('hostile raw text: long name-like and blank runs before or without a provider prefix are read once', () => {
  // hostingOf straight away: the engine's resolver refuses raw text over 300 characters before it gets here
  const resolution = engine.assess('meta.llama3-1-70b-instruct-v1:0').resolution!;
  const normalized = { ...resolution, via: 'normalized' as const, matched: resolution.model.id };
  for (const raw of ['a'.repeat(200_000), ' '.repeat(200_000), `${'a_'.repeat(100_000)}!`, `${' '.repeat(100_000)}groq${'-'.repeat(100_000)}`]) {
    assert.equal(hostingOfRaw(raw, normalized, () => undefined), undefined);
  }
  assert.equal(hostingOfRaw(`${' '.repeat(1_000)}groq/x`, normalized, () => undefined)?.provider, 'Groq');
});

test("a publisher's own API id: the publisher's API terms govern it, not the weights' non-commercial license", () => {
  const raw = 'command-r-08-2024';
  const { resolution, assessment } = engine.assess(raw);
  assert.equal(resolution?.model.id, 'CohereLabs/c4ai-command-r-08-2024');
  assert.equal(resolution?.model.license, 'c4ai-cc-by-nc-4.0');
  assert.equal(assessment.license?.id, 'cohere-api-terms');
  assert.equal(assessment.commercialUse, 'api-terms');
  assert.equal(assessment.rule, 'api-only', 'the API is the point, as for an API-only model');
  assert.ok(!assessment.rules.includes('non-commercial'), assessment.rules.join());
  assert.equal(assessment.hosting?.provider, "Cohere Labs (Cohere)'s API");
  const hover = renderHover({ raw, assessment, resolution, dataset });
  assert.match(hover, /the API's terms apply, not the weights' license; the weights can also be downloaded and run locally, under /);
  assert.match(hover, /License: \[Cohere SaaS Agreement and Terms of Use\]/);

  const codestral = engine.assess('codestral-2405').assessment;
  assert.equal(codestral.license?.id, 'mistral-api-terms');
  assert.equal(codestral.commercialUse, 'api-terms');
});

test('API terms replace the license only for the publisher API; a policy override of the license still wins', () => {
  // the same weights through Ollama run locally, under the weights' license
  assert.equal(engine.assess('codestral:22b').assessment.license?.id, 'mnpl');
  const overridden = createEngine({
    dataset,
    policy: parsePolicy({ overrides: [{ model: 'mistralai/Codestral-22B-v0.1', license: 'apache-2.0', reason: 'commercial agreement with Mistral' }] }),
  });
  assert.equal(overridden.assess('codestral-2405').assessment.license?.id, 'apache-2.0');
});

test("a model named by its API id and by its Hub id: the report row shows the louder occurrence's terms", () => {
  const text = 'client.chat.complete(model="codestral-2405")\nAutoModel.from_pretrained("mistralai/Codestral-22B-v0.1")\n';
  const findings = engine.analyzeText(text, { file: 'app.py' });
  assert.deepEqual(findings.map((f) => [f.text, f.license, f.commercialUse]), [
    ['codestral-2405', 'mistral-api-terms', 'api-terms'],
    ['mistralai/Codestral-22B-v0.1', 'mnpl', 'not-allowed'],
  ]);
  const [row] = summarizeModels(findings, dataset);
  assert.equal(row?.id, 'mistralai/Codestral-22B-v0.1');
  assert.deepEqual([row?.license, row?.commercialUse, row?.severity, row?.occurrences], ['mnpl', 'not-allowed', 'warning', 2]);
});

test('an id two hosted providers share names both, and the publisher API terms decide', () => {
  // `mistral-large-2411` is Mistral's own API name and Azure AI Foundry's
  const { assessment } = engine.assess('mistral-large-2411');
  assert.equal(assessment.hosting?.provider, "Mistral AI's API or Microsoft Azure AI Foundry");
  assert.equal(assessment.license?.id, 'mistral-api-terms');
  assert.equal(assessment.commercialUse, 'api-terms');
  assert.ok(!assessment.rules.includes('research-only'), assessment.rules.join());
});

test("Cerebras' ids: hosted on Cerebras, with or without the LiteLLM prefix", () => {
  for (const raw of ['llama-3.3-70b', 'cerebras/llama-3.3-70b']) {
    const { resolution, assessment } = engine.assess(raw);
    assert.equal(resolution?.model.id, 'meta-llama/Llama-3.3-70B-Instruct', raw);
    assert.equal(assessment.hosting?.provider, 'Cerebras', raw);
  }
  assert.equal(engine.assess('llama3.1-8b').resolution?.model.id, 'meta-llama/Llama-3.1-8B-Instruct');
});

test("a bare name from an OpenRouter id resolves, but only the OpenRouter spelling says it is hosted there", () => {
  const bare = engine.assess('qwen-2.5-72b-instruct');
  assert.equal(bare.resolution?.model.id, 'Qwen/Qwen2.5-72B-Instruct');
  assert.equal(bare.assessment.hosting, undefined);
  assert.equal(hostingOf('qwen/qwen-2.5-72b-instruct')?.provider, 'OpenRouter');
  assert.equal(hostingOf('qwen/qwen-2.5-72b-instruct:free')?.provider, 'OpenRouter');
  // API-only models named the way tools write them
  assert.equal(engine.assess('claude-sonnet-4').resolution?.model.id, 'claude-sonnet-4-0');
  assert.equal(engine.assess('claude-3.5-sonnet').resolution?.model.id, 'claude-3-5-sonnet');
});
