/**
 * A posting for the person's stated second choice ranks just below their first choice: "I'm looking
 * for a data analyst role …, and I would also take an FP&A analyst role" puts Data Analyst postings
 * above FP&A Analyst ones even when the FP&A posting reads closer to the accounting they are leaving.
 */

import type { PreparedProfile } from './prepared-profile.ts';
import { titleSimilarity } from './title-likeness.ts';
import type { PreparedJob } from './types.ts';

/** Share taken off a second-choice posting: enough to fall behind a like first-choice one, no more. */
export const SECOND_CHOICE = 0.08;
/** Title likeness at which the posting is that second choice ("FP&A Analyst", "Senior FP&A Analyst"). */
const IS_THAT_TITLE = 0.9;

/** The second choice the posting is, and the first choice it is less like; null when it is neither. */
export function secondChoiceFor(p: PreparedProfile, job: PreparedJob): string | null {
  if (!p.secondChoices.length) return null;
  // The target titles: the only ones profile.ts gives full weight.
  const targets = p.titles.filter((t) => t.weight === 1);
  const first = Math.max(0, ...targets.map((t) => titleSimilarity(t.info, job.title)));
  let best: { text: string; sim: number } | null = null;
  for (const c of p.secondChoices) {
    const sim = titleSimilarity(c.info, job.title);
    if (sim >= IS_THAT_TITLE && sim > first && (!best || sim > best.sim)) best = { text: c.text, sim };
  }
  if (!best) return null;
  const firsts = targets.map((t) => t.text).join(' or ');
  return `You said you would also take ${best.text} roles: your second choice, so it ranks just below ${firsts || 'your first'}`;
}
