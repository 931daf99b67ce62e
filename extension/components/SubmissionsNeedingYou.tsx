import { APPLICATION_STATUS_LABELS, type ApplicationStatus } from '../../shared/submission/statuses.ts';
import { backgroundMessenger as bg } from '../lib/messaging.ts';
import { useJobs } from '../lib/ui/hooks.ts';
import { useSubmissions } from '../lib/ui/submissions.ts';

/** The popup's view of Skyvern submissions: counts by status, and each one that needs you with its reason and
 * a Take over button (the background opens and fills the posting; the popup may close meanwhile). */
export function SubmissionsNeedingYou() {
  const { list } = useSubmissions(10_000);
  const jobs = useJobs();
  if (!list || list.length === 0) return null;
  const counts = new Map<string, number>();
  for (const s of list) counts.set(s.status, (counts.get(s.status) ?? 0) + 1);
  const needYou = list.filter((s) => s.status === 'action_required');
  return (
    <section aria-labelledby="submissions-h">
      <h2 id="submissions-h">Submissions</h2>
      <p className="small">
        {[...counts]
          .map(([status, n]) => `${APPLICATION_STATUS_LABELS[status as ApplicationStatus] ?? status} ${n}`)
          .join(' · ')}
      </p>
      {needYou.map((s) => (
        <p key={s.id} className="small" data-submission-status="action_required">
          <strong>{jobs?.find((j) => j.id === s.job_id)?.title ?? 'A job'}</strong> needs you:{' '}
          {s.status_reason}{' '}
          <button
            type="button"
            onClick={() => void bg.sendMessage('takeOverSubmission', { jobId: s.job_id })}
          >
            Take over
          </button>{' '}
          (then record the result in the side panel)
        </p>
      ))}
    </section>
  );
}
