import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderRulesReference } from '../../../src/core/report/rules';
import { VERSION } from '../../../src/core/version';

const root = join(__dirname, '../../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

test('the README lists every rule exactly as the generator writes it (SARIF help links land there)', () => {
  assert.ok(readme.includes(renderRulesReference()), 'regenerate the Rules section from renderRulesReference()');
});

test('the README gives the two set-up commands, and the version is the package version', () => {
  assert.match(readme, /npm ci && npm run scan -- /);
  assert.match(readme, /npm test/);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.equal(VERSION, pkg.version);
});
