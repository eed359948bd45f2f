/** Read access to the loaded dataset, as every consumer (assess, hover, reports, exports) needs it. */
import type { License, Model, Publisher } from './schema';

export interface DatasetView {
  readonly version: string;
  getModel(id: string): Model | undefined;
  getLicense(id: string): License | undefined;
  getPublisher(id: string): Publisher | undefined;
  /** Every model, in dataset order. */
  models(): readonly Model[];
  licenses(): readonly License[];
}
