/**
 * The terms that apply to a model: its own license (or API terms) plus those of every base model it derives
 * from, walked up `baseModels` (bounded and loop-safe).
 */
import type { DatasetView } from '../dataset/view';
import type { Condition, License, Model } from '../dataset/schema';
import type { CommercialUse } from '../vocabulary';
import { strictestVerdict } from './verdict';

export interface TermsLink {
  /** The model this link describes; `modelId` alone when the base is not in the dataset. */
  modelId: string;
  model: Model | undefined;
  license: License | undefined;
  /** How this link relates to the one before it (`finetune`, `distill`...); undefined for the model itself. */
  relation?: string;
  /**
   * Whether this link's terms bind the model. A base from the model's own publisher does not: the licensor may
   * release a derivative under other terms (DeepSeek-R1 is MIT although built on DeepSeek-V3-Base).
   */
  stacks?: boolean;
}

export interface Terms {
  /** The model first, then its bases, nearest first. */
  chain: TermsLink[];
  /** The license that governs the model itself (API terms for API-only models). */
  license: License | undefined;
  commercialUse: CommercialUse;
  /** The model's own conditions, then inherited ones that the model's own license does not already state. */
  conditions: Array<Condition & { fromModel: string; fromLicense: string }>;
}

const MAX_CHAIN = 8;

export function governingLicense(model: Model, dataset: DatasetView): License | undefined {
  const termsId = model.apiTerms ?? model.license;
  return termsId ? (dataset.getLicense(termsId) ?? (model.license ? dataset.getLicense(model.license) : undefined)) : undefined;
}

export function resolveTerms(model: Model, dataset: DatasetView, licenseOverride?: License): Terms {
  const chain: TermsLink[] = [];
  const seen = new Set<string>();
  const queue: Array<{ model: Model | undefined; modelId: string; relation?: string; stacks: boolean }> = [
    { model, modelId: model.id, stacks: true },
  ];
  while (queue.length > 0 && chain.length < MAX_CHAIN) {
    const next = queue.shift()!;
    const key = next.modelId.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const license =
      chain.length === 0 && licenseOverride ? licenseOverride : next.model ? governingLicense(next.model, dataset) : undefined;
    chain.push({ modelId: next.modelId, model: next.model, license, relation: next.relation, stacks: next.stacks });
    for (const base of next.model?.baseModels ?? []) {
      const baseModel = dataset.getModel(base.id);
      const samePublisher = !!baseModel && !!next.model && baseModel.publisher === next.model.publisher;
      queue.push({ model: baseModel, modelId: base.id, relation: base.relation, stacks: next.stacks !== false && !samePublisher });
    }
  }
  const binding = chain.filter((link) => link.stacks !== false);
  const verdicts = binding.map((link) => link.license?.commercialUse ?? 'unknown');
  const conditions: Terms['conditions'] = [];
  const seenLicenses = new Set<string>();
  for (const link of binding) {
    if (!link.license || seenLicenses.has(link.license.id)) continue;
    seenLicenses.add(link.license.id);
    for (const condition of link.license.conditions) {
      conditions.push({ ...condition, fromModel: link.modelId, fromLicense: link.license.id });
    }
  }
  return { chain, license: chain[0]?.license, commercialUse: strictestVerdict(verdicts), conditions };
}
