import { MATCH_FACTORS, type MatchFactor, type MatchWeights } from '../domain/index.ts';

/**
 * Default weights. The first five are the seeds' (skills .30, salary .25, remote .20,
 * location .15, industry .10). Title, experience and education are not in the seeds; we add
 * title .20 (the strongest single signal of "is this my kind of job"), experience .10 and
 * education .05 (often "or equivalent"), then normalize so the weights sum to 1.
 */
export const DEFAULT_WEIGHTS: Record<MatchFactor, number> = {
  skills: 0.3,
  salary: 0.25,
  remote: 0.2,
  location: 0.15,
  industry: 0.1,
  title: 0.2,
  experience: 0.1,
  education: 0.05,
};

export const WEIGHT_PRESETS: Record<string, Record<MatchFactor, number>> = {
  Balanced: DEFAULT_WEIGHTS,
  'Skills first': {
    skills: 0.45,
    title: 0.2,
    experience: 0.1,
    education: 0.05,
    salary: 0.08,
    remote: 0.05,
    location: 0.05,
    industry: 0.02,
  },
  'Pay first': {
    salary: 0.4,
    skills: 0.2,
    title: 0.15,
    remote: 0.08,
    location: 0.08,
    experience: 0.05,
    education: 0.02,
    industry: 0.02,
  },
  'Remote first': {
    remote: 0.35,
    location: 0.15,
    skills: 0.2,
    title: 0.15,
    salary: 0.08,
    experience: 0.05,
    education: 0.01,
    industry: 0.01,
  },
};

/** Fill missing factors from the defaults and scale to sum 1 (all-zero weights fall back to defaults). */
export function normalizeWeights(weights?: Partial<MatchWeights> | null): Record<MatchFactor, number> {
  const filled = {} as Record<MatchFactor, number>;
  let total = 0;
  for (const f of MATCH_FACTORS) {
    const w = Math.max(0, weights?.[f] ?? DEFAULT_WEIGHTS[f]);
    filled[f] = w;
    total += w;
  }
  if (total <= 0) return normalizeWeights(DEFAULT_WEIGHTS);
  for (const f of MATCH_FACTORS) filled[f] /= total;
  return filled;
}
