/**
 * What the API-model importer needs to know about one vendor beyond models.dev: its publisher record, the
 * terms its API models are used under, how dated snapshot ids group under one model, and the models that
 * models.dev no longer lists (older snapshots that code still names).
 */
import type { Publisher } from '../../../../src/core/dataset/schema';
import type { ModelsDevRecord } from './read';

/** The day the vendor pages and the models.dev snapshot were read for this dataset. */
export const CHECKED = '2026-11-23';

/** A model the importer adds or completes by hand; every field is read from the vendor's model page. */
export interface CuratedApiModel {
  id: string;
  name?: string;
  family?: string;
  releaseDate?: string;
  /** Our MODALITIES values. */
  modality?: string[];
  task?: string;
  /** Further ids of the same model at the vendor's API (dated snapshots, `-latest` pointers). */
  aliases?: string[];
  notes?: string[];
  /**
   * Where this model's facts were read when the vendor page was not (models released after the models.dev
   * snapshot): cited as `release-note` for every curated fact instead of the vendor's model list.
   */
  evidence?: { url: string; title: string; kind: 'vendor-page' | 'repository'; note?: string };
  /**
   * The vendor page that lists this model when it is not the vendor's main model list (an older family, a
   * separate guide): cited as `vendor-models` and linked as the model's card in its place.
   */
  modelsUrl?: string;
  /** Whether the served weights are public is not stated by any source read: the weights component stays `unknown`. */
  weightsUnknown?: boolean;
  /** Why a curated value replaces the one models.dev gives (recorded as a conflict in the entry). */
  overrideReason?: string;
}

/** A published report on a model (system card, technical report): makes the `paper` component partial. */
export interface ModelReport {
  /** Canonical model ids the report covers. */
  models: string[];
  url: string;
  title: string;
}

export interface ApiVendor {
  publisher: Omit<Publisher, 'sources'>;
  /** Id of the provider's API terms in data/licenses.json, or null when the catalog has no entry for them yet. */
  apiTerms: string | null;
  /** The provider's terms page; without one, `proprietary` rests on the model list and models.dev. */
  termsUrl?: string;
  /** The vendor's list of API models. */
  modelsUrl: string;
  /** models.dev folder of the vendor's own API (`providers/<name>`), if it has one. */
  modelsDevProvider?: string;
  /** Which models.dev records are this vendor's API-only models (default: `open_weights = false`). */
  include?: (record: ModelsDevRecord) => boolean;
  /** The canonical id a vendor API id belongs to (default: the id itself). */
  canonical?: (id: string) => string;
  /**
   * The API names serve models whose weights the vendor publishes (DeepSeek): weights are `open`, the other
   * components are left to the open entry, and the class stays `api-only` because this entry is the API.
   */
  servesOpenWeights?: boolean;
  curated: CuratedApiModel[];
  reports: ModelReport[];
}
