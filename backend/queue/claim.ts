// Claiming work under the concurrency caps. One claim transaction at a time (an advisory lock), so two
// worker calls never both see 9 in flight and start an 11th; rows are still taken FOR UPDATE SKIP LOCKED
// so a claim never waits on an item the webhook or a poll is settling.
import type { QueueConfig } from './config.ts';
import type { QueueItem } from './db.ts';
import type { Queryable } from './sql.ts';

const CLAIM_LOCK = "hashtextextended('jobraker.submission_queue.claim', 0)";

export interface ClaimResult {
  claimed: QueueItem[];
  gaveUp: number; // in-doubt creates whose webhook never came
  cancelledQueued: number;
}

export const IN_DOUBT_REASON =
  'Jobraker could not confirm whether Skyvern started this submission (the worker stopped while sending it). ' +
  'Check the posting before applying again.';

export async function claimWork(db: Queryable, config: QueueConfig, workerId: string): Promise<ClaimResult> {
  await db.query(`select pg_advisory_xact_lock(${CLAIM_LOCK})`);
  // Withdrawn before any run started: nothing to cancel at Skyvern.
  const cancelled = await db.query(
    `update public.submission_queue q set status = 'cancelled', finished_at = now(), lease_until = null
       from public.applications a
      where a.id = q.application_id and a.user_id = q.user_id and a.status = 'withdrawn_by_user'
        and (q.status = 'queued' or (q.status = 'claimed' and q.create_started_at is null))`,
  );
  // A claim whose create may have reached Skyvern and whose webhook never came within the window:
  // never start a second run; hand it to the user.
  const gaveUp = await db.query<{ application_id: string; user_id: string }>(
    `update public.submission_queue set status = 'failed', finished_at = now(), lease_until = null, last_error = $1
      where id in (select id from public.submission_queue
                    where status = 'claimed' and run_id is null and create_started_at is not null
                      and lease_until < now() and create_started_at < now() - make_interval(secs => $2)
                    for update skip locked)
      returning application_id, user_id`,
    [IN_DOUBT_REASON, config.inDoubtMs / 1000],
  );
  for (const row of gaveUp.rows) {
    await db.query(
      `update public.applications set status = 'action_required', status_reason = $3
        where id = $1 and user_id = $2 and status in ('pending_submission', 'processing')`,
      [row.application_id, row.user_id, IN_DOUBT_REASON],
    );
  }
  // In doubt but still inside the window: keep the slot (a run may be live) and wait for its webhook.
  await db.query(
    `update public.submission_queue
        set lease_until = create_started_at + make_interval(secs => $1)
      where status = 'claimed' and run_id is null and create_started_at is not null and lease_until < now()`,
    [config.inDoubtMs / 1000],
  );
  const lease = config.leaseMs / 1000;
  // Claims whose worker died before sending anything are safe to take over as they are.
  const taken = await db.query<QueueItem>(
    `update public.submission_queue set lease_until = now() + make_interval(secs => $1), claimed_by = $2,
            claimed_at = now()
      where id in (select id from public.submission_queue
                    where status = 'claimed' and create_started_at is null and lease_until < now()
                    for update skip locked)
      returning *`,
    [lease, workerId],
  );
  const fresh = await db.query<QueueItem>(
    `with active as (
       select user_id, count(*)::int as n from public.submission_queue
        where status in ('claimed', 'running') group by user_id),
     total as (select coalesce(sum(n), 0)::int as n from active),
     ready as (
       select q.id, q.user_id, q.priority, q.run_after,
              row_number() over (partition by q.user_id order by q.priority desc, q.run_after, q.created_at) as rn
         from public.submission_queue q
        where q.status = 'queued' and q.run_after <= now()),
     eligible as (
       select r.id from ready r left join active a on a.user_id = r.user_id
        where r.rn + coalesce(a.n, 0) <= $3
        order by r.priority desc, r.run_after
        limit greatest(0, $4 - (select n from total)))
     update public.submission_queue q
        set status = 'claimed', lease_until = now() + make_interval(secs => $1), claimed_by = $2,
            claimed_at = now()
      where q.id in (select id from public.submission_queue
                      where id in (select id from eligible) for update skip locked)
      returning q.*`,
    [lease, workerId, config.perUserCap, config.globalCap],
  );
  return {
    claimed: [...taken.rows, ...fresh.rows],
    gaveUp: gaveUp.rows.length,
    cancelledQueued: cancelled.rowCount ?? 0,
  };
}
