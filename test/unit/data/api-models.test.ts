/**
 * The API-only model inputs of the data build (data-src/api-models/*.json): they parse as PublisherFiles,
 * ids and aliases are unique, every fact names a source, and the tricky entries say what they should.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publisherFileSchema, type Model, type PublisherFile } from '../../../src/core/dataset/schema';

const DIR = join(__dirname, '..', '..', '..', 'data-src', 'api-models');
const files = readdirSync(DIR).filter((name) => name.endsWith('.json'));
const parsed = new Map<string, PublisherFile>(
  files.map((name) => [name, publisherFileSchema.parse(JSON.parse(readFileSync(join(DIR, name), 'utf8')))]),
);
const models: Model[] = [...parsed.values()].flatMap((file) => file.models);
const byName = (id: string) => models.find((model) => model.id === id);
const byAlias = (alias: string) => models.filter((model) => model.aliases.some((a) => a.id.toLowerCase() === alias.toLowerCase()));

test('every api-models file parses as a PublisherFile named after its publisher', () => {
  assert.ok(files.length >= 9, `only ${files.length} files`);
  for (const [name, file] of parsed) {
    assert.equal(name, `${file.publisher.id}.json`);
    for (const model of file.models) assert.equal(model.publisher, file.publisher.id, model.id);
  }
});

test('ids and aliases are unique case-insensitively, and no alias repeats a canonical id', () => {
  const seen = new Map<string, string>();
  for (const model of models) {
    const key = model.id.toLowerCase();
    assert.ok(!seen.has(key), `${model.id} twice`);
    seen.set(key, model.id);
  }
  for (const model of models) {
    for (const alias of model.aliases) {
      const key = alias.id.toLowerCase();
      assert.ok(!seen.has(key), `alias ${alias.id} of ${model.id} collides with ${seen.get(key)}`);
      seen.set(key, model.id);
    }
  }
});

test('every entry is API-only under its provider terms', () => {
  for (const model of models) {
    assert.equal(model.license, 'proprietary', model.id);
    // null only for a provider whose terms the license catalog does not list yet (Alibaba Model Studio)
    if (model.publisher !== 'Qwen') assert.match(model.apiTerms ?? '', /-(api-terms|terms)$/, model.id);
    assert.equal(model.availability, 'api-only', model.id);
    assert.equal(model.opennessClass, 'api-only', model.id);
  }
});

test('every non-null fact has provenance, and provenance and aliases only name the entry’s sources', () => {
  const facts = ['name', 'family', 'releaseDate', 'modality', 'task', 'license', 'apiTerms', 'availability', 'opennessClass'] as const;
  for (const model of models) {
    const sourceIds = new Set(model.sources.map((source) => source.id));
    assert.equal(sourceIds.size, model.sources.length, `${model.id}: duplicate source ids`);
    for (const fact of facts) {
      if (model[fact] !== null && model[fact] !== undefined) assert.ok(model.provenance[fact], `${model.id}: no provenance for ${fact}`);
    }
    for (const [component, level] of Object.entries(model.openness)) {
      if (level !== 'unknown') assert.ok(model.provenance[`openness.${component}`], `${model.id}: no provenance for openness.${component}`);
    }
    for (const [field, ids] of Object.entries(model.provenance)) {
      for (const id of ids) assert.ok(sourceIds.has(id), `${model.id}: ${field} cites unknown source ${id}`);
    }
    for (const alias of model.aliases) assert.ok(alias.source && sourceIds.has(alias.source), `${model.id}: alias ${alias.id}`);
  }
});

test('gpt-4o is API-only under the OpenAI API terms, with its dated snapshots as api aliases', () => {
  const gpt4o = byName('gpt-4o');
  assert.ok(gpt4o);
  assert.equal(gpt4o.apiTerms, 'openai-api-terms');
  assert.equal(gpt4o.openness.weights, 'closed');
  assert.equal(gpt4o.openness.paper, 'partial');
  assert.deepEqual(byAlias('gpt-4o-2024-08-06').map((m) => m.id), ['gpt-4o']);
});

test('a Claude dated snapshot is an api alias of its undated model', () => {
  assert.deepEqual(byAlias('claude-3-5-sonnet-20241022').map((m) => m.id), ['claude-3-5-sonnet']);
  assert.deepEqual(byAlias('claude-sonnet-4-20250514').map((m) => m.id), ['claude-sonnet-4-0']);
  assert.equal(byAlias('claude-sonnet-4-5-20250929')[0]?.apiTerms, 'anthropic-api-terms');
});

test('open-weight families stay out: no Gemma, no Cohere Command R, no open Mistral model', () => {
  for (const id of ['gemma-4-31b-it', 'command-r-plus-08-2024', 'open-mistral-7b', 'mistral-large-2411', 'pixtral-12b']) {
    assert.equal(byName(id), undefined, id);
    assert.deepEqual(byAlias(id), [], id);
  }
});

test('DeepSeek API names point at the open model they serve', () => {
  const chat = byName('deepseek-chat');
  assert.ok(chat);
  assert.equal(chat.apiTerms, 'deepseek-api-terms');
  assert.equal(chat.openness.weights, 'open');
  assert.match(chat.notes?.join(' ') ?? '', /deepseek-ai\/DeepSeek-V3/);
  assert.match(chat.notes?.join(' ') ?? '', /retired on 2026-07-24/);
  // a name whose weights no source confirms stays unknown rather than inheriting the vendor's open weights
  assert.equal(byName('deepseek-flash')?.openness.weights, 'unknown');
});

test('a curated value that overrides models.dev records the conflict', () => {
  const gpt4 = byName('gpt-4');
  assert.equal(gpt4?.releaseDate, '2023-03-14');
  assert.equal(gpt4?.conflicts?.[0]?.field, 'releaseDate');
  assert.equal(gpt4?.conflicts?.[0]?.winner, 'vendor-models');
});

test('a model released after the models.dev snapshot cites the release note it was read from', () => {
  const opus5 = byName('claude-opus-5');
  assert.ok(opus5);
  assert.equal(opus5.releaseDate, '2026-07-24');
  assert.deepEqual(opus5.provenance.releaseDate, ['release-note']);
  assert.equal(opus5.sources.find((source) => source.id === 'release-note')?.kind, 'repository');
  assert.deepEqual(byAlias('gpt-5.6').map((model) => model.id), ['gpt-5.6-sol']);
});
