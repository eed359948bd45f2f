/**
 * What each diagnostic code means, in one place: SARIF rules, the README's rule sections and hovers
 * describe a rule with the same words. The help anchor is stable: `#rule-<code>`.
 */
import { RULE_CODES, type RuleCode } from '../vocabulary';

export const PROJECT_URL = 'https://github.com/ai-license-lens/ai-license-lens';

export interface RuleDescription {
  code: RuleCode;
  /** PascalCase name, as SARIF `reportingDescriptor.name` expects. */
  name: string;
  short: string;
  full: string;
}

const DESCRIPTIONS: Record<RuleCode, Omit<RuleDescription, 'code'>> = {
  'non-commercial': {
    name: 'NonCommercialLicense',
    short: 'The model license does not allow commercial use.',
    full: 'The model is licensed for non-commercial use only (for example CC-BY-NC or a non-commercial model license). Using it in a product or service that earns money needs a separate license from the publisher.',
  },
  'research-only': {
    name: 'ResearchOnlyLicense',
    short: 'The model license allows research or evaluation use only.',
    full: 'The model license limits use to research, evaluation or non-production settings. Shipping it in production needs a different license.',
  },
  'use-restricted': {
    name: 'UseRestrictedLicense',
    short: 'The model license restricts how the model may be used.',
    full: 'The model license permits commercial use but carries use restrictions or an acceptable-use policy that must be followed and, for derivatives, passed on to downstream users.',
  },
  threshold: {
    name: 'UsageThreshold',
    short: 'The model license has a user or revenue threshold.',
    full: 'The model license permits commercial use up to a threshold (monthly active users or annual revenue). Above it a separate license from the publisher is needed.',
  },
  attribution: {
    name: 'AttributionRequired',
    short: 'The model license requires attribution or naming.',
    full: 'The model license requires keeping notices, crediting the publisher, or naming the model in derived products or model names.',
  },
  'api-only': {
    name: 'ApiOnlyModel',
    short: 'The model is reached through a provider API.',
    full: 'The model runs at a provider (it has no downloadable weights, or the text names it by a hosted provider\'s id, such as a Bedrock or Groq model id): prompts and data leave your machine, under the provider\'s terms of service.',
  },
  'unknown-license': {
    name: 'UnknownLicense',
    short: 'The model license is unknown.',
    full: 'No license could be found for the model, or the license text is not understood. Check the model card before use; the verdict is left unknown rather than guessed.',
  },
  'unknown-model': {
    name: 'UnknownModel',
    short: 'The model is not in the dataset.',
    full: 'The text names a model that the dataset does not know, so no license or openness facts can be shown. Declare its license in the policy file or add it to the dataset.',
  },
  'license-mismatch': {
    name: 'LicenseMismatch',
    short: 'A declared license disagrees with the dataset.',
    full: 'A license declared in the workspace (a model card, a LICENSE file, or the policy) differs from the license the dataset records for this model.',
  },
  'denied-license': {
    name: 'DeniedLicense',
    short: 'The model license is denied by the policy.',
    full: 'The policy file lists this license under deniedLicenses.',
  },
  'denied-model': {
    name: 'DeniedModel',
    short: 'The model is denied by the policy.',
    full: 'The policy file lists this model under deniedModels.',
  },
};

export function describeRule(code: RuleCode): RuleDescription {
  return { code, ...DESCRIPTIONS[code] };
}

/** Every rule, in the stable order of RULE_CODES. */
export function allRules(): RuleDescription[] {
  return RULE_CODES.map(describeRule);
}

/** The README section that explains the rule. */
export function ruleHelpUri(code: RuleCode): string {
  return `${PROJECT_URL}#rule-${code}`;
}

/**
 * The README's rule reference, generated from the same descriptions SARIF uses. Each heading
 * `### Rule: <code>` gets the GitHub anchor `#rule-<code>` that `ruleHelpUri` links to.
 */
export function renderRulesReference(): string {
  return allRules()
    .map((rule) => `### Rule: ${rule.code}\n\n**${rule.short}** ${rule.full}\n`)
    .join('\n');
}

/** The anchor GitHub derives from a heading: lower case, punctuation other than `-` and `_` dropped, spaces to `-`. */
export function githubAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}
