import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measureDetection } from '../../../scripts/measure-detection';

test('fixture monorepo: recall >= 0.97 and precision >= 0.99 against expected.json', () => {
  const m = measureDetection();
  assert.ok(m.files >= 40, `only ${m.files} fixture files`);
  assert.ok(m.expected >= 300, `only ${m.expected} true references`);
  const detail = [...m.falsePositives.map((r) => `FP ${r.file}:${r.line} ${r.text}`), ...m.misses.map((r) => `miss ${r.file}:${r.line} ${r.text}`)].join('\n');
  assert.ok(m.recall >= 0.97, `recall ${m.recall.toFixed(4)}\n${detail}`);
  assert.ok(m.precision >= 0.99, `precision ${m.precision.toFixed(4)}\n${detail}`);
});
