import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_POLICY } from '../../../src/core/assess/policy';
import { loadDataset } from '../../../src/core/dataset/load';
import { createEngine } from '../../../src/core/engine';
import { hubModelResponseSchema, toHubModelInfo } from '../../../src/core/online/hub-schema';
import { liveModelFromHub } from '../../../src/core/online/live-model';
import { createLiveEngine } from '../../../src/core/online/overlay';
import { renderHover } from '../../../src/core/present/hover';
import { fixture } from './fake-hub';

const { view } = loadDataset(readFileSync(join(__dirname, '../../fixtures/datasets/mini.json'), 'utf8'));
const engine = createEngine({ dataset: view, policy: DEFAULT_POLICY });

test('a hover on a live model says the facts come from a live Hub lookup, with the date; bundled hovers do not', () => {
  const info = toHubModelInfo(hubModelResponseSchema.parse(fixture('llama-3.1-finetune.json')));
  const model = liveModelFromHub(info, '2026-11-23T10:00:00.000Z', view);
  const live = createLiveEngine(engine, new Map([[model.id.toLowerCase(), model]]));
  const hover = (raw: string) => {
    const { resolution, assessment } = live.assess(raw);
    return renderHover({ raw, resolution, assessment, dataset: live.dataset });
  };
  const text = hover('acme-labs/support-bot-8b');
  assert.match(text, /live lookup/i);
  assert.match(text, /2026-11-23/);
  assert.match(text, /huggingface\.co\/acme-labs\/support-bot-8b/);
  assert.match(text, /Llama 3\.1/, 'the inherited terms are shown');
  assert.doesNotMatch(hover('meta-llama/Llama-3.1-8B-Instruct'), /live lookup/i);
});

test('the live engine marks its findings on live models (diagnostics, the editor report), also under another policy', () => {
  const info = toHubModelInfo(hubModelResponseSchema.parse(fixture('llama-3.1-finetune.json')));
  const model = liveModelFromHub(info, '2026-11-23T10:00:00.000Z', view);
  const live = createLiveEngine(engine, new Map([[model.id.toLowerCase(), model]]));
  const text = 'a = AutoModel.from_pretrained("acme-labs/support-bot-8b")\nb = AutoModel.from_pretrained("meta-llama/Llama-3.1-8B-Instruct")\n';
  for (const current of [live, live.withPolicy({ ...DEFAULT_POLICY, commercialProduct: true })]) {
    const findings = current.analyzeText(text, { file: 'app.py' });
    const bot = findings.find((f) => f.text === 'acme-labs/support-bot-8b')!;
    assert.deepEqual(bot.liveLookup, { checked: '2026-11-23', url: 'https://huggingface.co/acme-labs/support-bot-8b' });
    assert.match(bot.message, /\(live lookup on the Hugging Face Hub, 2026-11-23\)$/);
    assert.equal(findings.find((f) => f.text === 'meta-llama/Llama-3.1-8B-Instruct')!.liveLookup, undefined);
  }
  assert.equal(live.withPolicy({ ...DEFAULT_POLICY, commercialProduct: true }).analyzeText(text, { file: 'app.py' })[0]!.severity, 'warning');
});
