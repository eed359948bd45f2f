/** A resolved (or unresolved) model reference + the dataset + the policy -> the verdict a user sees. */
import type { DatasetView } from '../dataset/view';
import type { License, Model } from '../dataset/schema';
import type { CommercialUse, OpennessClass, RuleCode, Severity } from '../vocabulary';
import { applyPolicy, findOverride, type PolicyDecision } from './apply-policy';
import type { Hosting } from './hosting';
import type { Policy } from './policy';
import { rulesForTerms } from './rules';
import { resolveTerms, type Terms } from './terms';
import { VERDICT_LABEL } from './verdict';

export interface Assessment {
  model: Model | undefined;
  terms: Terms | undefined;
  license: License | undefined;
  commercialUse: CommercialUse;
  openness: OpennessClass;
  rules: RuleCode[];
  rule: RuleCode | null;
  severity: Severity;
  decision: PolicyDecision;
  message: string;
  /** Set when the text names a downloadable model by a hosted provider's id: its prompts go to that provider. */
  hosting?: Hosting;
}

export function assessModel(raw: string, model: Model | undefined, dataset: DatasetView, policy: Policy, hosting?: Hosting): Assessment {
  const ids = model ? [model.id, raw] : [raw];
  const override = findOverride(policy, ids);
  const overrideLicense = override?.license ? dataset.getLicense(override.license) : undefined;
  // A model whose weights could run locally, named by a hosted provider's id: this code sends data out as with an
  // API-only model. Named by its publisher's own API id, the publisher's API terms govern it, not the weights' license.
  const hosted = hosting && model && model.availability !== 'api-only' ? withApiTerms(hosting, model, dataset) : undefined;
  const modelLicense = overrideLicense ?? hosted?.apiTerms;
  const terms = model
    ? resolveTerms(model, dataset, modelLicense)
    : overrideLicense
      ? { chain: [{ modelId: raw, model: undefined, license: overrideLicense, stacks: true }], license: overrideLicense, commercialUse: overrideLicense.commercialUse, conditions: overrideLicense.conditions.map((c) => ({ ...c, fromModel: raw, fromLicense: overrideLicense.id })) }
      : undefined;
  const triggered = rulesForTerms(model, terms);
  // Under API terms the API is the point, as for an API-only model; otherwise the license's own rule stays first.
  if (hosted && !triggered.includes('api-only')) {
    if (modelLicense && modelLicense === hosted.apiTerms) triggered.unshift('api-only');
    else triggered.push('api-only');
  }
  const licenseIds = (terms?.chain ?? []).flatMap((link) => (link.stacks !== false && link.license ? [link.license.id] : []));
  const decision = applyPolicy(triggered, policy, { ids, licenseIds });
  const commercialUse = terms?.commercialUse ?? 'unknown';
  const openness = model?.opennessClass ?? 'unknown';
  return {
    model,
    terms,
    license: terms?.license,
    commercialUse,
    openness,
    rules: decision.rules,
    rule: decision.rule,
    severity: decision.severity,
    decision,
    message: describe(raw, model, terms, commercialUse, decision) + (hosted ? `; a hosted API id (${hosted.provider}): prompts leave your machine` : ''),
    ...(hosted ? { hosting: hosted } : {}),
  };
}

/** The publisher's API terms, for an id that is the publisher's own API name (and only when the catalog has them). */
function withApiTerms(hosting: Hosting, model: Model, dataset: DatasetView): Hosting {
  if (!('alias' in hosting.evidence) || hosting.evidence.ecosystem !== 'api') return hosting;
  const termsId = dataset.getPublisher(model.publisher)?.apiTerms?.license;
  const apiTerms = termsId ? dataset.getLicense(termsId) : undefined;
  return apiTerms ? { ...hosting, apiTerms } : hosting;
}

function describe(
  raw: string,
  model: Model | undefined,
  terms: Terms | undefined,
  commercialUse: CommercialUse,
  decision: PolicyDecision,
): string {
  const name = model ? model.name : oneLine(raw);
  if (!model && !terms?.license) return `${name}: not in the AI License Lens dataset, so its license is unknown`;
  const license = terms?.license ? terms.license.name : 'license unknown';
  const inheritedNames = (terms?.chain ?? [])
    .slice(1)
    .flatMap((link) => (link.stacks !== false && link.license && link.license.id !== terms?.license?.id ? [link.license.name] : []))
    .filter(unique);
  const inherited = inheritedNames.length > 0 ? ` (inherits ${inheritedNames.join(', ')})` : '';
  const denied = decision.rules[0] === 'denied-model' ? ' — denied by policy' : decision.rules[0] === 'denied-license' ? ' — license denied by policy' : '';
  return `${name} — ${license}${inherited}: ${VERDICT_LABEL[commercialUse]}${denied}`;
}

function unique<T>(value: T, index: number, array: readonly T[]): boolean {
  return array.indexOf(value) === index;
}

/** Ids from files can hold anything: keep messages to one short line. */
function oneLine(text: string): string {
  const flat = text.replace(/[\r\n\t]+/g, ' ');
  return flat.length > 120 ? `${flat.slice(0, 117)}...` : flat;
}
