/** The readers on files written by the formats' reference libraries (see test/fixtures/model-files/README.md). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readModelFileHeader } from '../../../src/core/modelfile/read-model-file';

test('GGUF written by gguf-py: the general.* metadata as the converter wrote it', async () => {
  const file = await readModelFileHeader('test/fixtures/model-files/reference-llama.gguf', 'gguf');
  if (file.format !== 'gguf' || !file.result.ok) return assert.fail(JSON.stringify(file));
  const { header } = file.result;
  assert.equal(header.version, 3);
  assert.equal(header.tensorCount, 1);
  assert.equal(header.complete, false, 'stopped at the tokenizer section');
  assert.deepEqual(header.general, {
    'general.architecture': 'llama',
    'general.type': 'model',
    'general.name': 'Meta Llama 3.1 8B Instruct',
    'general.basename': 'Meta-Llama-3.1',
    'general.finetune': 'Instruct',
    'general.size_label': '8B',
    'general.license': 'llama3.1',
    'general.license.link': 'https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/blob/main/LICENSE',
    'general.base_model.count': 1,
    'general.base_model.0.name': 'Meta Llama 3.1 8B',
    'general.base_model.0.organization': 'Meta Llama',
    'general.base_model.0.repo_url': 'https://huggingface.co/meta-llama/Meta-Llama-3.1-8B',
  });
});

test('safetensors written by the safetensors library: metadata, tensors, parameters', async () => {
  const file = await readModelFileHeader('test/fixtures/model-files/reference.safetensors', 'safetensors');
  if (file.format !== 'safetensors' || !file.result.ok) return assert.fail(JSON.stringify(file));
  assert.deepEqual(file.result.header, {
    headerBytes: 224,
    tensorCount: 2,
    parameterCount: 9,
    metadata: { format: 'pt', license: 'apache-2.0', 'modelspec.title': 'Reference' },
  });
});
