import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { InterviewKind, type InterviewRound } from '../../../shared/domain/index.ts';
import { db } from '../../lib/db/database.ts';
import { backgroundMessenger as bg } from '../../lib/messaging.ts';
import { ErrorLine } from '../../lib/ui/ErrorLine.tsx';
import { useAct } from '../../lib/ui/use-act.ts';
import { lines, type SectionProps, text, undoToast } from './act.ts';
import { EntryActions } from './EntryActions.tsx';

const KIND_LABEL: Record<InterviewKind, string> = {
  phone_screen: 'Phone screen',
  recruiter: 'Recruiter',
  technical: 'Technical',
  take_home: 'Take-home',
  system_design: 'System design',
  behavioral: 'Behavioral',
  onsite: 'Onsite',
  final: 'Final',
  other: 'Other',
};

/** `datetime-local` speaks local wall time without a zone; stored rounds are ISO instants. */
const toLocalInput = (iso: string | null) => {
  if (!iso) return '';
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

function RoundForm({ round, onSave }: { round?: InterviewRound; onSave: (f: FormData) => void }) {
  return (
    <form
      className="stack"
      aria-label={round ? 'Edit interview round' : 'Add interview round'}
      onSubmit={(e) => {
        e.preventDefault();
        onSave(new FormData(e.currentTarget));
      }}
    >
      <div className="form-grid">
        <label>
          Date and time
          <input
            type="datetime-local"
            name="scheduledAt"
            defaultValue={toLocalInput(round?.scheduledAt ?? null)}
          />
        </label>
        <label>
          Kind
          <select name="kind" defaultValue={round?.kind ?? 'phone_screen'}>
            {InterviewKind.options.map((k) => (
              <option key={k} value={k}>
                {KIND_LABEL[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Interviewers (comma-separated)
          <input name="interviewers" defaultValue={round?.interviewers.join(', ')} />
        </label>
      </div>
      <label>
        Prep notes
        <textarea name="notes" rows={2} defaultValue={round?.notes} />
      </label>
      <label>
        Questions asked (one per line)
        <textarea name="questions" rows={2} defaultValue={round?.questions.join('\n')} />
      </label>
      <label>
        Feedback
        <textarea name="feedback" rows={2} defaultValue={round?.feedback} />
      </label>
      <button type="submit" className="primary">
        {round ? 'Save round' : 'Add round'}
      </button>
    </form>
  );
}

/** The job's interview rounds, soonest first (unscheduled last): add, edit, delete with undo. */
export function InterviewsSection({ jobId, onToast }: SectionProps) {
  const rounds = useLiveQuery(async () => {
    const all = await db().interviews.where('jobId').equals(jobId).toArray();
    return all.sort((a, b) => (a.scheduledAt ?? '~').localeCompare(b.scheduledAt ?? '~'));
  }, [jobId]);
  const { error, act } = useAct();
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const save = (form: FormData, round?: InterviewRound) =>
    act(async () => {
      const when = text(form, 'scheduledAt');
      await bg.sendMessage('saveInterview', {
        id: round?.id,
        jobId,
        kind: text(form, 'kind') as InterviewKind,
        scheduledAt: when ? new Date(when).toISOString() : null,
        interviewers: lines(text(form, 'interviewers'), /,/),
        questions: lines(text(form, 'questions')),
        notes: text(form, 'notes'),
        feedback: text(form, 'feedback') || undefined,
      });
      setEditing(null);
      setAdding(false);
    });
  const remove = (round: InterviewRound) =>
    act(async () => {
      const { trashId } = await bg.sendMessage('deleteJobDetail', { store: 'interviews', id: round.id });
      onToast(undoToast('Interview round deleted', trashId));
    });
  return (
    <section aria-labelledby="interviews-h">
      <h2 id="interviews-h">Interview rounds</h2>
      {rounds?.length === 0 && <p className="muted">No rounds yet.</p>}
      <ul className="entries" aria-label="Interview rounds">
        {rounds?.map((r) => (
          <li key={r.id} className="card">
            {editing === r.id ? (
              <RoundForm round={r} onSave={(f) => void save(f, r)} />
            ) : (
              <>
                <strong>{KIND_LABEL[r.kind]}</strong>{' '}
                <span className="muted">
                  {r.scheduledAt ? new Date(r.scheduledAt).toLocaleString() : 'not scheduled'}
                </span>
                {r.interviewers.length > 0 && <div className="small">With {r.interviewers.join(', ')}</div>}
                {r.notes && <div className="small">Prep: {r.notes}</div>}
                {r.questions.length > 0 && (
                  <ul className="small" aria-label="Questions asked">
                    {r.questions.map((q) => (
                      <li key={q}>{q}</li>
                    ))}
                  </ul>
                )}
                {r.feedback && <div className="small">Feedback: {r.feedback}</div>}
                <div className="row small">
                  <EntryActions onEdit={() => setEditing(r.id)} onDelete={() => void remove(r)} />
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      {adding ? (
        <RoundForm onSave={(f) => void save(f)} />
      ) : (
        <button type="button" onClick={() => setAdding(true)} style={{ marginTop: 8 }}>
          Add interview round
        </button>
      )}
      <ErrorLine error={error} />
    </section>
  );
}
