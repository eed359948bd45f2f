/**
 * The editor's settings (`aiLicenseLens.*`), declared once. package.json's `contributes.configuration` must
 * list the same keys with the same defaults and descriptions (a unit test checks it). The policy fields reuse
 * the policy schema, so the settings, `.ai-license-lens.json` and the CLI accept the same values.
 */
import { z } from 'zod';
import type { PolicyInput } from './assess/policy';
import { policySchema } from './assess/policy';

/** The section every key lives under: `aiLicenseLens.enable`, `aiLicenseLens.diagnostics.enabled`... */
export const SETTINGS_SECTION = 'aiLicenseLens';

const policy = policySchema.shape;

export const settingsSchema = z.object({
  enable: z.boolean().default(true).describe('Show AI License Lens hovers, diagnostics and the status bar item.'),
  'hover.enabled': z.boolean().default(true).describe('Show license, openness and terms when hovering a model id.'),
  'diagnostics.enabled': z
    .boolean()
    .default(true)
    .describe('Report license findings of open files in the Problems panel.'),
  'diagnostics.debounceMs': z
    .number()
    .int()
    .min(0)
    .max(5000)
    .default(300)
    .describe('Milliseconds to wait after the last keystroke before a changed file is checked again.'),
  'statusBar.enabled': z
    .boolean()
    .default(true)
    .describe('Show the count of AI models and warnings in the status bar; clicking it opens the report.'),
  maxFileSize: z
    .number()
    .int()
    .min(1024)
    .max(1024 * 1024 * 1024)
    .default(5 * 1024 * 1024)
    .describe('Files larger than this many bytes are not analysed (the editor and the workspace report).'),
  'online.enabled': z
    .boolean()
    .default(false)
    .describe(
      'Look up models the bundled dataset does not know on the Hugging Face Hub (their card\'s license and base model), in the background, cached for a week. Only in trusted workspaces; a user setting, a workspace cannot switch it on. HF_TOKEN in the environment gives access to gated repos.',
    ),
  commercialProduct: policy.commercialProduct.describe(
    'This workspace ships a commercial product: non-commercial and research-only terms become errors and conditional terms warnings.',
  ),
  allowedLicenses: policy.allowedLicenses.describe('License ids (e.g. "apache-2.0", "llama3.1") that never raise a finding.'),
  deniedLicenses: policy.deniedLicenses.describe('License ids that are always an error (rule "denied-license").'),
  allowedModels: policy.allowedModels.describe('Model ids, "*" wildcards allowed, that never raise a finding.'),
  deniedModels: policy.deniedModels.describe('Model ids, "*" wildcards allowed, that are always an error (rule "denied-model").'),
  severity: policy.severity.describe(
    'Severity per rule ("error", "warning", "info" or "none"); rules not named keep their default.',
  ),
  overrides: policy.overrides.describe(
    'Per-model overrides: { "model", "reason" (required), optional "severity" and "license" }.',
  ),
  exclude: policy.exclude.describe('Globs, relative to the workspace folder, that the workspace report does not scan.'),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(settingsSchema.shape) as SettingKey[];

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Settings only the user may set (scope `machine`): a workspace must not make the extension reach the network. */
export const MACHINE_SETTINGS: ReadonlySet<SettingKey> = new Set<SettingKey>(['online.enabled']);

/** The settings that belong to the policy, in the shape the policy schema takes. */
const POLICY_KEYS = [
  'commercialProduct',
  'allowedLicenses',
  'deniedLicenses',
  'allowedModels',
  'deniedModels',
  'severity',
  'overrides',
  'exclude',
] as const satisfies readonly (SettingKey & keyof PolicyInput)[];

export interface ParsedSettings {
  settings: Settings;
  /** One line per value that was invalid and replaced by its default. */
  problems: string[];
}

/**
 * Reads raw values (what `getConfiguration` returns per key; undefined = not set) key by key, so one bad value
 * falls back to its default without discarding the others.
 */
export function parseSettings(read: (key: SettingKey) => unknown): ParsedSettings {
  const settings: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const key of SETTING_KEYS) {
    const field = settingsSchema.shape[key];
    const result = field.safeParse(read(key));
    if (result.success) {
      settings[key] = result.data;
    } else {
      settings[key] = DEFAULT_SETTINGS[key];
      problems.push(`${SETTINGS_SECTION}.${key}: ${result.error.issues[0]?.message ?? 'invalid value'}; using the default`);
    }
  }
  return { settings: settings as Settings, problems };
}

/** The policy part of the settings, to merge under `.ai-license-lens.json` (mergePolicyInputs). */
export function policyInputFromSettings(settings: Settings): PolicyInput {
  const input: Record<string, unknown> = {};
  for (const key of POLICY_KEYS) input[key] = settings[key];
  return input as PolicyInput;
}

/**
 * The `contributes.configuration.properties` that package.json must carry, derived from the schema: the same
 * keys, types, defaults and descriptions. Rule-keyed objects get one property per rule so the settings editor
 * can offer each rule's severities.
 */
export function configurationProperties(): Record<string, Record<string, unknown>> {
  const properties: Record<string, Record<string, unknown>> = {};
  for (const key of SETTING_KEYS) {
    const { $schema: _schema, ...json } = z.toJSONSchema(settingsSchema.shape[key], { io: 'input' }) as Record<string, unknown>;
    const names = (json.propertyNames as { enum?: string[] } | undefined)?.enum;
    if (names) {
      const value = json.additionalProperties;
      delete json.propertyNames;
      json.properties = Object.fromEntries(names.map((name) => [name, value]));
      json.additionalProperties = false;
    }
    properties[`${SETTINGS_SECTION}.${key}`] = { ...json, scope: MACHINE_SETTINGS.has(key) ? 'machine' : 'resource' };
  }
  return properties;
}

/** Policy fields that only the workspace file and the CLI use (no editor setting). */
const POLICY_ONLY_DESCRIPTIONS: Record<string, string> = {
  failOn: 'The lowest severity that makes the CLI exit with 1 ("never": always exit 0).',
};

/**
 * The JSON schema of `.ai-license-lens.json` (media/policy.schema.json, offered through `jsonValidation`), from
 * the same policy schema, so the editor completes and checks exactly what the parser accepts.
 */
export function policyFileJsonSchema(): Record<string, unknown> {
  const { $schema: _draft, ...json } = z.toJSONSchema(policySchema, { io: 'input' }) as Record<string, unknown>;
  const properties: Record<string, unknown> = { $schema: { type: 'string', description: 'Where this schema lives (ignored).' } };
  for (const [key, value] of Object.entries(json.properties as Record<string, Record<string, unknown>>)) {
    const description = key in settingsSchema.shape ? settingsSchema.shape[key as SettingKey].description : POLICY_ONLY_DESCRIPTIONS[key];
    properties[key] = description ? { description, ...value } : value;
  }
  return { $schema: 'http://json-schema.org/draft-07/schema#', title: 'AI License Lens policy', ...json, properties };
}
