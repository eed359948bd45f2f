// The mini dataset and a tiny "assess this raw id" helper, so the editor's renderers are tested on real
// dataset entries without the detection layer.
import { readFileSync } from 'node:fs';
import { assessModel } from '../../../src/core/assess/assess';
import { DEFAULT_POLICY, parsePolicy, type PolicyInput } from '../../../src/core/assess/policy';
import { loadDataset } from '../../../src/core/dataset/load';
import { createModelResolver } from '../../../src/core/dataset/resolve';
import type { HoverInput } from '../../../src/core/present/hover';

export const { view: dataset } = loadDataset(
  readFileSync(new URL('../../fixtures/datasets/mini.json', import.meta.url), 'utf8'),
);
export const resolver = createModelResolver({ models: dataset.models() });

export function hoverInput(raw: string, policy: PolicyInput | undefined = undefined): HoverInput {
  const resolution = resolver.resolve(raw);
  const assessment = assessModel(raw, resolution?.model, dataset, policy ? parsePolicy(policy) : DEFAULT_POLICY);
  return { raw, resolution, assessment, dataset };
}
