/** The one-paragraph reading of a score the side panel shows above the factors. */
import type { MatchGap, MatchResult } from '../domain/index.ts';
import type { FactorOutcome } from './types.ts';

const label = (score: number) =>
  score >= 75 ? 'Strong' : score >= 55 ? 'Good' : score >= 35 ? 'Partial' : 'Weak';

/** Label, cap, thin-posting and level notes, the two strongest factors, the first gaps. */
export function explain(
  score: number,
  factors: MatchResult['factors'],
  outcomes: Record<string, FactorOutcome>,
  dealBreakers: string[],
  gaps: MatchGap[],
  gate: number,
  adjustments: NonNullable<MatchResult['adjustments']>,
): string {
  const parts = [`${label(score)} match (${score}/100).`];
  if (dealBreakers.length) parts.push(`Capped: ${dealBreakers[0]}.`);
  const thin = adjustments.find((a) => a.kind === 'thin_posting');
  if (thin) parts.push(`${thin.detail}.`);
  const level = adjustments.find((a) => a.kind === 'level');
  if (level) parts.push(`${level.detail}.`);
  const strong = factors
    .filter((f) => f.weight > 0 && f.score >= 0.75)
    .sort((a, b) => b.weight * b.score - a.weight * a.score)
    .slice(0, 2)
    .map((f) => `${f.factor}: ${outcomes[f.factor].detail}`);
  if (strong.length) parts.push(`Fits on ${strong.join('; ')}.`);
  const skillGaps = gaps.filter((g) => g.kind !== 'deal-breaker').slice(0, 2);
  if (skillGaps.length) parts.push(`Gaps: ${skillGaps.map((g) => g.text).join(', ')}.`);
  const neutral = factors.filter((f) => f.weight === 0 && /not counted/.test(outcomes[f.factor].detail));
  if (gate < 0.5)
    parts.push('The role is far from your skills and titles, so location and other conditions count less.');
  if (neutral.some((f) => f.factor === 'salary' && /posting/.test(outcomes.salary.detail)))
    parts.push('No salary on the posting, so pay was not counted.');
  return parts.join(' ');
}
