import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../lib/db/database.ts';
import { backgroundMessenger as bg } from '../../lib/messaging.ts';
import { followUpDays } from '../../lib/services/reminders.ts';
import { ErrorLine } from '../../lib/ui/ErrorLine.tsx';
import { useAct } from '../../lib/ui/use-act.ts';

/** The default number of days after applying before a follow-up reminder (a job may set its own). */
export function ReminderSettings() {
  const days = useLiveQuery(() => followUpDays(db()), []);
  const { error, act } = useAct();
  const save = (value: string) => act(() => bg.sendMessage('setFollowUpDays', { days: Number(value) }));
  return (
    <section className="card stack" aria-labelledby="reminders-h">
      <h2 id="reminders-h">Reminders</h2>
      <p className="muted">
        Jobraker reminds you of application deadlines, interviews, and to follow up when a company has not
        answered.
      </p>
      {days !== undefined && (
        <label className="row">
          <span>Follow up after</span>
          <input
            key={days}
            type="number"
            min={1}
            max={90}
            defaultValue={days}
            style={{ width: 64 }}
            onBlur={(e) => Number(e.target.value) !== days && void save(e.target.value)}
          />
          <span>days without an answer</span>
        </label>
      )}
      <ErrorLine error={error} />
    </section>
  );
}
