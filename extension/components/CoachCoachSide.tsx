import { useState } from 'react';
import { clientLabel, coachStatus } from '../../shared/coach/names.ts';
import { type ClientView, describeRedemption, type Relationship } from '../../shared/coach/protocol.ts';
import { backgroundMessenger as bg } from '../lib/messaging.ts';
import { CoachClientView } from './CoachClientView.tsx';
import { CoachNameField, useOwnDisplayName } from './CoachNameField.tsx';
import { CoachRename } from './CoachRename.tsx';

const day = (iso: string) => new Date(iso).toLocaleDateString();

/** The coach's side: redeem a client's code, list clients by name, open an active client's read-only pipeline. */
export function CoachCoachSide(props: { relationships: Relationship[]; onChange: () => Promise<void> }) {
  const [code, setCode] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [view, setView] = useState<ClientView | null>(null);
  const [myName, setMyName] = useOwnDisplayName();

  const redeem = async () => {
    setMessage(null);
    try {
      const result = await bg.sendMessage('redeemCoachCode', { code, displayName: myName.trim() });
      setMessage({ ok: result.outcome === 'redeemed', text: describeRedemption(result) });
      if (result.outcome === 'redeemed') setCode('');
    } catch (e) {
      setMessage({ ok: false, text: (e as Error).message });
    }
    await props.onChange();
  };
  // Opening (or reopening) asks the server again: a paused or ended client answers with a refusal.
  const open = async (relationshipId: string) => {
    setMessage(null);
    try {
      setView(await bg.sendMessage('coachClientView', { relationshipId }));
    } catch (e) {
      setView(null);
      setMessage({ ok: false, text: (e as Error).message });
      await props.onChange();
    }
  };
  const openId = view?.relationship.id;
  const stillListed = props.relationships.some((r) => r.id === openId && r.status === 'active');
  return (
    <section className="stack" aria-label="Your clients">
      <strong className="small">Your clients, if you coach someone</strong>
      <CoachNameField seenBy="client" value={myName} onChange={setMyName} />
      <label>
        A client's invitation code
        <div className="row">
          <input
            value={code}
            onChange={(e) => setCode(e.target.value)}
            placeholder="XXXXX-XXXXX-XXXXX-XXXXX"
          />
          <button type="button" disabled={!code.trim()} onClick={() => void redeem()}>
            Redeem
          </button>
        </div>
      </label>
      {message && (
        <p className={`notice small ${message.ok ? 'ok' : 'error'}`} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      {props.relationships.length > 0 && (
        <ul className="job-list" aria-label="Clients">
          {props.relationships.map((r) => {
            const { label, tone } = coachStatus(r);
            return (
              <li key={r.id} className="stack" data-testid="client-row">
                <div className="row" style={{ justifyContent: 'space-between' }}>
                  <span className="stack">
                    <strong style={{ overflowWrap: 'anywhere' }}>{clientLabel(r, day)}</strong>
                    <span className="small muted">
                      {r.status === 'paused'
                        ? 'Paused by the client: nothing to see until they resume'
                        : `Sharing since ${day(r.activatedAt ?? r.createdAt)}`}
                    </span>
                  </span>
                  <span className="row">
                    <span className={`chip tone-${tone}`}>{label}</span>
                    {r.status === 'active' && (
                      <button type="button" onClick={() => void open(r.id)}>
                        {openId === r.id ? 'Reload' : 'Open'}
                      </button>
                    )}
                  </span>
                </div>
                <CoachRename
                  relationshipId={r.id}
                  current={r.coachName}
                  other={clientLabel(r, day, true)}
                  onDone={props.onChange}
                />
              </li>
            );
          })}
        </ul>
      )}
      {view && stillListed && <CoachClientView view={view} onNote={() => open(view.relationship.id)} />}
    </section>
  );
}
