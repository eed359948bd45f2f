import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePolicyFile } from '../../../src/core/assess/policy-file';
import { addToAllowList } from '../../../src/core/present/policy-allow-edit';

describe('allow-list edits of .ai-license-lens.json', () => {
  it('creates a file the policy parser accepts', () => {
    const change = addToAllowList(undefined, 'allowedLicenses', 'llama3.1');
    assert.equal(change.kind, 'create');
    const parsed = parsePolicyFile((change as { text: string }).text);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.policy.allowedLicenses, ['llama3.1']);
  });

  it('appends to an existing list and keeps the comments', () => {
    const before = '{\n  // our lawyers said yes\n  "allowedLicenses": ["mit"], /* reviewed 2026 */\n  "commercialProduct": true\n}\n';
    const change = addToAllowList(before, 'allowedLicenses', 'apache-2.0');
    assert.equal(change.kind, 'edit');
    const after = (change as { text: string }).text;
    assert.match(after, /\/\/ our lawyers said yes/);
    assert.match(after, /\/\* reviewed 2026 \*\//);
    const parsed = parsePolicyFile(after);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.policy.allowedLicenses, ['mit', 'apache-2.0']);
    assert.equal(parsed.policy.commercialProduct, true);
  });

  it('adds a missing list', () => {
    const change = addToAllowList('{ "commercialProduct": false }', 'allowedModels', 'black-forest-labs/FLUX.1-dev');
    const parsed = parsePolicyFile((change as { text: string }).text);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.policy.allowedModels, ['black-forest-labs/FLUX.1-dev']);
  });

  it('does nothing when the value is already there, and refuses a broken file', () => {
    assert.equal(addToAllowList('{"allowedModels": ["A/b"]}', 'allowedModels', 'a/B').kind, 'unchanged');
    assert.equal(addToAllowList('{"allowedModels": ', 'allowedModels', 'a/b').kind, 'error');
    assert.equal(addToAllowList('{"allowedModels": "a"}', 'allowedModels', 'a/b').kind, 'error');
  });
});
