/**
 * Optional semantic similarity, off by default. A provider (a local model, or an API behind the
 * backend) embeds texts; vectors are computed once per profile and per job, outside scoring,
 * and passed in. Scoring stays synchronous, pure and deterministic for given vectors.
 */
export interface EmbeddingProvider {
  readonly id: string;
  embed(texts: string[]): Promise<Float32Array[]>;
}

export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** How much of the title factor semantic similarity may replace when both vectors exist. */
export const EMBEDDING_BLEND = 0.3;
