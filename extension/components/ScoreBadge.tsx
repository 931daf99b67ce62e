import { scoreLabel } from './ScoreRing.tsx';

/** The match score as a small chip in job lists. */
export function ScoreBadge({ score }: { score: number | undefined }) {
  if (score === undefined) return null;
  return (
    <span
      className="stage"
      title={scoreLabel(score)}
      data-testid="job-score"
      style={{ fontVariantNumeric: 'tabular-nums' }}
    >
      {Math.round(score)}
    </span>
  );
}
