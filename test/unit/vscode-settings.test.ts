// Settings are declared once (src/core/settings.ts); package.json must offer exactly those keys, with the same
// types, defaults and descriptions, or the settings editor and the extension would disagree.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { mergePolicyInputs } from '../../src/core/assess/policy-file';
import { parsePolicy } from '../../src/core/assess/policy';
import Ajv from 'ajv';
import {
  configurationProperties,
  policyFileJsonSchema,
  DEFAULT_SETTINGS,
  parseSettings,
  policyInputFromSettings,
  SETTINGS_SECTION,
} from '../../src/core/settings';

const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

describe('settings: package.json matches the schema', () => {
  const declared: Record<string, Record<string, unknown>> = manifest.contributes.configuration.properties;

  it('declares exactly the schema keys', () => {
    assert.deepEqual(Object.keys(declared).sort(), Object.keys(configurationProperties()).sort());
    for (const key of Object.keys(declared)) assert.ok(key.startsWith(`${SETTINGS_SECTION}.`), key);
  });

  it('gives each key the same type, default and description', () => {
    for (const [key, expected] of Object.entries(configurationProperties())) {
      assert.deepEqual(declared[key], expected, key);
      assert.ok(typeof declared[key]!.description === 'string' && (declared[key]!.description as string).length > 10, `${key} has no description`);
    }
  });

  it('declares the report command and untrusted-workspace support', () => {
    const commands: Array<{ command: string; title: string }> = manifest.contributes.commands;
    assert.equal(
      commands.find((entry) => entry.command === 'aiLicenseLens.showReport')?.title,
      'AI License Lens: Workspace AI Dependency Report',
    );
    // Limited only by the online lookup: a workspace cannot switch it on (machine scope, restricted configuration).
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations, ['aiLicenseLens.online.enabled']);
    assert.equal(declared['aiLicenseLens.online.enabled']!.scope, 'machine');
  });
});

describe('settings: parsing', () => {
  it('gives the defaults when nothing is set', () => {
    const { settings, problems } = parseSettings(() => undefined);
    assert.deepEqual(settings, DEFAULT_SETTINGS);
    assert.deepEqual(problems, []);
    assert.equal(settings['diagnostics.debounceMs'], 300);
  });

  it('replaces one bad value by its default and says which', () => {
    const raw: Record<string, unknown> = { 'diagnostics.debounceMs': -5, commercialProduct: true, severity: { 'api-only': 'loud' } };
    const { settings, problems } = parseSettings((key) => raw[key]);
    assert.equal(settings['diagnostics.debounceMs'], 300);
    assert.equal(settings.commercialProduct, true);
    assert.deepEqual(settings.severity, {});
    assert.equal(problems.length, 2);
    assert.match(problems[0]!, /aiLicenseLens\.diagnostics\.debounceMs/);
  });

  it('feeds the policy, and the workspace file merges over it', () => {
    const raw: Record<string, unknown> = { allowedLicenses: ['mit'], severity: { 'api-only': 'none' } };
    const { settings } = parseSettings((key) => raw[key]);
    const merged = parsePolicy(
      mergePolicyInputs(policyInputFromSettings(settings), { allowedLicenses: ['apache-2.0'], severity: { threshold: 'warning' } }),
    );
    assert.deepEqual(merged.allowedLicenses, ['mit', 'apache-2.0']);
    assert.deepEqual(merged.severity, { 'api-only': 'none', threshold: 'warning' });
    assert.equal(merged.commercialProduct, false);
  });
});

describe('the policy file schema offered to the editor', () => {
  const shipped = JSON.parse(readFileSync(new URL('../../media/policy.schema.json', import.meta.url), 'utf8'));

  it('is the one the policy schema gives, and package.json points .ai-license-lens.json at it', () => {
    assert.deepEqual(shipped, policyFileJsonSchema());
    assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: '.ai-license-lens.json', url: './media/policy.schema.json' }]);
    assert.deepEqual(manifest.contributes.languages, [{ id: 'jsonc', filenames: ['.ai-license-lens.json'] }]);
  });

  it('accepts what the parser accepts and rejects what it rejects', () => {
    const validate = new Ajv({ strict: false }).compile(shipped);
    assert.ok(validate({ $schema: './x.json', commercialProduct: true, severity: { 'api-only': 'none' }, overrides: [{ model: 'a/*', reason: 'contract' }] }), JSON.stringify(validate.errors));
    assert.ok(!validate({ allowedLicense: ['mit'] }), 'a misspelt key');
    assert.ok(!validate({ severity: { 'api-only': 'loud' } }), 'an unknown severity');
    assert.ok(!validate({ overrides: [{ model: 'a/*' }] }), 'an override without a reason');
  });
});
