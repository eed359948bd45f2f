/**
 * Unknown Hub ids -> live models, with their base models followed up to the root so the stacked terms are
 * reported: each base is taken from the bundled dataset when it is there, looked up online otherwise. Bounded
 * in depth and count, and loop-safe (a card naming itself, or A -> B -> A, ends the walk).
 */
import { resolveTerms } from '../assess/terms';
import type { ModelResolver } from '../dataset/resolve';
import type { Model } from '../dataset/schema';
import type { DatasetView } from '../dataset/view';
import { isHubId } from './hub-id';
import { liveModelFromHub, opennessFor, weightsLevel } from './live-model';
import type { LookupOutcome, OnlineLookup } from './lookup';
import { createOverlayView, type LiveModels } from './overlay';

export interface LiveModelOptions {
  /** Base-model hops followed from each requested id (default 6). */
  maxDepth?: number;
  /** Hub lookups at most, bases included (default 60). */
  maxLookups?: number;
  signal?: AbortSignal;
}

export interface LiveLookupResult {
  /** Live models by lower-case id: the requested ones and the bases that were looked up. */
  models: Map<string, Model>;
  /** Every lookup made, by lower-case id (failures included, so callers can say why an id stays unknown). */
  outcomes: Map<string, LookupOutcome>;
}

export async function lookupLiveModels(
  ids: readonly string[],
  context: { dataset: DatasetView; resolver: ModelResolver },
  lookup: OnlineLookup,
  options: LiveModelOptions = {},
): Promise<LiveLookupResult> {
  const maxDepth = options.maxDepth ?? 6;
  const maxLookups = options.maxLookups ?? 60;
  const models = new Map<string, Model>();
  const outcomes = new Map<string, LookupOutcome>();
  const visited = new Set<string>();

  /** A base the bundled dataset knows by its id or an alias (a renamed repo), never by a looser guess. */
  const bundledId = (id: string): string | undefined => {
    const direct = context.dataset.getModel(id);
    if (direct) return direct.id;
    const resolution = context.resolver.resolve(id);
    return resolution && resolution.via !== 'normalized' ? resolution.model.id : undefined;
  };

  let level = ids.filter((id) => isHubId(id) && !bundledId(id));
  for (let depth = 0; level.length > 0 && depth <= maxDepth; depth++) {
    const batch: string[] = [];
    for (const id of level) {
      const key = id.toLowerCase();
      if (visited.has(key) || visited.size >= maxLookups) continue;
      visited.add(key);
      batch.push(id);
    }
    const answers = await Promise.all(batch.map(async (id) => ({ id, outcome: await lookup.lookup(id, options.signal) })));
    const next: string[] = [];
    for (const { id, outcome } of answers) {
      outcomes.set(id.toLowerCase(), outcome);
      if (!outcome.answer.ok) continue;
      const info = outcome.answer.info;
      const baseIds = new Map<string, string>();
      for (const base of info.baseModels) {
        const known = bundledId(base.id);
        if (known) baseIds.set(base.id, known);
        else if (isHubId(base.id)) next.push(base.id);
      }
      // The Hub answers with the repo's current name; the id as written stays the key it is found by.
      const model = liveModelFromHub(info, outcome.fetchedAt, context.dataset, baseIds);
      models.set(id.toLowerCase(), model);
      if (info.id.toLowerCase() !== id.toLowerCase()) models.set(info.id.toLowerCase(), model);
    }
    level = next;
  }
  await lookup.flush().catch(() => undefined);
  settleOpenness(models, context.dataset);
  return { models, outcomes };
}

/** Once the chain is known, the openness class follows the stacked terms, not the card's own license alone. */
function settleOpenness(models: Map<string, Model>, dataset: DatasetView): void {
  const overlay = createOverlayView(dataset, models as LiveModels);
  const settled = new Map<Model, Model>();
  for (const model of new Set(models.values())) {
    const verdict = resolveTerms(model, overlay).commercialUse;
    const opennessClass = opennessFor(verdict, model.availability === 'unknown' ? null : true);
    settled.set(model, { ...model, opennessClass, openness: { ...model.openness, weights: weightsLevel(opennessClass) } });
  }
  for (const [key, model] of models) models.set(key, settled.get(model)!);
}
