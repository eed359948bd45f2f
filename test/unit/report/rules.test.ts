import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allRules, githubAnchor, renderRulesReference, ruleHelpUri } from '../../../src/core/report/rules';
import { RULE_CODES } from '../../../src/core/vocabulary';

test('every rule code has a name, a short and a full description', () => {
  const rules = allRules();
  assert.deepEqual(rules.map((rule) => rule.code), [...RULE_CODES]);
  for (const rule of rules) {
    assert.match(rule.name, /^[A-Z][A-Za-z]+$/);
    assert.ok(rule.short.endsWith('.') && rule.full.length > rule.short.length);
  }
  assert.equal(new Set(rules.map((rule) => rule.name)).size, rules.length);
});

test('the README rule headings produce exactly the anchors the help URIs link to', () => {
  const headings = renderRulesReference()
    .split('\n')
    .filter((line) => line.startsWith('### '))
    .map((line) => line.slice(4));
  assert.deepEqual(
    headings.map((heading) => `https://github.com/ai-license-lens/ai-license-lens#${githubAnchor(heading)}`),
    RULE_CODES.map(ruleHelpUri),
  );
});
