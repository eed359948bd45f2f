/** The pieces of the model pipeline that read facts from names and curated files. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { activeParametersFromName, isQuantizedName, parametersFromName } from '../../../scripts/data/name-facts';
import { expandBraces } from '../../../scripts/data/curated-schema';
import { sameWeightsName, unquantizedName } from '../../../scripts/data/reuploads';
import { indexCatalog } from '../../../scripts/data/licenses';
import { opennessClassOf } from '../../../scripts/data/finalize';

test('parameter counts follow the Hub naming conventions', () => {
  assert.equal(parametersFromName('meta-llama/Llama-3.1-8B-Instruct'), 8e9);
  assert.equal(parametersFromName('Qwen/Qwen2.5-0.5B'), 5e8);
  assert.equal(parametersFromName('EleutherAI/pythia-70m'), 7e7);
  assert.equal(parametersFromName('bigscience/bloom-1b7'), 1.7e9);
  assert.equal(parametersFromName('facebook/m2m100_418M'), 4.18e8);
  assert.equal(parametersFromName('Qwen/Qwen3-30B-A3B'), 30e9);
  assert.equal(activeParametersFromName('Qwen/Qwen3-30B-A3B'), 3e9);
  // A mixture's "8x7B" is not its total, and names without a size say nothing.
  assert.equal(parametersFromName('mistralai/Mixtral-8x7B-v0.1'), null);
  assert.equal(parametersFromName('sentence-transformers/all-MiniLM-L6-v2'), null);
  assert.equal(parametersFromName('google/gemma-3n-E4B-it'), null);
});

test('quantised and converted re-uploads are recognised by name', () => {
  assert.ok(isQuantizedName('TheBloke/Llama-2-7B-Chat-GGUF'));
  assert.ok(isQuantizedName('Qwen/Qwen2.5-7B-Instruct-AWQ'));
  assert.ok(isQuantizedName('unsloth/llama-3-8b-bnb-4bit'));
  assert.ok(!isQuantizedName('meta-llama/Llama-3.1-8B'));
  assert.ok(sameWeightsName('TheBloke/Llama-2-7B-Chat-GGUF', 'meta-llama/Llama-2-7b-chat-hf'));
  assert.ok(sameWeightsName('unsloth/Meta-Llama-3.1-8B-Instruct', 'meta-llama/Llama-3.1-8B-Instruct'));
  assert.ok(!sameWeightsName('bartowski/Llama-3.1-8B-Instruct-abliterated-GGUF', 'meta-llama/Llama-3.1-8B-Instruct'));
  assert.equal(unquantizedName('Qwen/Qwen2.5-7B-Instruct-GPTQ-Int4'), 'Qwen/Qwen2.5-7B-Instruct');
  assert.equal(unquantizedName('Qwen/Qwen3-8B-FP8'), 'Qwen/Qwen3-8B');
  assert.equal(unquantizedName('Qwen/Qwen3-8B'), null);
});

test('curated ids expand braces, including empty options', () => {
  assert.deepEqual(expandBraces('Qwen/Qwen3-{8B,14B}{,-Base}'), ['Qwen/Qwen3-8B', 'Qwen/Qwen3-8B-Base', 'Qwen/Qwen3-14B', 'Qwen/Qwen3-14B-Base']);
  assert.deepEqual(expandBraces('openai/gpt-oss-20b'), ['openai/gpt-oss-20b']);
});

test('card licenses resolve through the catalog: Hub ids, "other" + license_name, synonyms; unknown stays null', () => {
  const catalog = indexCatalog(
    [
      { id: 'apache-2.0', commercialUse: 'allowed' },
      { id: 'deepseek', commercialUse: 'conditional' },
      { id: 'tongyi-qianwen', commercialUse: 'conditional', aliases: ['qianwen'] },
    ],
    true,
  );
  assert.equal(catalog.resolveCard('apache-2.0', undefined), 'apache-2.0');
  assert.equal(catalog.resolveCard(['apache-2.0'], undefined), 'apache-2.0');
  assert.equal(catalog.resolveCard('other', 'deepseek-license'), 'deepseek');
  assert.equal(catalog.resolveCard('other', 'tongyi-qianwen-license-agreement'), 'tongyi-qianwen');
  assert.equal(catalog.resolveCard('other', 'Qianwen'), 'tongyi-qianwen');
  assert.equal(catalog.resolveCard('other', 'some-vendor-license'), null);
  assert.equal(catalog.resolveCard('other', undefined), null);
  assert.equal(catalog.resolveCard('unknown', undefined), null);
  assert.equal(catalog.resolveCard(['mit', 'apache-2.0'], undefined), null);
});

test('the openness class follows the license verdict and the open components', () => {
  const open = { weights: 'open', inferenceCode: 'open', trainingCode: 'open', trainingData: 'open', paper: 'open' } as const;
  const weightsOnly = { ...open, trainingCode: 'closed', trainingData: 'closed' } as const;
  assert.equal(opennessClassOf({ availability: 'open-weights', license: 'apache-2.0', openness: open }, 'allowed'), 'open-source');
  assert.equal(opennessClassOf({ availability: 'open-weights', license: 'apache-2.0', openness: weightsOnly }, 'allowed'), 'open-weight');
  assert.equal(opennessClassOf({ availability: 'gated-weights', license: 'llama3.1', openness: weightsOnly }, 'conditional'), 'restricted-weight');
  assert.equal(opennessClassOf({ availability: 'open-weights', license: 'mrl', openness: open }, 'not-allowed'), 'restricted-weight');
  assert.equal(opennessClassOf({ availability: 'open-weights', license: null, openness: open }, 'unknown'), 'unknown');
  assert.equal(opennessClassOf({ availability: 'api-only', license: 'proprietary', openness: weightsOnly }, 'api-terms'), 'api-only');
});
