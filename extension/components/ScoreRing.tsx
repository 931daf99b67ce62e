const R = 24;
const C = 2 * Math.PI * R;

export const scoreLabel = (score: number) =>
  score >= 75 ? 'Strong match' : score >= 55 ? 'Good match' : score >= 35 ? 'Partial match' : 'Weak match';

/** The 0–100 match score as a ring, with its meaning in words for screen readers. */
export function ScoreRing({ score, size = 64 }: { score: number; size?: number }) {
  const color =
    score >= 75 ? 'var(--ok)' : score >= 55 ? 'var(--accent)' : score >= 35 ? 'var(--warn)' : 'var(--bad)';
  return (
    <svg
      width={size}
      style={{ flexShrink: 0 }}
      height={size}
      viewBox="0 0 60 60"
      role="img"
      aria-label={`${score} out of 100, ${scoreLabel(score)}`}
      data-testid="score-ring"
    >
      <circle cx="30" cy="30" r={R} fill="none" stroke="var(--chip)" strokeWidth="6" />
      <circle
        cx="30"
        cy="30"
        r={R}
        fill="none"
        stroke={color}
        strokeWidth="6"
        strokeDasharray={`${(score / 100) * C} ${C}`}
        transform="rotate(-90 30 30)"
        strokeLinecap="round"
      />
      <text x="30" y="35" textAnchor="middle" fontSize="16" fontWeight="600" fill="currentColor">
        {Math.round(score)}
      </text>
    </svg>
  );
}
