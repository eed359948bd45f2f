/**
 * The ecosystem alias inputs of the data build (data-src/aliases/*.json): their shape, their sources, that
 * each alias names exactly one model and is not a spelling the engine already resolves, and spot checks of
 * the ids people write most (Ollama tags, Bedrock / Vertex / OpenRouter / Groq / Together / Fireworks ids).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ALIAS_ECOSYSTEMS, publisherFileSchema, sourceSchema } from '../../../src/core/dataset/schema';
import { ollamaAliasFile } from '../../../scripts/data/importers/aliases-ollama';
import { dockerAliasFile } from '../../../scripts/data/importers/aliases-docker';

const ROOT = join(__dirname, '..', '..', '..');
const ALIASES = join(ROOT, 'data-src', 'aliases');
const API_MODELS = join(ROOT, 'data-src', 'api-models');

const aliasFileSchema = z
  .object({
    sources: z.array(sourceSchema).min(1),
    aliases: z.array(z.object({ model: z.string().min(2), id: z.string().min(2), ecosystem: z.enum(ALIAS_ECOSYSTEMS), source: z.string() }).strict()),
  })
  .strict();

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const files = new Map(
  readdirSync(ALIASES)
    .filter((name) => name.endsWith('.json'))
    .map((name) => [name, aliasFileSchema.parse(readJson(join(ALIASES, name)))] as const),
);
const all = [...files.entries()].flatMap(([file, content]) => content.aliases.map((alias) => ({ ...alias, file })));
const apiModels = readdirSync(API_MODELS)
  .filter((name) => name.endsWith('.json'))
  .flatMap((name) => publisherFileSchema.parse(readJson(join(API_MODELS, name))).models);
const apiIds = new Set(apiModels.map((model) => model.id.toLowerCase()));
const commonStrings = new Set(
  readFileSync(join(ROOT, 'scripts', 'data', 'common-strings.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim().toLowerCase())
    .filter((line) => line && !line.startsWith('#')),
);

/** Alias id (lower case) -> every model it is attached to, across all alias files and API-model files. */
const ownersById = new Map<string, Set<string>>();
const own = (id: string, model: string) => {
  const key = id.toLowerCase();
  ownersById.set(key, (ownersById.get(key) ?? new Set()).add(model));
};
for (const alias of all) own(alias.id, alias.model);
for (const model of apiModels) for (const alias of model.aliases) own(alias.id, model.id);
const owners = (id: string) => [...(ownersById.get(id.toLowerCase()) ?? [])];

const ownerOf = (id: string, ecosystem: string) => {
  const hits = all.filter((alias) => alias.id === id && alias.ecosystem === ecosystem);
  assert.equal(hits.length > 0, true, `no ${ecosystem} alias ${id}`);
  return hits[0]!.model;
};

test('every alias file has the shape the build reads, and uses exactly the sources it lists', () => {
  assert.ok(files.size >= 4, `only ${files.size} alias files`);
  for (const [name, content] of files) {
    const listed = new Set(content.sources.map((source) => source.id));
    assert.equal(listed.size, content.sources.length, `${name}: duplicate source ids`);
    const used = new Set(content.aliases.map((alias) => alias.source));
    for (const id of used) assert.ok(listed.has(id), `${name}: alias cites unknown source ${id}`);
    for (const id of listed) assert.ok(used.has(id), `${name}: source ${id} is never cited`);
  }
});

test('each alias names exactly one model', () => {
  const seen = new Set<string>();
  for (const alias of all) {
    const key = alias.id.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    assert.deepEqual(owners(alias.id), [alias.model], `${alias.id} (${alias.file})`);
  }
});

test('no alias is a canonical id, a spelling the engine already resolves, or a common word', () => {
  const targets = new Set([...apiIds, ...all.map((alias) => alias.model.toLowerCase())]);
  for (const alias of all) {
    const key = alias.id.toLowerCase();
    assert.ok(!targets.has(key), `${alias.id} is itself a model id (${alias.file})`);
    const name = alias.model.slice(alias.model.lastIndexOf('/') + 1).toLowerCase();
    assert.notEqual(key, name, `${alias.id} only repeats the Hub name of ${alias.model}`);
    assert.ok(!commonStrings.has(key) && !commonStrings.has(key.split('/').pop()!), `${alias.id} is a common string`);
  }
});

test('Bedrock aliases carry no cross-region prefix, and aliases of API models name an API model', () => {
  for (const alias of all) {
    if (alias.ecosystem === 'bedrock') assert.doesNotMatch(alias.id, /^(us|eu|apac|au|jp|ca|us-gov|global)\./, alias.id);
    // Hub ids have an org; everything else must be one of the API-only models
    if (!alias.model.includes('/')) assert.ok(apiIds.has(alias.model.toLowerCase()), `${alias.id} -> unknown API model ${alias.model}`);
  }
});

test('Ollama tags name the instruct model of the right size', () => {
  assert.equal(ownerOf('llama3.1:8b', 'ollama'), 'meta-llama/Llama-3.1-8B-Instruct');
  assert.equal(ownerOf('llama3.1', 'ollama'), 'meta-llama/Llama-3.1-8B-Instruct');
  assert.equal(ownerOf('deepseek-r1:7b', 'ollama'), 'deepseek-ai/DeepSeek-R1-Distill-Qwen-7B');
  assert.equal(ownerOf('deepseek-r1:70b', 'ollama'), 'deepseek-ai/DeepSeek-R1-Distill-Llama-70B');
  assert.equal(ownerOf('qwen2.5:7b', 'ollama'), 'Qwen/Qwen2.5-7B-Instruct');
  assert.equal(ownerOf('gemma2:9b', 'ollama'), 'google/gemma-2-9b-it');
  assert.equal(ownerOf('mistral:7b', 'ollama'), 'mistralai/Mistral-7B-Instruct-v0.3');
  assert.equal(ownerOf('gpt-oss:20b', 'ollama'), 'openai/gpt-oss-20b');
  assert.equal(ownerOf('nomic-embed-text', 'ollama'), 'nomic-ai/nomic-embed-text-v1.5');
});

test('cloud provider ids name the model they serve', () => {
  assert.equal(ownerOf('anthropic.claude-3-5-sonnet-20241022-v2:0', 'bedrock'), 'claude-3-5-sonnet');
  assert.equal(ownerOf('anthropic.claude-haiku-4-5-20251001-v1:0', 'bedrock'), 'claude-haiku-4-5');
  assert.equal(ownerOf('meta.llama3-1-8b-instruct-v1:0', 'bedrock'), 'meta-llama/Llama-3.1-8B-Instruct');
  assert.equal(ownerOf('deepseek.r1-v1:0', 'bedrock'), 'deepseek-ai/DeepSeek-R1');
  assert.equal(ownerOf('amazon.nova-pro-v1:0', 'bedrock'), 'nova-pro-v1');
  assert.equal(ownerOf('claude-3-5-sonnet-v2@20241022', 'vertex'), 'claude-3-5-sonnet');
  assert.equal(ownerOf('anthropic/claude-3.5-sonnet', 'openrouter'), 'claude-3-5-sonnet');
  assert.equal(ownerOf('llama-3.1-8b-instant', 'groq'), 'meta-llama/Llama-3.1-8B-Instruct');
  assert.equal(ownerOf('meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo', 'together'), 'meta-llama/Llama-3.1-8B-Instruct');
  assert.equal(ownerOf('accounts/fireworks/models/llama-v3p1-8b-instruct', 'fireworks'), 'meta-llama/Llama-3.1-8B-Instruct');
  assert.equal(ownerOf('ai/llama3.1', 'docker'), 'meta-llama/Llama-3.1-8B-Instruct');
});

test('Cohere API names of CC-BY-NC Hub models are aliases of the Hub model, not API models', () => {
  assert.equal(ownerOf('command-r-plus-08-2024', 'api'), 'CohereLabs/c4ai-command-r-plus-08-2024');
  assert.ok(!apiIds.has('command-r-plus-08-2024'));
});

test('the Ollama and Docker files are what their generators write', () => {
  assert.deepEqual(files.get('ollama.json'), ollamaAliasFile());
  assert.deepEqual(files.get('docker.json'), dockerAliasFile());
});
