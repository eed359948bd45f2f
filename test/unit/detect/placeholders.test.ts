/** Stand-in names in examples and tests (`test-model`, `model-group-1`) are not reported as unknown models. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSoftTrap, judge } from '../../../src/core/detect/ids';
import { createEngine } from '../../../src/core/engine';
import { DEFAULT_POLICY } from '../../../src/core/assess/policy';
import { realDataset } from '../helpers/real-dataset';

const engine = createEngine({ dataset: realDataset(), policy: DEFAULT_POLICY });

test('placeholders: every word a stand-in word, at least one a marker', () => {
  for (const raw of ['test-model', 'model-group-1', 'your-preferred-model', 'my-org/my-model', 'Fake_LLM', 'example-model-2', 'mock-chat-model', 'username/model-name-lora', 'username/my_hub_model']) {
    assert.ok(isSoftTrap(raw), raw);
  }
  // a real name among the words, or no marker at all, is not a placeholder
  for (const raw of ['acme-labs/secret-model-7b', 'org/test-model-v2', 'chat-model', 'model-1', 'samplefactory/sample-llama-3b', 'bar-ilan/model', 'username/llama-3-sft-lora']) {
    assert.ok(!isSoftTrap(raw), raw);
  }
});

test('an unknown placeholder is dropped even in a strong context; a known id never is', () => {
  const isKnown = (raw: string) => raw === 'test-model';
  assert.equal(judge('your-model-2', 'strong', () => false), undefined);
  assert.equal(judge('test-model', 'strong', isKnown), true);
});

test('in a scan: placeholder names give no findings, real unknown ids still do', () => {
  const text = [
    'router = Router(model_list=[{"model_name": "model-group-1", "litellm_params": {"model": "test-model"}}])',
    'llm = LLM(model="your-preferred-model")',
    'm = AutoModel.from_pretrained("acme-labs/secret-model-7b")',
    '',
  ].join('\n');
  const findings = engine.analyzeText(text, { file: 'app.py' });
  assert.deepEqual(findings.map((f) => f.text), ['acme-labs/secret-model-7b']);
});

test('hostile: a long run of separators or of words is split once', () => {
  assert.equal(isSoftTrap(`test${'-'.repeat(100_000)}model`), true);
  assert.equal(isSoftTrap('test-'.repeat(20_000) + 'x'), false);
});
