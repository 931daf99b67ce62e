import { useId, useState } from 'react';
import { type Job, tagProblem, withoutTag, withTag } from '../../../shared/domain/index.ts';
import { backgroundMessenger as bg } from '../../lib/messaging.ts';
import { ErrorLine } from '../../lib/ui/ErrorLine.tsx';
import { useAct } from '../../lib/ui/use-act.ts';
import type { ToastState } from '../Toast.tsx';

/**
 * The user's own tags on a job: type and press Enter (or Add) to add, × to remove with Undo. The board
 * filters and searches by them.
 */
export function TagEditor({ job, onToast }: { job: Job; onToast: (t: ToastState) => void }) {
  const id = useId();
  const tags = job.tags ?? [];
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { error, act } = useAct();
  const save = (next: string[]) =>
    act(() => bg.sendMessage('updateJob', { jobId: job.id, patch: { tags: next } }));
  const add = async () => {
    const why = tagProblem(tags, draft);
    setProblem(why);
    if (why) return;
    if (await save(withTag(tags, draft))) setDraft('');
  };
  const remove = async (tag: string) => {
    if (await save(withoutTag(tags, tag)))
      onToast({
        message: `Removed the tag “${tag}”.`,
        action: { label: 'Undo', run: () => void save(tags) },
      });
  };
  return (
    <fieldset className="stack tag-editor">
      <legend>Tags</legend>
      {tags.length ? (
        <ul className="row tag-list" aria-label="Tags on this job">
          {tags.map((tag) => (
            <li key={tag} className="chip">
              {tag}
              <button
                type="button"
                className="linkish"
                aria-label={`Remove the tag ${tag}`}
                onClick={() => void remove(tag)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small" style={{ margin: 0 }}>
          No tags yet. Tags group jobs on the board (“referral”, “dream job”).
        </p>
      )}
      <div className="row">
        <label htmlFor={`${id}-tag`} className="visually-hidden">
          New tag
        </label>
        <input
          id={`${id}-tag`}
          value={draft}
          placeholder="Add a tag"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(e) => {
            setDraft(e.target.value);
            setProblem(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void add();
            }
          }}
        />
        <button type="button" onClick={() => void add()}>
          Add
        </button>
      </div>
      {problem && (
        <p id={`${id}-problem`} className="notice error small" role="alert">
          {problem}
        </p>
      )}
      <ErrorLine error={error} />
    </fieldset>
  );
}
