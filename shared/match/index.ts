// Match engine: pure and deterministic. Prepare each side once, then score many pairs.
export { cosine, EMBEDDING_BLEND, type EmbeddingProvider } from './embeddings.ts';
export { type Place, parsePlace } from './geo.ts';
export { type PreparedProfile, type PrepareProfileOptions, prepareProfile } from './profile.ts';
export {
  type Relevance,
  relevanceOf,
  type TermCounts,
  type TermRarity,
  termCounts,
  termRarity,
} from './relevance.ts';
export { parsePosting } from './requirements.ts';
export { yearlyUsd } from './salary.ts';
export {
  DEAL_BREAKER_CAP,
  matchJob,
  prepareJob,
  quickScore,
  type ScoreOptions,
  scoreMatch,
} from './score.ts';
export type { JobInput, ParsedPosting, PreparedJob, RequirementItem } from './types.ts';
export { DEFAULT_WEIGHTS, normalizeWeights, WEIGHT_PRESETS } from './weights.ts';
