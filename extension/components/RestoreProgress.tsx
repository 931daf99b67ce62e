import { useLiveQuery } from 'dexie-react-hooks';
import { describeRestore } from '../../shared/sync/restore-status.ts';
import { db } from '../lib/db/database.ts';
import { readRestore } from '../lib/sync/restore-run.ts';

/**
 * The first sign-in restore, live: an accessible progress bar with per-table counts so far (the server gives no
 * total up front, so the bar is indeterminate until done), then done or the error. `whileActive` hides it once
 * done (the popup); the Account tab keeps the result.
 */
export function RestoreProgress({ whileActive = false }: { whileActive?: boolean }) {
  const restore = useLiveQuery(() => readRestore(db()), []);
  if (!restore || (whileActive && restore.state === 'done')) return null;
  const text = describeRestore(restore);
  return (
    <div className="stack small" data-testid="restore-progress" data-state={restore.state}>
      {restore.state === 'done' ? (
        <progress aria-label="Restoring your data" value={1} max={1} />
      ) : (
        <progress aria-label="Restoring your data" aria-valuetext={text} />
      )}
      <span
        role={restore.state === 'error' ? 'alert' : 'status'}
        className={restore.state === 'error' ? 'error' : 'muted'}
      >
        {text}
      </span>
    </div>
  );
}
