import { useLiveQuery } from 'dexie-react-hooks';
import { type Reminder, reminders } from '../../shared/reminders/due.ts';
import { db } from '../lib/db/database.ts';
import { backgroundMessenger as bg } from '../lib/messaging.ts';
import { readReminderInput, SNOOZE_DAYS } from '../lib/services/reminders.ts';
import { ErrorLine } from '../lib/ui/ErrorLine.tsx';
import { useAct } from '../lib/ui/use-act.ts';

const KIND_LABEL: Record<Reminder['kind'], string> = {
  deadline: 'Deadline',
  'follow-up': 'Follow up',
  interview: 'Interview',
};

/**
 * The popup's "Today": reminders due today and overdue, live. Keyboard: Tab to a reminder's buttons (Enter
 * presses them), or with focus on either press D for done or S to snooze a day.
 */
export function TodayList() {
  const due = useLiveQuery(async () => reminders(await readReminderInput(db())).due, []);
  const { error, act: run } = useAct();

  const act = (r: Reminder, action: 'done' | 'snooze') =>
    run(() => bg.sendMessage('reminderAction', { key: r.key, jobId: r.jobId, action }));
  const onKey = (r: Reminder) => (e: React.KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const key = e.key.toLowerCase();
    if (key === 'd' || key === 's') {
      e.preventDefault();
      void act(r, key === 'd' ? 'done' : 'snooze');
    }
  };

  return (
    <section aria-labelledby="today-h" data-testid="today">
      <h2 id="today-h">Today</h2>
      <ErrorLine error={error} />
      {!due ? (
        <p className="muted small">Loading…</p>
      ) : due.length === 0 ? (
        <div className="empty">Nothing due today.</div>
      ) : (
        <ul className="job-list" aria-label="Due today and overdue">
          {due.map((r) => (
            <li key={r.key} data-testid="today-item" onKeyDown={onKey(r)}>
              <div className="row" style={{ justifyContent: 'space-between' }}>
                <strong>{r.title}</strong>
                <span className="stage">{r.when === 'overdue' ? 'Overdue' : KIND_LABEL[r.kind]}</span>
              </div>
              <div className="muted small">
                {r.company || 'Company unknown'} · {r.reason}
              </div>
              <div className="row" style={{ gap: 6 }}>
                <button
                  type="button"
                  aria-keyshortcuts="D"
                  aria-description={`${r.title}: done (D)`}
                  onClick={() => void act(r, 'done')}
                >
                  Done
                </button>
                <button
                  type="button"
                  aria-keyshortcuts="S"
                  aria-description={`${r.title}: snooze ${SNOOZE_DAYS} day (S)`}
                  onClick={() => void act(r, 'snooze')}
                >
                  Snooze {SNOOZE_DAYS} day
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
