/** A deterministic PRNG returning numbers in [0, 1). */
export function seededRandom(seed: number): () => number;
