/**
 * Permissive alternatives to a model, for the "replace with" quick fix: models of the dataset with the same
 * task and modality, a similar parameter count (so the original's must be known), downloadable weights, and terms (their base models' included)
 * that allow commercial use. Closest in size first; none when nothing fits, so the fix is offered only then.
 */
import type { License, Model } from '../dataset/schema';
import type { DatasetView } from '../dataset/view';
import { resolveTerms } from './terms';

export interface Alternative {
  model: Model;
  license: License;
  /** How far the size is from the original's, as a ratio >= 1. */
  sizeRatio: number;
}

export interface AlternativeOptions {
  /** At most this many (default 3). */
  limit?: number;
  /** A size within this factor counts as similar (default 3: an 8B model is matched by 2.7B to 24B). */
  maxSizeRatio?: number;
}

export function findAlternatives(model: Model, dataset: DatasetView, options: AlternativeOptions = {}): Alternative[] {
  const limit = options.limit ?? 3;
  const maxRatio = options.maxSizeRatio ?? 3;
  // An API client cannot be pointed at weights by changing one string, and "similar size" needs a size.
  if (model.availability === 'api-only' || !model.parameters) return [];
  const candidates: Alternative[] = [];
  for (const candidate of dataset.models()) {
    if (candidate.id === model.id || candidate.availability === 'api-only' || candidate.availability === 'unknown') continue;
    if (!sameTask(model, candidate)) continue;
    const sizeRatio = ratio(model.parameters, candidate.parameters);
    if (sizeRatio === undefined || sizeRatio > maxRatio) continue;
    const terms = resolveTerms(candidate, dataset);
    if (terms.commercialUse !== 'allowed' || !terms.license) continue;
    candidates.push({ model: candidate, license: terms.license, sizeRatio });
  }
  return candidates
    .sort((a, b) => a.sizeRatio - b.sizeRatio)
    .slice(0, limit);
}

/** Same task where both say one, and at least one modality in common where both list them. */
function sameTask(a: Model, b: Model): boolean {
  if (!a.task && !a.modality) return false;
  if (a.task && b.task && a.task !== b.task) return false;
  if (a.task && !b.task) return false;
  if (a.modality && b.modality && !a.modality.some((modality) => b.modality!.includes(modality))) return false;
  return true;
}

function ratio(a: number | null, b: number | null): number | undefined {
  if (!a || !b) return undefined;
  return a > b ? a / b : b / a;
}

/**
 * How to write `alternative` where `written` named `original`, in the same ecosystem (a Hub id for a Hub id, an
 * Ollama tag for an Ollama tag). Undefined when the alternative has no spelling there, or when the original was
 * written in a normalised form (a quantised re-upload, a URL) that one string swap would not keep.
 */
export function spellingFor(
  alternative: Model,
  original: Model,
  written: { via: 'id' | 'alias' | 'normalized'; matched: string },
): string | undefined {
  if (written.via === 'id') return alternative.id.includes('/') ? alternative.id : undefined;
  if (written.via !== 'alias') return undefined;
  const ecosystem = original.aliases.find((alias) => alias.id === written.matched)?.ecosystem;
  if (!ecosystem) return undefined;
  if (ecosystem === 'hf') return alternative.id;
  return alternative.aliases.find((alias) => alias.ecosystem === ecosystem)?.id;
}
