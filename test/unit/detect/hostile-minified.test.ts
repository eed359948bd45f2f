// A minified bundle is one long statement full of `{`: the engine's windowed detection (prefilter hits, then code
// windows) must stay linear on it, as the whole-file path does. Loose bound: a quadratic pass takes minutes here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_POLICY } from '../../../src/core/assess/policy';
import { createEngine } from '../../../src/core/engine';
import { realDataset } from '../helpers/real-dataset';

const CHUNK = 'var a=function(b){return b&&b.c?b.d:{e:"<svg onload=alert(1)>",f:[1,2,3],g:"a/b/c/d"}};';

test('a 256 KB minified line with one model id is analysed in linear time', { timeout: 60_000 }, () => {
  const engine = createEngine({ dataset: realDataset(), policy: DEFAULT_POLICY });
  const text = 'var m={model:"gpt-4o"};' + CHUNK.repeat(Math.ceil((256 * 1024) / CHUNK.length));
  const started = performance.now();
  const findings = engine.analyzeText(text, { file: 'vendor.min.js' });
  const ms = performance.now() - started;
  assert.ok(findings.some((finding) => finding.modelId === 'gpt-4o'), 'the id is still found');
  assert.ok(ms < 3_000, `took ${ms.toFixed(0)} ms (the whole-file path takes about 0.3 s here)`);
});
