/**
 * Re-uploads and mirrors: quantised or converted copies in the card snapshot become `hf-reupload` aliases of
 * the model they copy, and base-model ids written through a mirror or a renamed repo point at the original.
 */
import type { Model, Source } from '../../src/core/dataset/schema';
import { addSource, claim, RANK, type ModelDraft } from './draft';
import { baseModelsOf, type CardRow } from './importers/hf-cards';
import { isQuantizedName } from './name-facts';

/** Organisations that re-upload other publishers' weights unchanged or converted (quantised, MLX, bnb...). */
const MIRROR_ORGS = new Set(
  ['thebloke', 'bartowski', 'unsloth', 'nousresearch', 'lmstudio-community', 'mlx-community', 'maziyarpanahi', 'quantfactory',
    'hugging-quants', 'neuralmagic', 'mradermacher', 'second-state', 'mistral-community', 'systran', 'xenova', 'optimum', 'tensorblock'],
);

const REUPLOAD_SOURCE: Source = {
  id: 'hf-reuploads',
  kind: 'reference-dataset',
  url: 'https://huggingface.co/models',
  title: 'Hub re-uploads declaring this model as base_model',
  checked: '2024-12-01',
  note: 'Quantised re-uploads (GGUF, AWQ, GPTQ...) from the December 2024 card snapshot whose name and base_model match this model.',
};

const QUANTIZED_SUFFIX = /[-_.](gguf|awq|gptq|int4|int8|onnx|mlx|exl2|bnb|4bit|8bit|fp8)$/i;

const SUFFIX_SOURCE: Source = {
  id: 'repo-name-base',
  kind: 'curated',
  url: null,
  checked: '2026-11-23',
  note: 'A quantised copy of the model named without the suffix (-AWQ, -GPTQ-Int4, -FP8, -GGUF), by the repo naming convention.',
};

/** "Qwen/Qwen2.5-7B-Instruct-GPTQ-Int4" -> "Qwen/Qwen2.5-7B-Instruct", or null when the name has no quantisation suffix. */
export function unquantizedName(id: string): string | null {
  let name = id;
  while (QUANTIZED_SUFFIX.test(name)) name = name.replace(QUANTIZED_SUFFIX, '');
  return name === id ? null : name;
}

/** A publisher's own quantised copies that state no base get the unquantised model as their base. */
export function linkQuantizedCopies(drafts: Map<string, ModelDraft>): void {
  for (const draft of drafts.values()) {
    if (draft.claims.has('baseModels')) continue;
    const original = unquantizedName(draft.id);
    const target = original ? drafts.get(original.toLowerCase()) : undefined;
    if (target) claim(draft, 'baseModels', [{ id: target.id, relation: 'quantized' }], SUFFIX_SOURCE, RANK.derived);
  }
}

/** Adds each re-upload in `cards` that is not a model of its own as an alias of the draft it copies. */
export function attachReuploads(cards: CardRow[], drafts: Map<string, ModelDraft>): void {
  for (const row of cards) {
    const key = row.id.toLowerCase();
    const mirror = MIRROR_ORGS.has(row.id.split('/')[0]!.toLowerCase());
    if (drafts.has(key) || !(mirror || isQuantizedName(row.id))) continue;
    const bases = baseModelsOf(row);
    if (bases.length !== 1) continue;
    const target = drafts.get(bases[0]!.toLowerCase());
    if (!target || !sameWeightsName(row.id, target.id)) continue;
    addSource(target, REUPLOAD_SOURCE);
    target.aliases.push({ id: row.id, ecosystem: 'hf-reupload', source: REUPLOAD_SOURCE.id });
  }
}

/** "TheBloke/Llama-2-7B-GGUF" re-uploads "meta-llama/Llama-2-7b-hf": same name once format suffixes are gone. */
export function sameWeightsName(reupload: string, original: string): boolean {
  const strip = (id: string) =>
    (id.split('/').pop() ?? id)
      .toLowerCase()
      .replace(/[-_.](gguf|awq|gptq|int4|int8|onnx|mlx|exl2|bnb|4bit|8bit|fp8|hf)(?=$|[-_.])/g, '')
      .replace(/^meta-/, '');
  return strip(reupload) === strip(original);
}

/**
 * A card may name its base by a renamed repo ("runwayml/stable-diffusion-v1-5") or a mirror of it
 * ("NousResearch/Meta-Llama-3-8B"); point it at the canonical entry so the terms chain resolves.
 */
export function canonicaliseBaseIds(models: Model[]): void {
  const canonical = new Map<string, string>();
  for (const model of models) {
    for (const alias of model.aliases) {
      if (alias.ecosystem === 'hf' || alias.ecosystem === 'hf-reupload') canonical.set(alias.id.toLowerCase(), model.id);
    }
  }
  for (const model of models) {
    model.baseModels = model.baseModels.map((base) => ({ ...base, id: canonical.get(base.id.toLowerCase()) ?? base.id }));
  }
}
