import type { MatchFactor, MatchResult } from '../../shared/domain/index.ts';
import { Meter } from '../lib/ui/Meter.tsx';

const FACTOR_LABELS: Record<MatchFactor, string> = {
  skills: 'Skills',
  salary: 'Salary',
  remote: 'Remote',
  location: 'Location',
  industry: 'Industry',
  title: 'Title & level',
  experience: 'Experience',
  education: 'Education',
};

/** How the score adds up: adjustments in points, then one bar per weighted factor with its words. */
export function MatchFactors({ match }: { match: MatchResult }) {
  const factors = match.factors.filter((f) => f.weight > 0);
  return (
    <section className="stack" aria-labelledby="factors-h">
      <h2 id="factors-h">How the score adds up</h2>
      {match.adjustments && match.adjustments.length > 0 && (
        <ul className="stack small plain-list" aria-label="Adjustments">
          {match.adjustments.map((a) => (
            // Two adjustments may share a kind (a grade band and a support role are both specialty): the detail tells them apart.
            <li key={`${a.kind}:${a.detail}`} data-testid={`match-adjustment-${a.kind}`}>
              <span className={a.points < 0 ? 'muted' : undefined}>{a.detail}</span>{' '}
              <span className="muted">
                ({a.points >= 0 ? '+' : '−'}
                {Math.abs(a.points)} points)
              </span>
            </li>
          ))}
        </ul>
      )}
      <ul className="stack plain-list" aria-label="Factors">
        {factors.map((f) => (
          <li key={f.factor} data-factor={f.factor}>
            <div className="row small spread">
              <span>{FACTOR_LABELS[f.factor]}</span>
              <span className="muted">{Math.round(f.score * 100)}%</span>
            </div>
            <Meter label={FACTOR_LABELS[f.factor]} value={f.score} detail={f.detail} />
            <div className="muted small">{f.detail}</div>
          </li>
        ))}
      </ul>
    </section>
  );
}
