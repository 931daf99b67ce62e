import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { JobNote } from '../../../shared/domain/index.ts';
import { db } from '../../lib/db/database.ts';
import { backgroundMessenger as bg } from '../../lib/messaging.ts';
import { ErrorLine } from '../../lib/ui/ErrorLine.tsx';
import { useAct } from '../../lib/ui/use-act.ts';
import { type SectionProps, text, undoToast } from './act.ts';
import { EntryActions } from './EntryActions.tsx';

/** The job's notes, oldest first: add, edit in place, delete with undo. */
export function NotesSection({ jobId, onToast }: SectionProps) {
  const notes = useLiveQuery(() => db().jobNotes.where('jobId').equals(jobId).sortBy('createdAt'), [jobId]);
  const { error, act } = useAct();
  const [editing, setEditing] = useState<string | null>(null);
  const save = (form: HTMLFormElement, note?: JobNote) =>
    act(async () => {
      await bg.sendMessage('saveNote', { id: note?.id, jobId, body: text(new FormData(form), 'body') });
      if (note) setEditing(null);
      else form.reset();
    });
  const remove = (note: JobNote) =>
    act(async () => {
      const { trashId } = await bg.sendMessage('deleteJobDetail', { store: 'jobNotes', id: note.id });
      onToast(undoToast('Note deleted', trashId));
    });
  return (
    <section aria-labelledby="notes-h">
      <h2 id="notes-h">Notes</h2>
      <ul className="entries" aria-label="Notes">
        {notes?.map((note) =>
          editing === note.id ? (
            <li key={note.id} className="card">
              <form
                className="stack"
                onSubmit={(e) => {
                  e.preventDefault();
                  void save(e.currentTarget, note);
                }}
              >
                <textarea name="body" rows={3} aria-label="Edit note" defaultValue={note.body} />
                <div className="row">
                  <button type="submit" className="primary">
                    Save note
                  </button>
                  <button type="button" onClick={() => setEditing(null)}>
                    Cancel
                  </button>
                </div>
              </form>
            </li>
          ) : (
            <li key={note.id} className="card">
              <div style={{ whiteSpace: 'pre-wrap' }}>{note.body}</div>
              <div className="row small muted">
                {new Date(note.updatedAt).toLocaleString()}
                <EntryActions
                  onEdit={() => setEditing(note.id)}
                  onDelete={() => void remove(note)}
                  deleteLabel="Delete note"
                />
              </div>
            </li>
          ),
        )}
      </ul>
      <form
        className="stack"
        style={{ marginTop: 8 }}
        onSubmit={(e) => {
          e.preventDefault();
          void save(e.currentTarget);
        }}
      >
        <textarea name="body" rows={2} aria-label="New note" placeholder="What you learned, what to ask…" />
        <button type="submit">Add note</button>
      </form>
      <ErrorLine error={error} />
    </section>
  );
}
