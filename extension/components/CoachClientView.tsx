import { useState } from 'react';
import { clientLabel } from '../../shared/coach/names.ts';
import { type ClientView, COACH_NOTE_MAX } from '../../shared/coach/protocol.ts';
import { STAGE_LABELS } from '../../shared/domain/stage-names.ts';
import { backgroundMessenger as bg } from '../lib/messaging.ts';
import { ErrorLine } from '../lib/ui/ErrorLine.tsx';
import { useAct } from '../lib/ui/use-act.ts';

const day = (iso: string) => new Date(iso).toLocaleDateString();

/** A client's pipeline as their coach sees it: read-only, plus the coach's notes and a form to add one. */
export function CoachClientView({ view, onNote }: { view: ClientView; onNote: () => Promise<void> }) {
  const [jobId, setJobId] = useState('');
  const [body, setBody] = useState('');
  const { error, act } = useAct();
  const titleOf = new Map(view.jobs.map((j) => [j.id, `${j.title} at ${j.company}`]));
  const client = clientLabel(view.relationship, day);
  const add = () =>
    act(async () => {
      await bg.sendMessage('addCoachNote', {
        relationshipId: view.relationship.id,
        jobId: jobId || null,
        body,
      });
      setBody('');
      await onNote();
    });
  return (
    <section className="stack" aria-label="Client pipeline">
      <strong className="small" style={{ overflowWrap: 'anywhere' }}>
        Pipeline of {client} ({view.jobs.length} job{view.jobs.length === 1 ? '' : 's'}, read-only)
      </strong>
      <ul className="job-list">
        {view.jobs.map((j) => (
          <li key={j.id} className="stack" data-testid="coached-job">
            <div className="row" style={{ justifyContent: 'space-between' }}>
              <span>
                <strong>{j.title}</strong> <span className="muted">{j.company}</span>
              </span>
              <span className="stage">{STAGE_LABELS[j.stage]}</span>
            </div>
            <span className="small muted">
              {j.events.map((e) => `${STAGE_LABELS[e.to]} ${day(e.at)}`).join(' → ')}
            </span>
            {j.notes.length > 0 && <span className="small">Notes: {j.notes.join(' · ')}</span>}
            {j.materials.map((m) => (
              <span key={m.kind} className="small muted">
                {m.kind.replaceAll('_', ' ')} ({day(m.chosenAt)}): {m.preview}
              </span>
            ))}
          </li>
        ))}
      </ul>
      <section className="stack" aria-label="Your notes for this client">
        {view.notes.map((n) => (
          <p key={n.id} className="notice small" data-testid="coach-note">
            {n.jobId ? `${titleOf.get(n.jobId) ?? 'A job'}: ` : ''}
            {n.body}
          </p>
        ))}
        <label>
          About
          <select value={jobId} onChange={(e) => setJobId(e.target.value)}>
            <option value="">The whole search</option>
            {view.jobs.map((j) => (
              <option key={j.id} value={j.id}>
                {j.title} at {j.company}
              </option>
            ))}
          </select>
        </label>
        <label>
          Note for {clientLabel(view.relationship, day, true)}
          <textarea
            value={body}
            maxLength={COACH_NOTE_MAX}
            onChange={(e) => setBody(e.target.value)}
            rows={3}
          />
        </label>
        <button type="button" disabled={!body.trim()} onClick={() => void add()}>
          Add note
        </button>
        <ErrorLine error={error} small />
      </section>
    </section>
  );
}
