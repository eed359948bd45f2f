import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePolicyFile } from '../../../src/core/assess/policy-file';
import { matchesPattern, severityFor, applyPolicy } from '../../../src/core/assess/apply-policy';
import { DEFAULT_POLICY, parsePolicy } from '../../../src/core/assess/policy';

test('the policy file accepts comments and trailing commas, and fills defaults', () => {
  const result = parsePolicyFile(`{
    // we sell this product
    "commercialProduct": true,
    "deniedLicenses": ["cc-by-nc-4.0"],
    "overrides": [{ "model": "acme/*", "reason": "our own models", "severity": "none" }],
  }`);
  assert.ok(result.ok);
  assert.equal(result.policy.commercialProduct, true);
  assert.deepEqual(result.policy.allowedLicenses, []);
  assert.equal(result.policy.failOn, 'error');
});

test('bad policy files give one clear line', () => {
  const broken = parsePolicyFile('{ "commercialProduct": ');
  assert.equal(broken.ok, false);
  assert.match((broken as { error: string }).error, /not valid JSON/);
  const noReason = parsePolicyFile('{ "overrides": [{ "model": "x/y", "reason": "" }] }');
  assert.equal(noReason.ok, false);
  assert.match((noReason as { error: string }).error, /overrides\.0\.reason/);
  const unknownKey = parsePolicyFile('{ "allowLicense": ["mit"] }');
  assert.equal(unknownKey.ok, false);
});

test('wildcards match without regexes, case-insensitively', () => {
  assert.ok(matchesPattern('meta-llama/*', 'Meta-Llama/Llama-3.1-8B'));
  assert.ok(matchesPattern('*-GGUF', 'TheBloke/Llama-2-7B-GGUF'));
  assert.ok(matchesPattern('a*b*c', 'aXXbYYc'));
  assert.ok(!matchesPattern('a*b*c', 'acb'));
  assert.ok(!matchesPattern('ab*ba', 'aba'));
});

test('commercial-product mode raises non-commercial to error and conditional terms to warning', () => {
  assert.equal(severityFor('non-commercial', DEFAULT_POLICY), 'warning');
  assert.equal(severityFor('threshold', DEFAULT_POLICY), 'info');
  const commercial = parsePolicy({ commercialProduct: true });
  assert.equal(severityFor('non-commercial', commercial), 'error');
  assert.equal(severityFor('threshold', commercial), 'warning');
  assert.equal(severityFor('api-only', commercial), 'info');
  const configured = parsePolicy({ commercialProduct: true, severity: { 'non-commercial': 'info' } });
  assert.equal(severityFor('non-commercial', configured), 'info');
});

test('deny wins over allow; allowed licenses silence only when every license in the chain is allowed', () => {
  const policy = parsePolicy({ allowedLicenses: ['llama3.1'], deniedModels: ['bad/*'], allowedModels: ['bad/*'] });
  const denied = applyPolicy(['use-restricted'], policy, { ids: ['bad/model'], licenseIds: ['mit'] });
  assert.equal(denied.rule, 'denied-model');
  assert.equal(denied.severity, 'error');
  const allowed = applyPolicy(['threshold'], policy, { ids: ['x/y'], licenseIds: ['llama3.1'] });
  assert.equal(allowed.severity, 'none');
  assert.equal(allowed.allowedBy, 'license');
  const chain = applyPolicy(['non-commercial'], policy, { ids: ['x/y'], licenseIds: ['llama3.1', 'cc-by-nc-4.0'] });
  assert.equal(chain.severity, 'warning');
});
