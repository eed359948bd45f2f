import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { datasetSchema, type Model } from '../../../src/core/dataset/schema';
import { createModelResolver } from '../../../src/core/dataset/resolve';

const mini = datasetSchema.parse(JSON.parse(readFileSync('test/fixtures/datasets/mini.json', 'utf8')));
const resolver = createModelResolver(mini);

/** raw as written -> canonical id it must resolve to, and how. */
const resolves: Array<[string, string, 'id' | 'alias' | 'normalized']> = [
  ['meta-llama/Llama-3.1-8B-Instruct', 'meta-llama/Llama-3.1-8B-Instruct', 'id'],
  ['META-LLAMA/llama-3.1-8b-instruct', 'meta-llama/Llama-3.1-8B-Instruct', 'id'],
  ['gpt-4o', 'gpt-4o', 'id'],
  ['gpt-4o-2024-08-06', 'gpt-4o', 'alias'],
  ['meta-llama/Meta-Llama-3.1-8B-Instruct', 'meta-llama/Llama-3.1-8B-Instruct', 'alias'],
  // provider prefixes (LiteLLM, OpenRouter, hosted SDKs)
  ['openai/gpt-4o', 'gpt-4o', 'alias'],
  ['openrouter/openai/gpt-4o-mini', 'gpt-4o-mini', 'normalized'],
  ['azure/gpt-4o', 'gpt-4o', 'alias'],
  ['groq/llama-3.1-8b-instant', 'meta-llama/Llama-3.1-8B-Instruct', 'normalized'],
  ['together_ai/meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo', 'meta-llama/Llama-3.1-8B-Instruct', 'normalized'],
  ['huggingface/meta-llama/Llama-3.1-70B-Instruct', 'meta-llama/Llama-3.1-70B-Instruct', 'normalized'],
  ['hf.co/meta-llama/Llama-3.2-1B-Instruct', 'meta-llama/Llama-3.2-1B-Instruct', 'normalized'],
  ['ollama/llama3.1', 'meta-llama/Llama-3.1-8B-Instruct', 'normalized'],
  ['ollama_chat/qwen2.5:72b', 'Qwen/Qwen2.5-72B-Instruct', 'normalized'],
  ['vertex_ai/gemini-1.5-pro', 'gemini-1.5-pro', 'normalized'],
  ['anthropic/claude-3.5-sonnet', 'claude-3-5-sonnet-20241022', 'alias'],
  ['openrouter/anthropic/claude-3.5-sonnet', 'claude-3-5-sonnet-20241022', 'normalized'],
  ['meta-llama/llama-3.1-8b-instruct:free', 'meta-llama/Llama-3.1-8B-Instruct', 'normalized'],
  // LangChain provider:model
  ['openai:gpt-4o-mini', 'gpt-4o-mini', 'normalized'],
  ['anthropic:claude-3-5-haiku-latest', 'claude-3-5-haiku-20241022', 'normalized'],
  ['google_genai:gemini-2.0-flash', 'gemini-2.0-flash', 'normalized'],
  // promptfoo provider ids
  ['ollama:chat:llama3.1:8b', 'meta-llama/Llama-3.1-8B-Instruct', 'normalized'],
  ['anthropic:messages:claude-3-5-haiku-latest', 'claude-3-5-haiku-20241022', 'normalized'],
  ['vertex:gemini-1.5-pro', 'gemini-1.5-pro', 'normalized'],
  ['local:BAAI/bge-small-en-v1.5', 'BAAI/bge-small-en-v1.5', 'normalized'],
  // OpenAI fine-tunes resolve to their base (the provider's terms apply)
  ['ft:gpt-4o-mini-2024-07-18:acme::9XyZabc', 'gpt-4o-mini', 'normalized'],
  ['ft:gpt-4o-2024-08-06:acme:support-v2:AbC123', 'gpt-4o', 'normalized'],
  // Bedrock: ids, region prefixes, ARNs, `:0` versions
  ['anthropic.claude-3-5-sonnet-20241022-v2:0', 'claude-3-5-sonnet-20241022', 'alias'],
  ['us.anthropic.claude-3-5-sonnet-20241022-v2:0', 'claude-3-5-sonnet-20241022', 'normalized'],
  ['eu.meta.llama3-1-8b-instruct-v1:0', 'meta-llama/Llama-3.1-8B-Instruct', 'normalized'],
  ['global.anthropic.claude-sonnet-4-20250514-v1:0', 'claude-sonnet-4-20250514', 'normalized'],
  ['arn:aws:bedrock:us-east-1::foundation-model/meta.llama3-8b-instruct-v1:0', 'meta-llama/Meta-Llama-3-8B-Instruct', 'normalized'],
  ['bedrock/us.meta.llama3-1-70b-instruct-v1:0', 'meta-llama/Llama-3.1-70B-Instruct', 'normalized'],
  ['deepseek.r1-v1', 'deepseek-ai/DeepSeek-R1', 'alias'],
  // Vertex / Google / Fireworks resource paths
  ['projects/acme/locations/us-central1/publishers/google/models/gemini-1.5-pro-002', 'gemini-1.5-pro', 'normalized'],
  ['publishers/anthropic/models/claude-sonnet-4@20250514', 'claude-sonnet-4-20250514', 'normalized'],
  ['models/gemini-2.0-flash', 'gemini-2.0-flash', 'normalized'],
  // API snapshots
  ['gpt-4o-mini-2024-07-18', 'gpt-4o-mini', 'alias'],
  ['gpt-4o-2025-01-31', 'gpt-4o', 'normalized'],
  ['claude-3-5-haiku-latest', 'claude-3-5-haiku-20241022', 'alias'],
  // Ollama tags
  ['llama3.1:8b', 'meta-llama/Llama-3.1-8B-Instruct', 'alias'],
  ['llama3.1:latest', 'meta-llama/Llama-3.1-8B-Instruct', 'alias'],
  ['llama3.1:8b-instruct-q4_K_M', 'meta-llama/Llama-3.1-8B-Instruct', 'normalized'],
  ['llama3.1:70b-instruct-q8_0', 'meta-llama/Llama-3.1-70B-Instruct', 'normalized'],
  ['qwen2.5:7b-instruct-fp16', 'Qwen/Qwen2.5-7B-Instruct', 'normalized'],
  ['mistral:latest', 'mistralai/Mistral-7B-Instruct-v0.3', 'normalized'],
  ['deepseek-r1:7b', 'deepseek-ai/DeepSeek-R1-Distill-Qwen-7B', 'alias'],
  // Docker Model Runner
  ['ai/llama3.2', 'meta-llama/Llama-3.2-3B-Instruct', 'alias'],
  ['ai/llama3.2:1B-Q8_0', 'meta-llama/Llama-3.2-1B-Instruct', 'alias'],
  ['ai/llama3.1:latest', 'meta-llama/Llama-3.1-8B-Instruct', 'normalized'],
  // re-uploads: declared, and by name under a re-upload org or with a format suffix
  ['TheBloke/Llama-2-7B-GGUF', 'meta-llama/Llama-2-7b-hf', 'alias'],
  ['TheBloke/Llama-2-7B-Chat-GGUF', 'meta-llama/Llama-2-7b-chat-hf', 'normalized'],
  ['Qwen/Qwen2.5-7B-Instruct-AWQ', 'Qwen/Qwen2.5-7B-Instruct', 'alias'],
  ['Qwen/Qwen2.5-72B-Instruct-GPTQ-Int4', 'Qwen/Qwen2.5-72B-Instruct', 'normalized'],
  ['mlx-community/Mistral-7B-Instruct-v0.3-4bit', 'mistralai/Mistral-7B-Instruct-v0.3', 'normalized'],
  ['unsloth/Meta-Llama-3.1-8B-Instruct-bnb-4bit', 'meta-llama/Llama-3.1-8B-Instruct', 'normalized'],
  ['Xenova/all-MiniLM-L6-v2', 'sentence-transformers/all-MiniLM-L6-v2', 'normalized'],
  ['someone/gemma-2-9b-it-GGUF', 'google/gemma-2-9b-it', 'normalized'],
  ['all-MiniLM-L6-v2', 'sentence-transformers/all-MiniLM-L6-v2', 'normalized'],
  ['bert-base-uncased', 'google-bert/bert-base-uncased', 'alias'],
  // llama.cpp -hf repo:quant and Ollama hf.co pulls
  ['bartowski/Meta-Llama-3.1-8B-Instruct-GGUF:Q4_K_M', 'meta-llama/Llama-3.1-8B-Instruct', 'normalized'],
  ['hf.co/bartowski/gemma-2-9b-it-GGUF:Q8_0', 'google/gemma-2-9b-it', 'normalized'],
  // GGUF file names
  ['Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf', 'meta-llama/Llama-3.1-8B-Instruct', 'normalized'],
  ['llama-2-7b-chat.Q4_K_M.gguf', 'meta-llama/Llama-2-7b-chat-hf', 'normalized'],
  ['mistral-7b-instruct-v0.2.Q5_K_S.gguf', 'mistralai/Mistral-7B-Instruct-v0.2', 'normalized'],
  ['qwen2.5-7b-instruct-q4_k_m-00001-of-00002.gguf', 'Qwen/Qwen2.5-7B-Instruct', 'normalized'],
  ['https://huggingface.co/black-forest-labs/FLUX.1-dev', 'black-forest-labs/FLUX.1-dev', 'normalized'],
];

for (const [raw, id, via] of resolves) {
  test(`resolves ${raw}`, () => {
    const resolution = resolver.resolve(raw);
    assert.ok(resolution, `${raw} did not resolve`);
    assert.equal(resolution.model.id, id);
    assert.equal(resolution.via, via);
    assert.equal(resolver.isKnown(raw), true);
  });
}

const unknown = [
  'actions/checkout@v4', 'ollama/ollama', 'vllm/vllm-openai:latest', 'application/json', '2024/01', 'main',
  'LlamaForCausalLM', 'src/gpt2', 'models/llama3.1', 'acme/llama-3.1-8b-instruct', 'llama3.1:405b', 'llama3.2:90b',
  'meta-llama/Llama-3.1-405B-Instruct', 'gpt-5', 'ai/llama3.1:70B-Q4_K_M', 'openai', 'mistral-7b', 'q4_k_m', '', 'a', 'x'.repeat(400),
];
for (const raw of unknown) {
  test(`does not resolve ${JSON.stringify(raw.slice(0, 40))}`, () => {
    assert.equal(resolver.resolve(raw), undefined);
    assert.equal(resolver.isKnown(raw), false);
  });
}

test('a spelling two models claim resolves to nothing rather than to one of them', () => {
  const [a, b] = mini.models;
  const clash: Model[] = [
    { ...a!, aliases: [{ id: 'shared-name', ecosystem: 'ollama' }] },
    { ...b!, aliases: [{ id: 'shared-name', ecosystem: 'ollama' }] },
    { ...a!, id: 'org-one/twin-7b-instruct', aliases: [] },
    { ...b!, id: 'org-two/twin-7b-instruct', aliases: [] },
  ];
  const r = createModelResolver({ models: clash });
  assert.equal(r.resolve('shared-name'), undefined);
  assert.equal(r.resolve('shared-name:latest'), undefined);
  assert.equal(r.resolve('TheBloke/twin-7b-instruct-GGUF'), undefined);
  assert.equal(r.resolve('org-one/twin-7b-instruct')?.model.id, 'org-one/twin-7b-instruct');
});

test('a dataset that lists quantised repos as models of their own keeps names unambiguous', () => {
  const base = mini.models.find((m) => m.id === 'Qwen/Qwen2.5-7B-Instruct')!;
  const models: Model[] = [
    { ...base, aliases: [] },
    { ...base, id: 'Qwen/Qwen2.5-7B-Instruct-GGUF', aliases: [] },
    { ...base, id: 'Qwen/Qwen2.5-7B-Instruct-AWQ', aliases: [] },
  ];
  const r = createModelResolver({ models });
  assert.equal(r.resolve('qwen2.5-7b-instruct-q4_k_m.gguf')?.model.id, 'Qwen/Qwen2.5-7B-Instruct');
  assert.equal(r.resolve('mlx-community/Qwen2.5-7B-Instruct-4bit')?.model.id, 'Qwen/Qwen2.5-7B-Instruct');
  assert.equal(r.resolve('bartowski/Qwen2.5-7B-Instruct-GGUF')?.model.id, 'Qwen/Qwen2.5-7B-Instruct-GGUF');
  assert.equal(r.resolve('Qwen/Qwen2.5-7B-Instruct-AWQ')?.model.id, 'Qwen/Qwen2.5-7B-Instruct-AWQ');
});

test('works with any dataset of the schema, including an empty one', () => {
  const r = createModelResolver({ models: [] });
  assert.equal(r.resolve('gpt-4o'), undefined);
});

test('resolve stays fast on long hostile input', () => {
  const hostile = ['a/'.repeat(150), '-'.repeat(299), 'q4_'.repeat(99), ':'.repeat(299), 'x.gguf'.repeat(49)];
  const started = performance.now();
  for (let i = 0; i < 200; i++) for (const raw of hostile) resolver.resolve(raw);
  assert.ok(performance.now() - started < 10_000); // generous: a backtracking blow-up takes minutes, not seconds
});

test('every id and alias of the dataset resolves to its own model', () => {
  for (const model of mini.models) {
    for (const spelling of [model.id, ...model.aliases.map((a) => a.id)]) {
      assert.equal(resolver.resolve(spelling)?.model.id, model.id, spelling);
      assert.equal(resolver.resolve(spelling.toUpperCase())?.model.id, model.id, spelling.toUpperCase());
    }
  }
});
