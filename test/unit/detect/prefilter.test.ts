/**
 * The prefilter may only ever skip text that yields nothing: every spelling the resolver accepts must contain an
 * anchor, and every context cue must be found however it is cased.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createModelResolver } from '../../../src/core/dataset/resolve';
import { buildPrefilter, HitKind } from '../../../src/core/detect/prefilter';
import { lookupKeys } from '../../../src/core/detect/prefilter/anchors';
import { realDataset } from '../helpers/real-dataset';

const models = realDataset().models();
const prefilter = buildPrefilter(models);
const resolver = createModelResolver({ models });

/** Spellings people write for an id: hosts, providers, tags, quantisation, regions, snapshots, file names. */
function writtenForms(id: string): string[] {
  const name = id.slice(id.lastIndexOf('/') + 1);
  return [
    id, id.toUpperCase(), `hf.co/${id}`, `https://huggingface.co/${id}`, `${id}:latest`, `${id}:Q4_K_M`, `${id}-GGUF`,
    `bartowski/${name}-GGUF`, `TheBloke/${name}-AWQ`, `${name}.Q4_K_M.gguf`, `openrouter/${id}`, `openai:${id}`,
    `us.${id}`, `${id}-2024-08-06`, `ft:${id}:acme::abc123`, `models/${id}`, `ollama/${id}`, `${id}:free`,
    `arn:aws:bedrock:us-east-1::foundation-model/${id}`, `projects/p/locations/l/publishers/google/models/${id}`,
  ];
}

test('prefilter: builds for the real dataset', () => {
  assert.ok(prefilter, 'some id of the real dataset has no anchor');
});

test('prefilter: every lookup key, id and alias of the real dataset contains an anchor', () => {
  const missed: string[] = [];
  for (const model of models) {
    for (const key of [...lookupKeys(model), model.id, ...model.aliases.map((a) => a.id)]) {
      if (!(prefilter!.scan(key).flags & HitKind.anchor)) missed.push(`${model.id}: ${key}`);
    }
  }
  assert.deepEqual(missed.slice(0, 20), []);
});

test('prefilter: every written form the resolver accepts contains an anchor', () => {
  const missed: string[] = [];
  let accepted = 0;
  for (const model of models) {
    for (const id of [model.id, ...model.aliases.map((a) => a.id)]) {
      for (const form of writtenForms(id)) {
        if (!resolver.isKnown(form)) continue;
        accepted++;
        if (!(prefilter!.scan(form).flags & HitKind.anchor)) missed.push(form);
      }
    }
  }
  assert.ok(accepted > models.length * 3, `only ${accepted} forms resolved`);
  assert.deepEqual(missed.slice(0, 20), []);
});

test('prefilter: context cues are found in any case and with a separator inside', () => {
  for (const text of ['MODEL_ID=x', 'modelId: x', 'check_point: x', 'PRE-TRAINED=x', 'repoId', 'ollama run x', 'vLLM serve x', '-hf x', 'x.GGUF']) {
    assert.ok(prefilter!.scan(text).flags & HitKind.cue, text);
  }
  assert.ok(prefilter!.scan('x = load("org/x")').flags & HitKind.cue, 'bare load(');
  assert.equal(prefilter!.scan('json.load(f); download(u); payload').flags & HitKind.cue, 0);
  assert.equal(prefilter!.scan('the user asked for a value in the cache').count, 0);
});
