import { useState } from 'react';
import type { CoachOverview, Invitation, Relationship } from '../../shared/coach/protocol.ts';
import { backgroundMessenger as bg } from '../lib/messaging.ts';

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '');

function describeRelationship(r: Relationship): string {
  if (r.status === 'pending')
    return new Date(r.inviteExpiresAt).getTime() > Date.now()
      ? `Invitation waiting for a coach (expires ${when(r.inviteExpiresAt)})`
      : 'Invitation expired unused';
  if (r.status === 'active') return `${r.coachId} can see your pipeline (since ${when(r.activatedAt)})`;
  if (r.status === 'paused') return `${r.coachId} is paused: they see nothing until you resume`;
  return `${r.coachId ?? 'Invitation'} ended ${when(r.endedAt)}: they see nothing`;
}

/** The client's side: invite a coach (one-time code), see each coach, pause, resume or end at any time. */
export function CoachClientSide(props: {
  overview: CoachOverview;
  syncEnabled: boolean;
  onChange: () => void;
}) {
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const act = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError((e as Error).message);
    }
    props.onChange();
  };
  const live = props.overview.asClient.filter((r) => r.status !== 'ended' || r.coachId);
  const status = (r: Relationship, to: 'active' | 'paused' | 'ended') =>
    act(() => bg.sendMessage('setCoachStatus', { relationshipId: r.id, status: to }));
  return (
    <section className="stack" aria-label="Your coaches">
      <span className="small muted">
        Your coaches see your synced jobs, their notes, stage history and chosen materials, read-only, and
        write notes for you. You can pause or end it at any time; it stops at once.
      </span>
      {props.syncEnabled ? (
        <button
          type="button"
          onClick={() => void act(async () => setInvitation(await bg.sendMessage('inviteCoach', undefined)))}
        >
          Invite a coach
        </button>
      ) : (
        <p className="small muted">Turn on sync to invite a coach: they see what this browser syncs.</p>
      )}
      {invitation && (
        <p className="notice ok small">
          Give your coach this one-time code:{' '}
          <output data-testid="coach-invite-code">
            <strong>{invitation.code}</strong>
          </output>{' '}
          (works once, until {when(invitation.expiresAt)}; it is not shown again).
        </p>
      )}
      <ul className="job-list" aria-label="Coaches">
        {live.map((r) => (
          <li key={r.id} className="stack" data-testid="coach-row">
            <span className="small">{describeRelationship(r)}</span>
            <div className="row">
              {r.status === 'active' && (
                <button type="button" onClick={() => void status(r, 'paused')}>
                  Pause
                </button>
              )}
              {r.status === 'paused' && (
                <button type="button" onClick={() => void status(r, 'active')}>
                  Resume
                </button>
              )}
              {r.status !== 'ended' && (
                <button type="button" className="danger" onClick={() => void status(r, 'ended')}>
                  {r.status === 'pending' ? 'Cancel invitation' : 'End'}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {props.overview.notesForMe.length > 0 && (
        <section className="stack" aria-label="Notes from your coaches">
          <strong className="small">Notes from your coaches</strong>
          <ul className="job-list">
            {props.overview.notesForMe.map((n) => (
              <li key={n.id} data-testid="coach-note-for-me">
                <span className="small muted">
                  {n.coachId}
                  {n.jobLabel ? ` on ${n.jobLabel}` : ''}, {when(n.createdAt)}
                </span>
                <p style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>{n.body}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {error && (
        <p className="notice error small" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
