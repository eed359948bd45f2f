/**
 * The verdict for a file that *declares* terms (a model card, a model file's header): the license it states,
 * stacked with the terms its base models pass on, checked against what the dataset says. Reuses the engine's
 * rules and policy so a declared license is judged exactly like a referenced model.
 */
import { applyPolicy } from '../assess/apply-policy';
import { rulesForTerms } from '../assess/rules';
import { governingLicense, resolveTerms, type Terms, type TermsLink } from '../assess/terms';
import { strictestVerdict } from '../assess/verdict';
import type { License, Model } from '../dataset/schema';
import type { CommercialUse, OpennessClass, RuleCode, Severity } from '../vocabulary';
import type { AnalyzerContext } from './context';
import { resolveDeclaredLicense } from './license-lookup';

export interface DeclaredTermsInput {
  /** The license value as written (`license:`, `general.license`), if any. */
  declared: string | undefined;
  /** `license_name` / `general.license.name`, used for `other` and unknown values. */
  declaredName?: string;
  /** `license_link` / `general.license.link`: names the license when it is the license's canonical URL. */
  declaredLink?: string;
  /** A license already recognised (a LICENSE text matched by fingerprints); wins over `declared`. */
  recognised?: License;
  /** The model the file itself is, when its id resolves. */
  self: Model | undefined;
  /** Base models that resolve (unresolved bases add nothing: unknown is not a guess). */
  bases: readonly Model[];
  /** The file is a quantisation or re-upload of its bases: any other license than theirs contradicts them. */
  sameWeightsAsBases?: boolean;
  /** Ids for the policy's allow/deny lists (the file's own id as written, resolved ids). */
  ids: readonly string[];
}

export interface DeclaredTerms {
  /** The license the file states, resolved; else the dataset's license for the model itself. */
  license: License | undefined;
  /** True when the file states a license the catalog does not know. */
  declaredUnknown: boolean;
  /** Names of the other licenses in the chain (inherited from base models). */
  inherited: string[];
  commercialUse: CommercialUse;
  openness: OpennessClass;
  rules: RuleCode[];
  rule: RuleCode | null;
  severity: Severity;
  /** Why the declaration contradicts the dataset, in one clause; undefined when it does not. */
  mismatch: string | undefined;
}

export function assessDeclaredTerms(context: AnalyzerContext, input: DeclaredTermsInput): DeclaredTerms {
  const { dataset, policy } = context;
  const declaredLicense = input.recognised ?? resolveDeclaredLicense(dataset, input.declared, input.declaredName, input.declaredLink);
  const declaredUnknown = Boolean(input.declared || input.declaredName) && !declaredLicense;
  const own = declaredLicense ?? (input.self ? governingLicense(input.self, dataset) : undefined);

  const inheritedLinks: TermsLink[] = [];
  if (input.self) inheritedLinks.push(...resolveTerms(input.self, dataset).chain.slice(1));
  for (const base of input.bases) {
    if (base === input.self) continue;
    inheritedLinks.push(...resolveTerms(base, dataset).chain);
  }
  const chain: TermsLink[] = [{ modelId: input.self?.id ?? input.ids[0] ?? 'file', model: input.self, license: own, stacks: true }, ...inheritedLinks];
  // Links whose terms do not bind (a base from the model's own publisher) are shown but not judged.
  const binding = chain.filter((link) => link.stacks !== false);
  const conditions: Terms['conditions'] = [];
  const seen = new Set<string>();
  for (const link of binding) {
    if (!link.license || seen.has(link.license.id)) continue;
    seen.add(link.license.id);
    for (const condition of link.license.conditions) conditions.push({ ...condition, fromModel: link.modelId, fromLicense: link.license.id });
  }
  const commercialUse = strictestVerdict(binding.map((link) => link.license?.commercialUse ?? 'unknown'));
  const terms: Terms = { chain, license: own, commercialUse, conditions };

  const mismatch = findMismatch(declaredLicense, input, context);
  // A file is not a model reference: an unknown model is not its problem, an unknown license is.
  // Without a license of its own, the file is still bound by its bases' terms: judge those.
  const judged: Terms = own ? terms : { ...terms, license: binding.find((link) => link.license)?.license };
  const triggered = judged.license || input.self ? rulesForTerms(input.self, judged).filter((rule) => rule !== 'unknown-model') : [];
  if ((!own || commercialUse === 'unknown') && !triggered.includes('unknown-license')) triggered.push('unknown-license');
  if (mismatch) triggered.unshift('license-mismatch');
  const licenseIds = [...seen];
  const ids = [...new Set([...input.ids, ...(input.self ? [input.self.id] : []), ...input.bases.map((base) => base.id)])];
  const decision = applyPolicy(triggered, policy, { ids, licenseIds });
  const inherited = binding
    .slice(1)
    .flatMap((link) => (link.license && link.license.id !== own?.id ? [link.license.name] : []))
    .filter((name, i, all) => all.indexOf(name) === i);
  return {
    license: own,
    declaredUnknown,
    inherited,
    commercialUse,
    openness: input.self?.opennessClass ?? 'unknown',
    rules: decision.rules,
    rule: decision.rule,
    severity: decision.severity,
    mismatch,
  };
}

/**
 * A declaration contradicts the dataset when it names another license than the dataset's for the model itself,
 * or another license than a base model whose terms are not simply permissive (those must be passed on: a Llama
 * fine-tune cannot relicense itself as Apache-2.0). A quantisation has its base's weights, so any other license
 * than the base's contradicts it.
 */
function findMismatch(declared: License | undefined, input: DeclaredTermsInput, context: AnalyzerContext): string | undefined {
  if (!declared) return undefined;
  const { self, bases } = input;
  const selfLicense = self ? governingLicense(self, context.dataset) : undefined;
  if (self && selfLicense && selfLicense.id !== declared.id) {
    return `the dataset lists ${selfLicense.name} for ${self.id}`;
  }
  for (const base of bases) {
    if (base === self) continue;
    const baseLicense = governingLicense(base, context.dataset);
    if (!baseLicense || baseLicense.id === declared.id) continue;
    if (input.sameWeightsAsBases) return `it is a quantisation of ${base.id}, which is under ${baseLicense.name}`;
    if (baseLicense.commercialUse === 'allowed') continue;
    return `its base model ${base.id} is under ${baseLicense.name}, whose terms carry over to derivatives`;
  }
  return undefined;
}
