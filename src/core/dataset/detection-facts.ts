/**
 * What detection and the scan need from every model, computed once by the build and shipped in the index, so a
 * thread need not parse every model line to get it: the prefilter's anchors (prefilter/anchors.ts) and which
 * models carry live facts (the scan hands those to its workers).
 */
import { anchorsOf } from '../detect/prefilter/anchors';
import { liveFactsOf } from '../online/live-model';
import type { Model } from './schema';

export interface DetectionFacts {
  /** The prefilter's anchors, in `anchorsOf` order; null when some id has none (then there is no prefilter). */
  prefilterAnchors: string[] | null;
  /** Positions of the models with live facts. */
  liveModels: number[];
}

export function detectionFactsOf(models: readonly Model[]): DetectionFacts {
  const anchors = anchorsOf(models);
  const liveModels: number[] = [];
  models.forEach((model, position) => {
    if (liveFactsOf(model) !== undefined) liveModels.push(position);
  });
  return { prefilterAnchors: anchors ? [...anchors] : null, liveModels };
}
