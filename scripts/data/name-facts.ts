/**
 * Facts a repository name states by convention: the parameter count ("Llama-3.1-8B", "bloom-1b7",
 * "pythia-70m", "Qwen2-57B-A14B") and quantised re-upload markers. Each use is recorded with a source note
 * saying the value was read from the name.
 */

const SIZE = /(?:^|[-_./])(\d+(?:\.\d+)?)([bm])(?=$|[-_.])/i;
/** "1b7" means 1.7 billion (BLOOM, some Pythia-era names). */
const SPLIT_SIZE = /(?:^|[-_./])(\d+)([bm])(\d+)(?=$|[-_.])/i;
const ACTIVE = /(?:^|[-_.])a(\d+(?:\.\d+)?)b(?=$|[-_.])/i;
/** "8x7B" mixtures: the total is not 8 x 7B, so the name gives no total. */
const MIXTURE = /\d+x\d+(?:\.\d+)?[bm]/i;

function scale(unit: string): number {
  return unit.toLowerCase() === 'b' ? 1e9 : 1e6;
}

/** Total parameters the repository name states, or null. */
export function parametersFromName(id: string): number | null {
  const name = id.split('/').pop() ?? id;
  if (MIXTURE.test(name)) return null;
  const withoutActive = name.replace(ACTIVE, '');
  const split = SPLIT_SIZE.exec(withoutActive);
  if (split) return round(Number(`${split[1]}.${split[3]}`) * scale(split[2]!));
  const match = SIZE.exec(withoutActive);
  if (!match) return null;
  return round(Number(match[1]) * scale(match[2]!));
}

/** Active parameters of a mixture-of-experts name ("Qwen2-57B-A14B"), or null. */
export function activeParametersFromName(id: string): number | null {
  const name = id.split('/').pop() ?? id;
  const match = ACTIVE.exec(name);
  return match ? round(Number(match[1]) * 1e9) : null;
}

function round(value: number): number {
  return Math.round(value / 1e5) * 1e5;
}

const QUANTIZED = /(?:^|[-_.])(gguf|awq|gptq|int4|int8|onnx|mlx|exl2|bnb|4bit|8bit|fp8)(?=$|[-_.])/i;

/** True for names of quantised or converted re-uploads ("...-AWQ", "...-GGUF", "...-Int4"). */
export function isQuantizedName(id: string): boolean {
  return QUANTIZED.test(id.split('/').pop() ?? id);
}
