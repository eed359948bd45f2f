import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ScanResult } from '../../../src/core/finding';
import { FINGERPRINT_KEY, renderSarif, SARIF_SCHEMA } from '../../../src/core/report/sarif';
import { RULE_CODES } from '../../../src/core/vocabulary';
import { loadDataset, loadScanResult } from './fixture';

const render = (result: ScanResult = loadScanResult()) => JSON.parse(renderSarif(result, loadDataset()));

test('a SARIF 2.1.0 log with one rule per diagnostic code, each with descriptions and a help URI', () => {
  const log = render();
  assert.equal(log.version, '2.1.0');
  assert.equal(log.$schema, SARIF_SCHEMA);
  assert.equal(log.runs.length, 1);
  const rules = log.runs[0].tool.driver.rules;
  assert.deepEqual(rules.map((rule: any) => rule.id), [...RULE_CODES]);
  for (const rule of rules) {
    assert.ok(rule.shortDescription.text && rule.fullDescription.text && rule.name);
    assert.equal(rule.helpUri, `https://github.com/ai-license-lens/ai-license-lens#rule-${rule.id}`);
  }
});

test('results: findings worth reporting, not suppressed, each pointing at an existing rule', () => {
  const log = render();
  const run = log.runs[0];
  const results = run.results;
  assert.equal(results.length, 6); // 9 findings: 2 with severity "none", 1 suppressed
  for (const result of results) {
    assert.equal(run.tool.driver.rules[result.ruleIndex].id, result.ruleId);
    assert.ok(['error', 'warning', 'note'].includes(result.level));
    const location = result.locations[0].physicalLocation;
    assert.equal(location.artifactLocation.uriBaseId, '%SRCROOT%');
    assert.doesNotMatch(location.artifactLocation.uri, /^\/|^file:/);
    assert.ok(location.region.startLine >= 1 && location.region.startColumn >= 1);
    assert.match(result.partialFingerprints[FINGERPRINT_KEY], /^[0-9a-f]{16}$/);
  }
  assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, 'file:///home/dev/shop/');
  const weird = results.find((result: any) => result.properties.text.startsWith('<img'));
  assert.equal(weird.locations[0].physicalLocation.artifactLocation.uri, 'src/we%7Cird%20(1).py');
  assert.equal(weird.level, 'note');
});

test('fingerprints survive line shifts and differ between occurrences of the same id in a file', () => {
  const before = render();
  const shifted = loadScanResult();
  for (const finding of shifted.findings) {
    finding.line += 7;
    finding.endLine += 7;
  }
  const after = render(shifted);
  const prints = (log: any) => log.runs[0].results.map((result: any) => result.partialFingerprints[FINGERPRINT_KEY]);
  assert.deepEqual(prints(after), prints(before));
  assert.equal(new Set(prints(before)).size, prints(before).length);
});

test('a relative root declares no %SRCROOT% URI (viewers resolve against the checkout)', () => {
  const result = { ...loadScanResult(), root: '.' };
  assert.equal(render(result).runs[0].originalUriBaseIds, undefined);
});
