/**
 * The policy: which licenses and models a team accepts, how loud each rule is. One schema serves the
 * VS Code settings (`aiLicenseLens.*`), the workspace file `.ai-license-lens.json` and the CLI.
 */
import { z } from 'zod';
import { RULE_CODES, SEVERITIES, type RuleCode, type Severity } from '../vocabulary';

const severity = z.enum(SEVERITIES);

export const modelOverrideSchema = z
  .object({
    /** Canonical id or the id as written; `*` wildcards allowed. */
    model: z.string().min(1),
    /** Why the team accepts or treats this model differently. Required: overrides must be explainable. */
    reason: z.string().trim().min(3),
    severity: severity.optional(),
    /** Declare the license when the dataset does not know it (a license id of the catalog). */
    license: z.string().optional(),
  })
  .strict();
export type ModelOverride = z.infer<typeof modelOverrideSchema>;

export const policySchema = z
  .object({
    /**
     * The workspace ships a commercial product: non-commercial and research-only terms become errors and
     * conditional terms warnings.
     */
    commercialProduct: z.boolean().default(false),
    /** License ids that never raise a finding. */
    allowedLicenses: z.array(z.string()).default([]),
    /** License ids that are always an error (`denied-license`). */
    deniedLicenses: z.array(z.string()).default([]),
    /** Model ids (wildcards allowed) that never raise a finding. */
    allowedModels: z.array(z.string()).default([]),
    /** Model ids (wildcards allowed) that are always an error (`denied-model`). */
    deniedModels: z.array(z.string()).default([]),
    /** Severity per rule; rules not named keep their default. */
    severity: z.partialRecord(z.enum(RULE_CODES), severity).default({}),
    overrides: z.array(modelOverrideSchema).default([]),
    /** Globs (relative to the workspace root) that are not scanned. */
    exclude: z.array(z.string()).default([]),
    /** The lowest severity that fails the CLI. */
    failOn: z.enum(['error', 'warning', 'info', 'never']).default('error'),
  })
  .strict();
export type Policy = z.infer<typeof policySchema>;
export type PolicyInput = z.input<typeof policySchema>;

/** Warn on non-commercial and research-only terms, inform on conditional terms (issue 4's default). */
export const DEFAULT_SEVERITY: Record<RuleCode, Severity> = {
  'non-commercial': 'warning',
  'research-only': 'warning',
  'use-restricted': 'info',
  threshold: 'info',
  attribution: 'info',
  'api-only': 'info',
  'unknown-license': 'warning',
  'unknown-model': 'info',
  'license-mismatch': 'warning',
  'denied-license': 'error',
  'denied-model': 'error',
};

export function parsePolicy(input: unknown): Policy {
  return policySchema.parse(input ?? {});
}

export const DEFAULT_POLICY: Policy = policySchema.parse({});
