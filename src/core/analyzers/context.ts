/** What the file analysers need from the engine: the dataset, the policy and the model resolver, nothing else. */
import type { Engine } from '../engine';

export type AnalyzerContext = Pick<Engine, 'dataset' | 'policy' | 'resolver'>;
