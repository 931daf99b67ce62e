import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import type { MatchFactor, MatchResult } from '../../shared/domain/index.ts';
import { db } from '../lib/db/database.ts';
import { backgroundMessenger as bg } from '../lib/messaging.ts';
import { ScoreRing } from './ScoreRing.tsx';

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
const STATUS_ICON = { met: '✓', partial: '◐', missing: '✗' } as const;
const STATUS_TEXT = { met: 'Met', partial: 'Partly met', missing: 'Missing' } as const;

/** Marks when a job's score is on screen, for the open-to-score timing (see SidePanelApp). */
function usePaintMark(match: MatchResult | null | undefined) {
  useEffect(() => {
    if (!match) return;
    requestAnimationFrame(() => {
      if (performance.getEntriesByName('job-open').length === 0) return;
      performance.mark('score-painted');
      performance.measure('open-to-score', 'job-open', 'score-painted');
      performance.clearMarks('job-open');
    });
  }, [match]);
}

/** How well this job fits, and why: factor by factor and requirement by requirement. */
export function MatchView({ jobId }: { jobId: string }) {
  const match = useLiveQuery(async () => (await db().matches.get(jobId)) ?? null, [jobId]);
  const personas = useLiveQuery(() => db().personas.toArray(), []);
  usePaintMark(match);
  if (match === undefined) return null;
  if (match === null)
    return (
      <div className="notice small" data-testid="match-empty">
        Add your skills and target titles in{' '}
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
          settings
        </a>{' '}
        to see how well this job fits you.
      </div>
    );
  const factors = match.factors.filter((f) => f.weight > 0);
  return (
    <section className="stack" aria-label="Match" data-testid="match">
      <div className="row" style={{ alignItems: 'center', gap: 12 }}>
        <ScoreRing score={match.score} />
        <p className="small" style={{ margin: 0 }} data-testid="match-explanation">
          {match.explanation}
        </p>
      </div>
      {personas && personas.length > 1 && (
        <label>
          Persona
          <select
            value={personas.find((p) => p.active)?.id ?? ''}
            onChange={(e) => {
              const chosen = personas.find((p) => p.id === e.target.value);
              if (chosen) void bg.sendMessage('savePersona', { ...chosen, active: true });
            }}
          >
            {personas.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {match.dealBreakers.map((d) => (
        <div key={d} className="notice error small" role="alert">
          {d}
        </div>
      ))}
      {match.adjustments && match.adjustments.length > 0 && (
        <ul
          className="stack small"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
          aria-label="Adjustments"
        >
          {match.adjustments.map((a) => (
            <li key={a.kind} data-testid={`match-adjustment-${a.kind}`}>
              <span className={a.points < 0 ? 'muted' : undefined}>{a.detail}</span>{' '}
              <span className="muted">
                ({a.points >= 0 ? '+' : '−'}
                {Math.abs(a.points)} points)
              </span>
            </li>
          ))}
        </ul>
      )}
      <ul className="stack" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Factors">
        {factors.map((f) => (
          <li key={f.factor} title={f.detail}>
            <div className="row small" style={{ justifyContent: 'space-between' }}>
              <span>{FACTOR_LABELS[f.factor]}</span>
              <span className="muted">{Math.round(f.score * 100)}%</span>
            </div>
            <div style={{ height: 6, background: 'var(--chip)', borderRadius: 3 }}>
              <div
                style={{
                  width: `${Math.round(f.score * 100)}%`,
                  height: 6,
                  background: 'var(--accent)',
                  borderRadius: 3,
                }}
              />
            </div>
            <div className="muted small">{f.detail}</div>
          </li>
        ))}
      </ul>
      {match.requirements.length > 0 && (
        <>
          <h2>Requirements</h2>
          <ul
            className="stack"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
            aria-label="Requirements"
          >
            {match.requirements.map((r) => (
              <li key={`${r.kind}-${r.text}`} data-status={r.status} className="small">
                <span
                  role="img"
                  aria-label={STATUS_TEXT[r.status]}
                  style={{
                    color:
                      r.status === 'met'
                        ? 'var(--ok)'
                        : r.status === 'partial'
                          ? 'var(--warn)'
                          : 'var(--bad)',
                  }}
                >
                  {STATUS_ICON[r.status]}
                </span>{' '}
                {r.text} {r.kind === 'preferred' && <span className="muted">(nice to have)</span>}
                <div className="muted">{r.evidence ? `You: ${r.evidence}` : 'Not in your profile'}</div>
              </li>
            ))}
          </ul>
        </>
      )}
      {match.gaps.length > 0 && (
        <>
          <h2>Gaps</h2>
          <ul className="stack" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Gaps">
            {match.gaps.map((g) => {
              const skill = g.kind === 'skill' ? g.skill : undefined;
              return (
                <li key={g.text} className="row small" style={{ justifyContent: 'space-between' }}>
                  <span>{g.text}</span>
                  {skill && (
                    <button
                      type="button"
                      aria-label={`I have ${skill}: add it to my profile`}
                      onClick={() => void bg.sendMessage('addSkill', { name: skill })}
                    >
                      I have this
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
