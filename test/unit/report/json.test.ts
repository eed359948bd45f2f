import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderJson } from '../../../src/core/report/json';
import { loadScanResult } from './fixture';

const FINDING_KEYS = [
  'file', 'line', 'column', 'endLine', 'endColumn', 'kind', 'text', 'modelId', 'license',
  'commercialUse', 'openness', 'severity', 'message',
];

test('the CLI JSON keeps the contract: key order, no offsets, optional fields only when set', () => {
  const text = renderJson(loadScanResult());
  assert.ok(text.endsWith('}\n'));
  assert.match(text, /^\{\n {2}"tool": \{\n {4}"name": "ai-license-lens"/);
  const json = JSON.parse(text);
  assert.deepEqual(Object.keys(json), ['tool', 'root', 'findings', 'models', 'stats']);
  for (const finding of json.findings) {
    const keys = Object.keys(finding);
    assert.deepEqual(keys.slice(0, FINDING_KEYS.length), FINDING_KEYS);
    assert.ok(!('start' in finding) && !('end' in finding));
  }
  const plain = json.findings.find((f: any) => f.file === 'config/models.yaml');
  assert.deepEqual(Object.keys(plain), FINDING_KEYS); // rule null, rules empty: both left out
  const suppressed = json.findings.find((f: any) => f.suppressed);
  assert.deepEqual(Object.keys(suppressed).slice(FINDING_KEYS.length), ['rule', 'rules', 'suppressed']);
  assert.deepEqual(Object.keys(json.stats), ['filesScanned', 'filesSkipped', 'bytesScanned', 'ms', 'skippedByReason']);
  assert.deepEqual(Object.keys(json.stats.skippedByReason), ['binary', 'too-large']);
  assert.deepEqual(Object.keys(json.models[0]), [
    'id', 'name', 'publisher', 'license', 'commercialUse', 'openness', 'severity', 'rule', 'files', 'occurrences',
  ]);
});

test('the same scan gives the same bytes', () => {
  assert.equal(renderJson(loadScanResult()), renderJson(loadScanResult()));
});
