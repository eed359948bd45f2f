/** Which diagnostic rules a model's terms trigger, before the policy decides how loud each one is. */
import type { Model } from '../dataset/schema';
import type { RuleCode } from '../vocabulary';
import type { Terms } from './terms';

export function rulesForTerms(model: Model | undefined, terms: Terms | undefined): RuleCode[] {
  if (!model && !terms?.license) return ['unknown-model'];
  const rules = new Set<RuleCode>();
  if (!model) rules.add('unknown-model');
  if (model?.availability === 'api-only') rules.add('api-only');
  const license = terms?.license;
  if (!license || license.commercialUse === 'unknown' || terms.commercialUse === 'unknown') rules.add('unknown-license');
  for (const link of terms?.chain ?? []) {
    if (link.stacks === false || link.license?.commercialUse !== 'not-allowed') continue;
    const researchOnly =
      link.license.kind === 'research-only' || link.license.conditions.some((c) => c.kind === 'research-only');
    rules.add(researchOnly ? 'research-only' : 'non-commercial');
  }
  for (const condition of terms?.conditions ?? []) {
    switch (condition.kind) {
      case 'acceptable-use':
      case 'pass-through':
      case 'output-use':
        rules.add('use-restricted');
        break;
      case 'user-threshold':
      case 'revenue-threshold':
        rules.add('threshold');
        break;
      case 'naming':
        rules.add('attribution');
        break;
      case 'non-commercial':
        rules.add('non-commercial');
        break;
      case 'research-only':
        rules.add('research-only');
        break;
      default:
        break;
    }
  }
  return [...rules];
}
