/**
 * One fresh-process measurement for bench/dataset.mjs, which bundles this file with the dataset hash the build
 * injects (so the shipped, trusted path is what runs) and prints one JSON line:
 * index load, resolver build, first lookup, details load (ms).
 */
import { loadDatasetFile } from '../src/core/dataset/load-file';

declare const PROBE_DATASET_PATH: string;
declare const PROBE_MODEL_ID: string;

const started = performance.now();
const { view } = loadDatasetFile(PROBE_DATASET_PATH);
const loaded = performance.now();
const resolver = view.resolver?.();
const resolverBuilt = performance.now();
const model = resolver?.resolve(PROBE_MODEL_ID)?.model;
const looked = performance.now();
const sources = model?.sources.length ?? 0;
const detailed = performance.now();
console.log(
  JSON.stringify({
    loadMs: loaded - started,
    resolverMs: resolverBuilt - loaded,
    lookupMs: looked - resolverBuilt,
    detailsMs: detailed - looked,
    models: view.modelCount?.() ?? view.models().length,
    resolved: model?.id ?? null,
    sources,
  }),
);
