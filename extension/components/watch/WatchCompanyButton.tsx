import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Job } from '../../../shared/domain/index.ts';
import { boardKey, boardRefFromJob } from '../../../shared/watch/alert.ts';
import { db } from '../../lib/db/database.ts';
import { backgroundMessenger as bg } from '../../lib/messaging.ts';

/** "Watch this company" on a saved job from Greenhouse, Lever or Ashby; nothing for other boards. */
export function WatchCompanyButton({ job }: { job: Job }) {
  const ref = boardRefFromJob(job);
  const key = ref ? boardKey(ref) : null;
  const watched = useLiveQuery(
    async () => (key ? db().watchAlerts.where('boardKey').equals(key).first() : undefined),
    [key],
  );
  const [error, setError] = useState<string | null>(null);
  if (!ref) return null;
  if (watched)
    return (
      <span className="small muted" data-testid="watching">
        Watching {watched.name} ({watched.frequency})
      </span>
    );
  return (
    <>
      <button
        type="button"
        onClick={() =>
          void bg.sendMessage('watchCompany', { jobId: job.id }).catch((e) => setError((e as Error).message))
        }
      >
        Watch this company
      </button>
      {error && (
        <span className="notice error small" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
