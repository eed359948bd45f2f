/** Read access to the loaded dataset, as every consumer (assess, hover, reports, exports) needs it. */
import type { ModelResolver } from './resolve';
import type { License, Model, Publisher } from './schema';

export interface DatasetView {
  readonly version: string;
  getModel(id: string): Model | undefined;
  getLicense(id: string): License | undefined;
  getPublisher(id: string): Publisher | undefined;
  /** Every model, in dataset order (the shipped dataset parses each model on first use: this parses them all). */
  models(): readonly Model[];
  licenses(): readonly License[];
  /** How many models, without parsing them. */
  modelCount?(): number;
  /** The resolver over this dataset's models, built once (the shipped dataset brings its tables precomputed). */
  resolver?(): ModelResolver;
  /**
   * The prefilter's anchors for `models()` as the build computed them (detection-facts.ts), null when some id has
   * none. Absent: detection computes them from `models()`.
   */
  prefilterAnchors?(): readonly string[] | null;
  /** The models with live facts, without parsing the others. Absent: filter `models()`. */
  liveModels?(): readonly Model[];
}
