import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../lib/db/database.ts';
import { backgroundMessenger as bg } from '../lib/messaging.ts';
import { followUpDays } from '../lib/services/reminders.ts';
import { useAct } from '../lib/ui/use-act.ts';

/** One job's follow-up delay (empty: the default from Settings → Reminders). */
export function FollowUpDaysField({ jobId }: { jobId: string }) {
  const state = useLiveQuery(
    async () => ({ own: (await db().followUps.get(jobId))?.days, fallback: await followUpDays(db()) }),
    [jobId],
  );
  const { error, act } = useAct();
  if (!state) return null;
  const save = (value: string) =>
    act(() => bg.sendMessage('setFollowUpDays', { jobId, days: value.trim() ? Number(value) : null }));
  return (
    <label>
      Follow up after (days without an answer)
      <input
        key={`${jobId}-${state.own}`}
        type="number"
        min={1}
        max={90}
        placeholder={`${state.fallback} (default)`}
        defaultValue={state.own ?? ''}
        onBlur={(e) => e.target.value !== String(state.own ?? '') && void save(e.target.value)}
      />
      {error && (
        <span className="notice error" role="alert">
          {error}
        </span>
      )}
    </label>
  );
}
