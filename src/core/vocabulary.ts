/**
 * The shared vocabulary of ../shared/docs/DOMAIN.md. Every layer (dataset, engine, CLI JSON, hover, report,
 * exports) uses exactly these values, so a verdict means the same thing wherever a user meets it.
 */
export const COMMERCIAL_USE = ['allowed', 'conditional', 'not-allowed', 'api-terms', 'unknown'] as const;
export type CommercialUse = (typeof COMMERCIAL_USE)[number];

export const OPENNESS_CLASSES = ['open-source', 'open-weight', 'restricted-weight', 'api-only', 'unknown'] as const;
export type OpennessClass = (typeof OPENNESS_CLASSES)[number];

export const COMPONENT_LEVELS = ['open', 'partial', 'closed', 'unknown'] as const;
export type ComponentLevel = (typeof COMPONENT_LEVELS)[number];

/** The five components a user sees in the openness row, in display order. */
export const OPENNESS_COMPONENTS = ['weights', 'inferenceCode', 'trainingCode', 'trainingData', 'paper'] as const;
export type OpennessComponent = (typeof OPENNESS_COMPONENTS)[number];

export const LICENSE_KINDS = [
  'permissive',
  'copyleft',
  'weak-copyleft',
  'public-domain',
  'responsible-ai',
  'community',
  'non-commercial',
  'research-only',
  'proprietary-api',
  'unknown',
] as const;
export type LicenseKind = (typeof LICENSE_KINDS)[number];

/** Kinds of license condition; each maps onto a diagnostic rule. */
export const CONDITION_KINDS = [
  'attribution', // keep notices / credit the author
  'naming', // a name must appear in derived products or model names ("Built with Llama")
  'acceptable-use', // an acceptable-use policy or use restrictions apply
  'pass-through', // the restrictions must be passed on to downstream users / derivatives
  'user-threshold', // monthly-active-user threshold
  'revenue-threshold', // annual revenue threshold
  'output-use', // limits on using outputs (e.g. to train other models)
  'non-commercial',
  'research-only',
  'share-alike',
  'data-leaves-machine', // API-only: prompts and data go to the provider
  'other',
] as const;
export type ConditionKind = (typeof CONDITION_KINDS)[number];

export const SEVERITIES = ['error', 'warning', 'info', 'none'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Stable diagnostic codes (the `code` of a VS Code diagnostic, SARIF rule ids, suppression keys). */
export const RULE_CODES = [
  'non-commercial',
  'research-only',
  'use-restricted',
  'threshold',
  'attribution',
  'api-only',
  'unknown-license',
  'unknown-model',
  'license-mismatch',
  'denied-license',
  'denied-model',
] as const;
export type RuleCode = (typeof RULE_CODES)[number];

export const FINDING_KINDS = ['model-reference', 'license-file', 'model-card', 'model-file'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];
