import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../lib/db/database.ts';

/** Receipts kept in this browser for one job (autofill confirmations, Skyvern submissions): what was sent. */
export function JobReceipts({ jobId }: { jobId: string }) {
  const receipts = useLiveQuery(
    () => db().receipts.where('jobId').equals(jobId).sortBy('submittedAt'),
    [jobId],
  );
  if (!receipts?.length) return null;
  return (
    <section className="small stack" aria-label="What was sent (kept in this browser)">
      {receipts.map((r) => {
        const confirmation = r.answers.find((a) => a.label === 'Confirmation')?.value;
        return (
          <p key={r.id}>
            Sent {new Date(r.submittedAt).toLocaleString()} · resume {r.resumeSha256?.slice(0, 12) ?? 'none'}{' '}
            · {r.answers.length} answers{confirmation ? ` · confirmation ${confirmation}` : ''}
          </p>
        );
      })}
    </section>
  );
}
