/** The policy turns triggered rules into severities: allow-lists, deny-lists, overrides, commercial-product mode. */
import type { RuleCode, Severity } from '../vocabulary';
import { DEFAULT_SEVERITY, type ModelOverride, type Policy } from './policy';
import { severityRank } from './verdict';

/** Rules that a commercial product must not ignore: raised to error (not-allowed) or warning (conditional). */
const COMMERCIAL_ESCALATION: Partial<Record<RuleCode, Severity>> = {
  'non-commercial': 'error',
  'research-only': 'error',
  'use-restricted': 'warning',
  threshold: 'warning',
  attribution: 'warning',
  'unknown-license': 'warning',
};

export interface PolicyDecision {
  rules: RuleCode[];
  rule: RuleCode | null;
  severity: Severity;
  /** The override that applied, so a user can see why. */
  override?: ModelOverride;
  allowedBy?: 'license' | 'model';
}

export function matchesPattern(pattern: string, value: string): boolean {
  if (!pattern.includes('*')) return pattern.toLowerCase() === value.toLowerCase();
  const parts = pattern.toLowerCase().split('*');
  const text = value.toLowerCase();
  // Ordered substring search: linear, no regex built from user input.
  if (!text.startsWith(parts[0]!)) return false;
  let position = parts[0]!.length;
  for (let i = 1; i < parts.length - 1; i++) {
    const found = text.indexOf(parts[i]!, position);
    if (found < 0) return false;
    position = found + parts[i]!.length;
  }
  const last = parts[parts.length - 1]!;
  return text.length - last.length >= position && text.endsWith(last);
}

export function findOverride(policy: Policy, ids: readonly string[]): ModelOverride | undefined {
  return policy.overrides.find((override) => ids.some((id) => matchesPattern(override.model, id)));
}

export function severityFor(rule: RuleCode, policy: Policy): Severity {
  const configured = policy.severity[rule];
  if (configured) return configured;
  const base = DEFAULT_SEVERITY[rule];
  const escalated = policy.commercialProduct ? COMMERCIAL_ESCALATION[rule] : undefined;
  return escalated && severityRank(escalated) > severityRank(base) ? escalated : base;
}

export function applyPolicy(
  triggered: readonly RuleCode[],
  policy: Policy,
  subject: { ids: readonly string[]; licenseIds: readonly string[] },
): PolicyDecision {
  const rules = [...triggered];
  if (subject.ids.some((id) => policy.deniedModels.some((pattern) => matchesPattern(pattern, id)))) {
    rules.unshift('denied-model');
  }
  if (subject.licenseIds.some((id) => policy.deniedLicenses.some((denied) => denied.toLowerCase() === id.toLowerCase()))) {
    rules.unshift('denied-license');
  }
  const override = findOverride(policy, subject.ids);
  const deniedRule = rules.includes('denied-model') || rules.includes('denied-license');
  if (!deniedRule) {
    if (subject.ids.some((id) => policy.allowedModels.some((pattern) => matchesPattern(pattern, id)))) {
      return { rules, rule: null, severity: 'none', override, allowedBy: 'model' };
    }
    const licensed = subject.licenseIds.length > 0;
    if (licensed && subject.licenseIds.every((id) => policy.allowedLicenses.some((a) => a.toLowerCase() === id.toLowerCase()))) {
      return { rules, rule: null, severity: 'none', override, allowedBy: 'license' };
    }
  }
  const ranked = rules
    .map((rule) => ({ rule, severity: severityFor(rule, policy) }))
    .sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  const strongest = ranked[0];
  let severity: Severity = strongest?.severity ?? 'none';
  if (override?.severity) severity = override.severity;
  const rule = strongest && severity !== 'none' ? strongest.rule : null;
  return { rules: ranked.map((entry) => entry.rule), rule, severity, override };
}
