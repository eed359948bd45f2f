/**
 * How provider ids from models.dev become aliases of API models, on an in-memory snapshot: prefixes and
 * version suffixes are read, region profiles and spellings the engine already resolves are skipped, and a
 * host's copy of an open model never lands on a vendor's API entry.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Model, PublisherFile } from '../../../src/core/dataset/schema';
import { providerAliases } from '../../../scripts/data/importers/models-dev/provider-aliases';
import type { ModelsDevRecord, ModelsDevSnapshot } from '../../../scripts/data/importers/models-dev/read';
import { buildAliasFile, isRedundant } from '../../../scripts/data/importers/aliases-table';
import type { Source } from '../../../src/core/dataset/schema';

const record = (provider: string, id: string, baseModel?: string): ModelsDevRecord => ({ provider, id, baseModel, input: [], output: [] });

const model = (id: string, publisher: string, aliases: string[] = [], weights: 'closed' | 'open' = 'closed'): Model =>
  ({
    id,
    publisher,
    aliases: aliases.map((alias) => ({ id: alias, ecosystem: 'api' })),
    openness: { weights, inferenceCode: 'unknown', trainingCode: 'unknown', trainingData: 'unknown', paper: 'unknown' },
  }) as unknown as Model;

const file = (publisher: string, models: Model[]): PublisherFile => ({ publisher: { id: publisher } as PublisherFile['publisher'], models });

const files = [
  file('anthropic', [model('claude-3-5-sonnet', 'anthropic', ['claude-3-5-sonnet-20241022'])]),
  file('openai', [model('gpt-4o', 'openai')]),
  file('deepseek-ai', [model('deepseek-chat', 'deepseek-ai', [], 'open')]),
];

const snapshot = (records: ModelsDevRecord[]): ModelsDevSnapshot => ({
  catalogue: new Map(),
  provider: (name) => records.filter((r) => r.provider === name),
});

test('Bedrock, Vertex and OpenRouter spellings reduce to the vendor model', () => {
  const aliases = providerAliases(
    snapshot([
      record('amazon-bedrock', 'anthropic.claude-3-5-sonnet-20241022-v2:0'),
      record('google-vertex-anthropic', 'claude-3-5-sonnet-v2@20241022'),
      record('google-vertex-anthropic', 'claude-3-5-sonnet@20241022'),
      record('openrouter', 'anthropic/claude-3.5-sonnet'),
    ]),
    files,
  );
  assert.deepEqual(
    aliases.map((a) => `${a.ecosystem}:${a.id}->${a.model}`),
    [
      'bedrock:anthropic.claude-3-5-sonnet-20241022-v2:0->claude-3-5-sonnet',
      'vertex:claude-3-5-sonnet@20241022->claude-3-5-sonnet',
      'openrouter:anthropic/claude-3.5-sonnet->claude-3-5-sonnet',
    ],
  );
});

test('region profiles, OpenRouter variants and ids the engine already resolves are left out', () => {
  const aliases = providerAliases(
    snapshot([
      record('amazon-bedrock', 'us.anthropic.claude-3-5-sonnet-20241022-v2:0'),
      record('openrouter', 'anthropic/claude-3.5-sonnet:beta'),
      record('openrouter', 'openai/gpt-4o', 'openai/gpt-4o'),
      record('azure', 'gpt-4o'),
    ]),
    files,
  );
  assert.deepEqual(aliases, []);
});

test('a host serving open weights under a vendor name is not an alias of the vendor API entry', () => {
  const aliases = providerAliases(snapshot([record('openrouter', 'deepseek/deepseek-chat-v3', 'deepseek/deepseek-chat')]), files);
  assert.deepEqual(aliases, []);
});

test('an alias that only repeats the Hub name or a stripped provider prefix is redundant', () => {
  assert.equal(isRedundant('meta-llama/Llama-3.1-8B-Instruct', 'meta-llama/llama-3.1-8b-instruct'), true);
  assert.equal(isRedundant('meta-llama/Meta-Llama-3-8B-Instruct', 'meta-llama-3-8b-instruct'), true);
  assert.equal(isRedundant('grok-3', 'x-ai/grok-3'), true);
  assert.equal(isRedundant('meta-llama/Meta-Llama-3-8B-Instruct', 'meta-llama/llama-3-8b-instruct'), false);
  assert.equal(isRedundant('claude-3-5-sonnet', 'anthropic/claude-3.5-sonnet'), false);
});

test('a table row with its own source cites it, and keeps a spelling another ecosystem already gave the model', () => {
  const page = (id: string): Source => ({ id, kind: 'vendor-page', url: `https://example.org/${id}`, title: id, checked: '2026-11-23' });
  const file = buildAliasFile([
    { ecosystem: 'azure', source: page('azure'), entries: { 'acme/Big-Instruct-2411': ['big-2411'], 'acme/Small-Instruct-2503': ['small-2503'] } },
    {
      ecosystem: 'api',
      source: page('acme-api'),
      entries: { 'acme/Big-Instruct-2411': [{ id: 'big-2411', source: page('acme-big') }], 'acme/Small-Instruct-2503': ['small-2503'] },
    },
  ]);
  assert.deepEqual(
    file.aliases.map((alias) => [alias.id, alias.ecosystem, alias.source]),
    [
      ['big-2411', 'azure', 'azure'],
      ['small-2503', 'azure', 'azure'],
      ['big-2411', 'api', 'acme-big'],
    ],
  );
  assert.deepEqual(file.sources.map((source) => source.id), ['azure', 'acme-big']);
});
