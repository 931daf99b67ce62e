import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../lib/db/database.ts';
import { WatchAlertCard } from './WatchAlertCard.tsx';
import { WatchForm } from './WatchForm.tsx';

/** Company watch: the boards you follow, checked on a schedule from this browser, and what they found. */
export function CompanyWatchSection() {
  const alerts = useLiveQuery(
    async () => (await db().watchAlerts.toArray()).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    [],
  );
  return (
    <section className="card stack" aria-labelledby="watch-h">
      <h2 id="watch-h">Company watch</h2>
      <p className="muted small">
        Jobraker asks each company's public Greenhouse, Lever or Ashby board for new postings, daily or
        weekly, from this browser, and notifies you of the ones that fit. Click a notification to save the
        posting.
      </p>
      <WatchForm />
      {alerts?.length === 0 && <p className="empty">No companies watched yet.</p>}
      <ul className="stack" aria-label="Watched companies">
        {alerts?.map((a) => (
          <WatchAlertCard key={a.id} alert={a} />
        ))}
      </ul>
    </section>
  );
}
