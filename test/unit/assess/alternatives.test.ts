import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findAlternatives, spellingFor } from '../../../src/core/assess/alternatives';
import { resolveTerms } from '../../../src/core/assess/terms';
import { dataset } from '../present/fixture';

function model(id: string) {
  const found = dataset.getModel(id);
  assert.ok(found, `${id} is not in the mini dataset`);
  return found;
}

describe('alternatives: permissive models of similar size and task', () => {
  it('offers 7B-class Apache/MIT text generators for Llama 3.1 8B, closest size first', () => {
    const found = findAlternatives(model('meta-llama/Llama-3.1-8B-Instruct'), dataset);
    assert.ok(found.length > 0);
    assert.ok(found.length <= 3);
    for (const alternative of found) {
      assert.equal(alternative.model.task, 'text-generation');
      assert.equal(resolveTerms(alternative.model, dataset).commercialUse, 'allowed');
      assert.ok(alternative.sizeRatio <= 3, `${alternative.model.id} is not of similar size`);
    }
    const ratios = found.map((alternative) => alternative.sizeRatio);
    assert.deepEqual(ratios, [...ratios].sort((a, b) => a - b));
    assert.ok(!found.some((alternative) => alternative.model.id.startsWith('meta-llama/')));
  });

  it('never offers a model whose base model terms are unknown or restrictive', () => {
    const ids = findAlternatives(model('meta-llama/Llama-3.1-8B-Instruct'), dataset, { limit: 50 }).map((a) => a.model.id);
    assert.ok(!ids.includes('deepseek-ai/DeepSeek-R1-Distill-Qwen-7B'), 'its Qwen base is not in the dataset');
  });

  it('keeps the modality: image generators for FLUX.1 [dev]', () => {
    const found = findAlternatives(model('black-forest-labs/FLUX.1-dev'), dataset);
    assert.deepEqual(found.map((a) => a.model.id), ['black-forest-labs/FLUX.1-schnell']);
  });

  it('offers none for an API-only model (changing the id does not change the client) or of unknown size', () => {
    assert.deepEqual(findAlternatives(model('gpt-4o'), dataset), []);
    assert.deepEqual(findAlternatives(model('stabilityai/stable-diffusion-xl-base-1.0'), dataset), []);
  });

  it('offers none when nothing of that size exists', () => {
    assert.deepEqual(findAlternatives(model('meta-llama/Llama-3.1-70B-Instruct'), dataset, { maxSizeRatio: 1.05 }), []);
  });
});

describe('alternatives: written the way the original was', () => {
  const llama = () => model('meta-llama/Llama-3.1-8B-Instruct');
  const qwen = () => model('Qwen/Qwen2.5-7B-Instruct');

  it('a Hub id for a Hub id', () => {
    assert.equal(spellingFor(qwen(), llama(), { via: 'id', matched: llama().id }), 'Qwen/Qwen2.5-7B-Instruct');
  });

  it('an alias of the same ecosystem for an alias, or nothing', () => {
    const alias = llama().aliases[0];
    assert.ok(alias, 'the mini dataset gives Llama 3.1 8B an alias');
    const spelled = spellingFor(qwen(), llama(), { via: 'alias', matched: alias.id });
    const expected = qwen().aliases.find((candidate) => candidate.ecosystem === alias.ecosystem)?.id;
    assert.equal(spelled, alias.ecosystem === 'hf' ? qwen().id : expected);
  });

  it('nothing for a normalised spelling', () => {
    assert.equal(spellingFor(qwen(), llama(), { via: 'normalized', matched: llama().id }), undefined);
  });
});
