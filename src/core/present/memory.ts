/**
 * A rough memory need to run a model locally, from its parameter count alone: the weights at fp16 (2 bytes per
 * parameter) and 4-bit (0.5 bytes per parameter), plus a stated overhead for the runtime and a short context.
 * A rough guide, said to be one: long contexts, batching and vision towers need more.
 */

export const BYTES_PER_PARAMETER = { fp16: 2, q4: 0.5 } as const;
/** Runtime buffers and the KV cache of a short (a few thousand token) context, as a share of the weights. */
export const RUNTIME_OVERHEAD = 0.2;

export interface MemoryEstimate {
  fp16Bytes: number;
  q4Bytes: number;
}

export function estimateMemory(parameters: number | null | undefined): MemoryEstimate | undefined {
  if (!parameters || !Number.isFinite(parameters) || parameters <= 0) return undefined;
  const withOverhead = (bytesPerParameter: number) => parameters * bytesPerParameter * (1 + RUNTIME_OVERHEAD);
  return { fp16Bytes: withOverhead(BYTES_PER_PARAMETER.fp16), q4Bytes: withOverhead(BYTES_PER_PARAMETER.q4) };
}

/** "≈ 19 GB", "≈ 4.8 GB", "≈ 160 MB" (decimal units, as model cards and GPU specs use them). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e12) return `≈ ${round(bytes / 1e12)} TB`;
  if (bytes >= 1e9) return `≈ ${round(bytes / 1e9)} GB`;
  return `≈ ${Math.max(1, Math.round(bytes / 1e6))} MB`;
}

/** "8B", "671B", "22.7M": the size people say. */
export function formatParameters(parameters: number): string {
  if (parameters >= 1e12) return `${round(parameters / 1e12)}T`;
  if (parameters >= 1e9) return `${round(parameters / 1e9)}B`;
  if (parameters >= 1e6) return `${round(parameters / 1e6)}M`;
  return `${Math.round(parameters / 1e3)}K`;
}

/** One decimal below 10, whole numbers above: precision the estimate does not have would mislead. */
function round(value: number): string {
  return value < 10 ? value.toFixed(1).replace(/\.0$/, '') : String(Math.round(value));
}
