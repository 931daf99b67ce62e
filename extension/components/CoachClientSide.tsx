import { useState } from 'react';
import { coachLabel, coachStatus, shownName } from '../../shared/coach/names.ts';
import type { CoachOverview, Invitation, Relationship } from '../../shared/coach/protocol.ts';
import { backgroundMessenger as bg } from '../lib/messaging.ts';
import { ErrorLine } from '../lib/ui/ErrorLine.tsx';
import { useAct } from '../lib/ui/use-act.ts';
import { CoachNameField, useOwnDisplayName } from './CoachNameField.tsx';
import { CoachRename } from './CoachRename.tsx';

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '');
const day = (iso: string) => new Date(iso).toLocaleDateString();

function describeRelationship(r: Relationship): string {
  if (r.status === 'pending')
    return new Date(r.inviteExpiresAt).getTime() > Date.now()
      ? `Waiting for a coach to redeem the code (expires ${when(r.inviteExpiresAt)})`
      : 'Expired unused';
  if (r.status === 'active') return `Can see your pipeline (since ${when(r.activatedAt)})`;
  if (r.status === 'paused') return `Paused ${when(r.pausedAt)}: sees nothing until you resume`;
  return `Ended ${when(r.endedAt)}: sees nothing`;
}

/** The client's side: invite a coach (one-time code), see each coach by name, pause, resume or end at any time. */
export function CoachClientSide(props: {
  overview: CoachOverview;
  syncEnabled: boolean;
  onChange: () => void;
}) {
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const { error, act: run } = useAct();
  const [myName, setMyName] = useOwnDisplayName();
  const act = async (fn: () => Promise<unknown>) => {
    await run(fn);
    props.onChange();
  };
  const live = props.overview.asClient.filter((r) => r.status !== 'ended' || r.coachId);
  const status = (r: Relationship, to: 'active' | 'paused' | 'ended') =>
    act(() => bg.sendMessage('setCoachStatus', { relationshipId: r.id, status: to }));
  const invite = () =>
    act(async () => setInvitation(await bg.sendMessage('inviteCoach', { displayName: myName.trim() })));
  return (
    <section className="stack" aria-label="Your coaches">
      <strong className="small">Your coaches</strong>
      <span className="small muted">
        Your coaches see your synced jobs, their notes, stage history and chosen materials, read-only, and
        write notes for you. You can pause or end it at any time; it stops at once.
      </span>
      {props.syncEnabled ? (
        <>
          <CoachNameField seenBy="coach" value={myName} onChange={setMyName} />
          <button type="button" onClick={() => void invite()}>
            Invite a coach
          </button>
        </>
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
        {live.map((r) => {
          const { label, tone } = coachStatus(r);
          const name = r.status === 'pending' ? `Invitation of ${day(r.createdAt)}` : coachLabel(r, day);
          const inSentence = coachLabel(r, day, true);
          return (
            <li key={r.id} className="stack" data-testid="coach-row">
              <div className="row" style={{ justifyContent: 'space-between' }}>
                <strong style={{ overflowWrap: 'anywhere' }}>{name}</strong>
                <span className={`chip tone-${tone}`}>{label}</span>
              </div>
              <span className="small muted">{describeRelationship(r)}</span>
              <div className="row">
                {r.status === 'active' && (
                  <button type="button" onClick={() => void status(r, 'paused')}>
                    Pause sharing with {inSentence}
                  </button>
                )}
                {r.status === 'paused' && (
                  <button type="button" onClick={() => void status(r, 'active')}>
                    Resume sharing with {inSentence}
                  </button>
                )}
                {r.status !== 'ended' && (
                  <button type="button" className="danger" onClick={() => void status(r, 'ended')}>
                    {r.status === 'pending' ? 'Cancel invitation' : `End sharing with ${inSentence}`}
                  </button>
                )}
              </div>
              {r.status !== 'ended' && (
                <CoachRename
                  relationshipId={r.id}
                  current={r.clientName}
                  other={r.status === 'pending' ? 'your coach' : inSentence}
                  onDone={props.onChange}
                />
              )}
            </li>
          );
        })}
      </ul>
      {props.overview.notesForMe.length > 0 && (
        <section className="stack" aria-label="Notes from your coaches">
          <strong className="small">Notes from your coaches</strong>
          <ul className="job-list">
            {props.overview.notesForMe.map((n) => (
              <li key={n.id} data-testid="coach-note-for-me">
                <span className="small muted" style={{ overflowWrap: 'anywhere' }}>
                  {shownName(n.coachName) ?? 'Your coach'}
                  {n.jobLabel ? ` on ${n.jobLabel}` : ''}, {when(n.createdAt)}
                </span>
                <p style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>{n.body}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <ErrorLine error={error} small />
    </section>
  );
}
