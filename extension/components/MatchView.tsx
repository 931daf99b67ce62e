import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import type { MatchResult } from '../../shared/domain/index.ts';
import { db } from '../lib/db/database.ts';
import { backgroundMessenger as bg } from '../lib/messaging.ts';
import { MatchFactors } from './MatchFactors.tsx';
import { ScoreRing } from './ScoreRing.tsx';

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
export function MatchView({ jobId, part = 'summary' }: { jobId: string; part?: 'summary' | 'details' }) {
  const match = useLiveQuery(async () => (await db().matches.get(jobId)) ?? null, [jobId]);
  const personas = useLiveQuery(() => db().personas.toArray(), []);
  usePaintMark(part === 'summary' ? match : null);
  if (match === undefined) return null;
  if (part === 'details') return match && <MatchDetails match={match} />;
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
  return (
    <section className="stack" aria-label="Match" data-testid="match">
      <div className="row" style={{ gap: 12, flexWrap: 'nowrap' }}>
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
      {match.requirements.length > 0 && (
        <>
          <h2>Requirements</h2>
          <ul className="stack plain-list" aria-label="Requirements">
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
    </section>
  );
}

/** What to do about the score and how it adds up: the gaps ("I have this") and the factor bars. */
function MatchDetails({ match }: { match: MatchResult }) {
  return (
    <section className="stack" aria-label="Match details" data-testid="match-details">
      {match.gaps.length > 0 && (
        <>
          <h2>Gaps</h2>
          <ul className="stack plain-list" aria-label="Gaps">
            {match.gaps.map((g) => {
              const skill = g.kind === 'skill' ? g.skill : undefined;
              return (
                <li key={g.text} className="row small spread">
                  <span>{g.text}</span>
                  {skill && (
                    <button
                      type="button"
                      aria-label={`I have this: ${skill} (add it to my profile)`}
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
      <MatchFactors match={match} />
    </section>
  );
}
