// A run reached Skyvern's terminal status (webhook or poll): settle the queue item and the application in
// one transaction. Only an in-flight item changes, so a late, repeated or out-of-order report is a no-op.
import { outcomeOfRun } from '../../shared/submission/outcome.ts';
import type { SkyvernRun } from '../skyvern/types.ts';
import type { Queryable } from './sql.ts';

export type Settled = 'settled' | 'in_progress' | 'already_final' | 'unknown_run';

interface Row {
  id: string;
  user_id: string;
  application_id: string;
  status: string;
  app_status: string;
  submitted_url: string | null;
  job_url: string;
}

export async function settleRun(
  db: Queryable,
  run: SkyvernRun,
  source: 'webhook' | 'poll',
): Promise<Settled> {
  const { rows } = await db.query<Row>(
    `select q.id, q.user_id, q.application_id, q.status::text, a.status::text as app_status, a.submitted_url,
            coalesce(j.apply_url, j.url) as job_url
       from public.submission_queue q
       join public.applications a on a.id = q.application_id and a.user_id = q.user_id
       join public.jobs j on j.id = a.job_id and j.user_id = q.user_id
      where q.run_id = $1
      for update of q, a`,
    [run.run_id],
  );
  const item = rows[0];
  if (!item) return 'unknown_run';
  if (item.status !== 'running' && item.status !== 'claimed') return 'already_final';
  const outcome = outcomeOfRun({ ...run, cancelledByUser: item.app_status === 'withdrawn_by_user' });
  if (!outcome.final) return 'in_progress';
  const queueStatus =
    outcome.status === 'submitted_successfully'
      ? 'succeeded'
      : outcome.status === 'withdrawn_by_user'
        ? 'cancelled'
        : 'failed';
  await db.query(
    `update public.submission_queue
        set status = $3::public.queue_status, finished_at = now(), lease_until = null, poll_after = null,
            last_error = $4
      where id = $1 and user_id = $2`,
    [item.id, item.user_id, queueStatus, outcome.reason],
  );
  const receipt = {
    run_id: run.run_id,
    skyvern_status: run.status,
    confirmation: outcome.confirmation,
    recording_url: run.recording_url ?? null,
    screenshot_urls: run.screenshot_urls ?? [],
    app_url: run.app_url ?? null,
    step_count: run.step_count ?? null,
    finished_at: run.finished_at ?? null,
    reported_by: source,
  };
  // The truth wins over a withdrawal that came too late: a run that submitted is recorded as submitted.
  const submitted = outcome.status === 'submitted_successfully';
  await db.query(
    `update public.applications
        set status = $3::public.application_status, status_reason = $4, receipt = $5, method = 'skyvern',
            submitted_at = case when $6 then coalesce(submitted_at, now()) else submitted_at end,
            submitted_url = case when $6 then coalesce(submitted_url, $7) else submitted_url end
      where id = $1 and user_id = $2
        and (status in ('pending_submission', 'processing') or (status = 'withdrawn_by_user' and $6))`,
    [
      item.application_id,
      item.user_id,
      outcome.status,
      submitted && item.app_status === 'withdrawn_by_user'
        ? 'Submitted before the withdrawal reached Skyvern.'
        : outcome.reason,
      receipt,
      submitted,
      /^https?:\/\//.test(item.job_url) ? item.job_url : null,
    ],
  );
  return 'settled';
}
