/**
 * The bundled dataset with live models laid over it: the bundled entry always wins, live models only fill the
 * gaps. The overlay resolver asks the bundled resolver first and then matches live models by exact Hub id
 * only, so a live model can never make a bundled spelling ambiguous.
 */
import type { ModelResolver, Resolution } from '../dataset/resolve';
import type { Model } from '../dataset/schema';
import type { DatasetView } from '../dataset/view';
import { createEngine, type Engine } from '../engine';
import type { Finding } from '../finding';
import { hubIdFromText } from './hub-id';
import { liveFactsOf } from './live-model';

/** Live models by lower-case id. */
export type LiveModels = ReadonlyMap<string, Model>;

export function createOverlayView(bundled: DatasetView, live: LiveModels): DatasetView {
  // Listing every model parses the whole bundled dataset: only when a consumer asks for the list.
  let all: Model[] | undefined;
  const addedLive = () => [...live.values()].filter((model) => !bundled.getModel(model.id));
  const bundledLive = bundled.liveModels?.bind(bundled);
  return {
    version: bundled.version,
    getModel: (id) => bundled.getModel(id) ?? live.get(id.toLowerCase()),
    getLicense: (id) => bundled.getLicense(id),
    getPublisher: (id) => bundled.getPublisher(id),
    models: () => (all ??= [...bundled.models(), ...addedLive()]),
    licenses: () => bundled.licenses(),
    ...(bundledLive ? { liveModels: () => [...bundledLive(), ...addedLive().filter((model) => liveFactsOf(model) !== undefined)] } : {}),
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

/**
 * An engine over the overlay, under the same policy; the bundled engine is left as it was. Its findings on live
 * models say so (`liveLookup`, and the message ends with the lookup's date), in every front end alike.
 */
export function createLiveEngine(engine: Engine, live: LiveModels): Engine {
  if (live.size === 0) return engine;
  return markingLiveFindings(
    createEngine({
      dataset: createOverlayView(engine.dataset, live),
      policy: engine.policy,
      resolver: createOverlayResolver(engine.resolver, live),
    }),
  );
}

function markingLiveFindings(engine: Engine): Engine {
  const mark = (findings: Finding[]) => findings.map((finding) => markLiveFinding(finding, engine.dataset));
  return {
    ...engine,
    analyzeText: (text, options) => mark(engine.analyzeText(text, options)),
    analyzeDocument: (document, options) => mark(engine.analyzeDocument(document, options)),
    withPolicy: (policy) => markingLiveFindings(engine.withPolicy(policy)),
  };
}

/** A finding whose model came from a live lookup, marked as such; any other finding as it was. */
export function markLiveFinding(finding: Finding, dataset: DatasetView): Finding {
  if (finding.liveLookup || !finding.modelId) return finding;
  const facts = liveFactsOf(dataset.getModel(finding.modelId));
  if (!facts) return finding;
  return { ...finding, liveLookup: facts, message: `${finding.message} (live lookup on the Hugging Face Hub, ${facts.checked})` };
}
