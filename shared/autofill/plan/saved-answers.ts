import type { SavedAnswer } from '../../domain/index.ts';
import { normalize, tokens } from '../classify/text.ts';

/** How alike two questions must be before a saved answer is reused. */
export const SIMILARITY_THRESHOLD = 0.6;

/** Dice overlap of content words; identical wording scores 1. */
export function questionSimilarity(a: string, b: string): number {
  const na = normalize(a).replace(/[^\p{L}\p{N} ]/gu, '');
  const nb = normalize(b).replace(/[^\p{L}\p{N} ]/gu, '');
  if (!na || !nb) return 0;
  if (na === nb) return 1;
  const ta = new Set(tokens(na));
  const tb = new Set(tokens(nb));
  if (!ta.size || !tb.size) return 0;
  let common = 0;
  for (const t of ta) if (tb.has(t)) common++;
  return (2 * common) / (ta.size + tb.size);
}

export interface SavedMatch {
  saved: SavedAnswer;
  similarity: number;
}

/** The saved answer whose question reads most like this one, above the threshold. */
export function findSavedAnswer(
  question: string,
  bank: readonly SavedAnswer[],
  threshold = SIMILARITY_THRESHOLD,
): SavedMatch | null {
  let best: SavedMatch | null = null;
  for (const saved of bank) {
    const similarity = questionSimilarity(question, saved.question);
    if (similarity >= threshold && (!best || similarity > best.similarity)) best = { saved, similarity };
  }
  return best;
}
