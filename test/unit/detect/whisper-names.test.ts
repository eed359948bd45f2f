/** Whisper libraries' own model names resolve as the weights they download, while the finding keeps the text. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine } from '../../../src/core/engine';
import { DEFAULT_POLICY } from '../../../src/core/assess/policy';
import { fasterWhisperId, openaiWhisperId } from '../../../src/core/detect/whisper-names';
import { findingToJson } from '../../../src/core/report/json';
import { summarizeModels } from '../../../src/core/scan/summarize';
import { realDataset } from '../helpers/real-dataset';
import { detect } from './helpers';

const dataset = realDataset();
const engine = createEngine({ dataset, policy: DEFAULT_POLICY });
const findingsOf = (text: string, file = 'asr.py') => engine.analyzeText(text, { file });

test('openai-whisper and faster-whisper names map to the repos the libraries download', () => {
  assert.equal(openaiWhisperId('large-v3'), 'openai/whisper-large-v3');
  assert.equal(openaiWhisperId('turbo'), 'openai/whisper-large-v3-turbo');
  assert.equal(openaiWhisperId('large-v1'), 'openai/whisper-large');
  assert.equal(fasterWhisperId('large-v3'), 'Systran/faster-whisper-large-v3');
  assert.equal(fasterWhisperId('distil-large-v3'), 'Systran/faster-distil-whisper-large-v3');
  // repo ids, paths, unknown names and inherited object keys are resolved as written
  for (const written of ['openai/whisper-small', './ckpt/large.pt', 'huge', 'constructor', '__proto__', 'toString']) {
    assert.equal(openaiWhisperId(written), undefined, written);
    assert.equal(fasterWhisperId(written), undefined, written);
  }
});

test('whisper.load_model("large-v3"): a known model, the text kept as written', () => {
  const [finding] = findingsOf('import whisper\nmodel = whisper.load_model("large-v3")\n');
  assert.equal(finding?.text, 'large-v3');
  assert.equal(finding?.idInContext, 'openai/whisper-large-v3');
  assert.equal(finding?.modelId, 'openai/whisper-large-v3');
  assert.equal(finding?.commercialUse, 'allowed');
  assert.equal(findingToJson(finding!).idInContext, 'openai/whisper-large-v3');
});

test('faster-whisper, WhisperX and a name assigned before the call', () => {
  const text = [
    'from faster_whisper import WhisperModel',
    'fw = WhisperModel("distil-large-v3", device="cuda")',
    'wx = whisperx.load_model("large-v2", "cuda")',
    'size = "small.en"',
    'm = whisper.load_model(size)',
    '',
  ].join('\n');
  const found = findingsOf(text).map((f) => [f.text, f.idInContext, f.modelId]);
  assert.deepEqual(found, [
    ['distil-large-v3', 'Systran/faster-distil-whisper-large-v3', 'Systran/faster-distil-whisper-large-v3'],
    ['large-v2', 'Systran/faster-whisper-large-v2', 'Systran/faster-whisper-large-v2'],
    ['small.en', 'openai/whisper-small.en', 'openai/whisper-small.en'],
  ]);
});

test('a name the dataset lacks stays unknown, named by the repo it stands for', () => {
  const [finding] = findingsOf('m = WhisperModel("turbo")\n');
  assert.equal(finding?.text, 'turbo');
  assert.equal(finding?.modelId, null);
  assert.equal(finding?.rule, 'unknown-model');
  assert.equal(finding?.idInContext, 'mobiuslabsgmbh/faster-whisper-large-v3-turbo');
  assert.equal(summarizeModels([finding!], dataset)[0]?.id, 'mobiuslabsgmbh/faster-whisper-large-v3-turbo');
});

test('the same names elsewhere are not mapped: other callees, keyword values, a repo id in the call', () => {
  assert.deepEqual(findingsOf('m = AutoModel.from_pretrained("openai/whisper-small")\n').map((f) => f.idInContext), [undefined]);
  assert.deepEqual(findingsOf('m = whisper.load_model("openai/whisper-small")\n').map((f) => [f.text, f.idInContext]), [['openai/whisper-small', undefined]]);
  assert.equal(findingsOf('config = {"size": "large-v3"}\n').length, 0);
  // detection alone (the mini dataset) carries the mapped id too
  assert.equal(detect('whisper.load_model("medium")\n', 'python')[0]?.idInContext, 'openai/whisper-medium');
});
