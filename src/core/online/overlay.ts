/**
 * The bundled dataset with live models laid over it: the bundled entry always wins, live models only fill the
 * gaps. The overlay resolver asks the bundled resolver first and then matches live models by exact Hub id
 * only, so a live model can never make a bundled spelling ambiguous.
 */
import type { ModelResolver, Resolution } from '../dataset/resolve';
import type { Model } from '../dataset/schema';
import type { DatasetView } from '../dataset/view';
import { createEngine, type Engine } from '../engine';
import { hubIdFromText } from './hub-id';

/** Live models by lower-case id. */
export type LiveModels = ReadonlyMap<string, Model>;

export function createOverlayView(bundled: DatasetView, live: LiveModels): DatasetView {
  const liveList = [...live.values()].filter((model) => !bundled.getModel(model.id));
  const all = [...bundled.models(), ...liveList];
  return {
    version: bundled.version,
    getModel: (id) => bundled.getModel(id) ?? live.get(id.toLowerCase()),
    getLicense: (id) => bundled.getLicense(id),
    getPublisher: (id) => bundled.getPublisher(id),
    models: () => all,
    licenses: () => bundled.licenses(),
  };
}

export function createOverlayResolver(bundled: ModelResolver, live: LiveModels): ModelResolver {
  const resolve = (raw: string): Resolution | undefined => {
    const known = bundled.resolve(raw);
    if (known) return known;
    const id = hubIdFromText(raw);
    const model = id ? live.get(id.toLowerCase()) : undefined;
    return model ? { model, via: id === raw.trim() ? 'id' : 'normalized', matched: model.id } : undefined;
  };
  return { resolve, isKnown: (raw) => resolve(raw) !== undefined };
}

/** An engine over the overlay, under the same policy; the bundled engine is left as it was. */
export function createLiveEngine(engine: Engine, live: LiveModels): Engine {
  if (live.size === 0) return engine;
  return createEngine({
    dataset: createOverlayView(engine.dataset, live),
    policy: engine.policy,
    resolver: createOverlayResolver(engine.resolver, live),
  });
}
