/** Commercial-use verdicts across a chain of terms (a fine-tune carries its base model's terms too). */
import type { CommercialUse, Severity } from '../vocabulary';

/** Strictest first: a chain is as permissive as its least permissive link, and an unknown link is not "allowed". */
const STRICTNESS: readonly CommercialUse[] = ['not-allowed', 'unknown', 'conditional', 'api-terms', 'allowed'];

export function strictestVerdict(verdicts: readonly CommercialUse[]): CommercialUse {
  if (verdicts.length === 0) return 'unknown';
  let best = verdicts[0]!;
  for (const verdict of verdicts) if (STRICTNESS.indexOf(verdict) < STRICTNESS.indexOf(best)) best = verdict;
  return best;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, none: 0 };

export function severityRank(severity: Severity): number {
  return SEVERITY_RANK[severity];
}

/** Words a person reads in a hover or report. */
export const VERDICT_LABEL: Record<CommercialUse, string> = {
  allowed: 'commercial use allowed',
  conditional: 'commercial use allowed with conditions',
  'not-allowed': 'commercial use not allowed',
  'api-terms': "API only: use under the provider's terms",
  unknown: 'commercial use unknown',
};
