// Starting Skyvern's run for one claimed item. The order makes a retry safe: the create is marked (and
// committed) before the POST, so an item whose worker dies mid-send is "in doubt" and is never sent again;
// its run, if it exists, is adopted when its webhook arrives (the webhook URL names the item).
import type pg from 'pg';
import { backoffMs } from '../../shared/submission/backoff.ts';
import type { Exchange, SkyvernClient } from '../skyvern/client.ts';
import { taskRequestFor } from '../skyvern/prompt.ts';
import type { QueueConfig } from './config.ts';
import { asService, type QueueItem } from './db.ts';
import { logTaskEvent } from './task-log.ts';

export type StartResult = 'started' | 'retry_later' | 'dead_letter' | 'in_doubt' | 'skipped';

interface Loaded {
  attempts: number;
  max_attempts: number;
  answers: Array<{ label: string; value: string }>;
  resume_sha256: string | null;
  job_url: string;
  title: string;
  company: string;
}

export async function startRun(
  pool: pg.Pool,
  skyvern: (onExchange: (e: Exchange) => void) => SkyvernClient,
  config: QueueConfig,
  item: QueueItem,
  workerId: string,
): Promise<StartResult> {
  // Ownership is checked here, not trusted: the application and the job must belong to the item's user.
  const loaded = await asService(pool, async (db) => {
    const { rows } = await db.query<Loaded>(
      `with marked as (
         update public.submission_queue set create_started_at = now(), attempts = attempts + 1
          where id = $1 and user_id = $2 and status = 'claimed' and claimed_by = $3
            and create_started_at is null and lease_until > now()
          returning attempts, max_attempts, application_id, user_id)
       select m.attempts, m.max_attempts, a.answers, a.resume_sha256,
              coalesce(j.apply_url, j.url) as job_url, j.title, j.company
         from marked m
         join public.applications a on a.id = m.application_id and a.user_id = m.user_id
         join public.jobs j on j.id = a.job_id and j.user_id = m.user_id
        where a.status in ('pending_submission', 'processing')`,
      [item.id, item.user_id, workerId],
    );
    if (rows[0]) {
      await db.query(
        `update public.applications set status = 'processing' where id = $1 and user_id = $2 and status = 'pending_submission'`,
        [item.application_id, item.user_id],
      );
    }
    return rows[0];
  });
  if (!loaded) return 'skipped'; // lease lost, withdrawn, or not this user's: the next claim pass sorts it out

  const exchanges: Exchange[] = [];
  const client = skyvern((e) => void exchanges.push(e));
  const request = taskRequestFor(
    {
      applicationId: item.application_id,
      idempotencyKey: item.idempotency_key,
      postingUrl: loaded.job_url,
      jobTitle: loaded.title,
      company: loaded.company,
      answers: loaded.answers,
      resumeSha256: loaded.resume_sha256,
    },
    config.webhookUrl,
    config.maxSteps,
  );
  const result = await client.runTask(request);

  return asService(pool, async (db) => {
    const target = { userId: item.user_id, applicationId: item.application_id, queueItemId: item.id };
    for (const exchange of exchanges) await logTaskEvent(db, target, 'create', exchange);
    if (result.ok) {
      // The webhook may already have adopted the run (fast runs); then this changes nothing.
      await db.query(
        `update public.submission_queue
            set status = 'running', run_id = $3, lease_until = null,
                poll_after = now() + make_interval(secs => $4)
          where id = $1 and user_id = $2 and status = 'claimed' and run_id is null`,
        [item.id, item.user_id, result.value.run_id, config.webhookGraceMs / 1000],
      );
      await db.query(`update public.applications set skyvern_run_id = $3 where id = $1 and user_id = $2`, [
        item.application_id,
        item.user_id,
        result.value.run_id,
      ]);
      return 'started';
    }
    // A timeout may have reached Skyvern: in doubt, like a worker that died mid-send.
    if (result.kind === 'network' && result.maybeDelivered) {
      await db.query(
        `update public.submission_queue set last_error = $3,
                lease_until = create_started_at + make_interval(secs => $4)
          where id = $1 and user_id = $2`,
        [item.id, item.user_id, result.message, config.inDoubtMs / 1000],
      );
      return 'in_doubt';
    }
    if (result.retryable && loaded.attempts < loaded.max_attempts) {
      const delay = backoffMs(loaded.attempts, config.backoff, Math.random(), result.retryAfterMs ?? 0);
      await db.query(
        `update public.submission_queue
            set status = 'queued', create_started_at = null, lease_until = null, claimed_by = null,
                last_error = $3, run_after = now() + make_interval(secs => $4)
          where id = $1 and user_id = $2`,
        [item.id, item.user_id, result.message, delay / 1000],
      );
      return 'retry_later';
    }
    const reason = `Skyvern could not start the submission after ${loaded.attempts} attempt(s): ${result.message}`;
    await db.query(
      `update public.submission_queue set status = 'dead_letter', finished_at = now(), lease_until = null,
              last_error = $3
        where id = $1 and user_id = $2`,
      [item.id, item.user_id, reason],
    );
    await db.query(
      `update public.applications set status = 'failed_submission', status_reason = $3
        where id = $1 and user_id = $2 and status in ('pending_submission', 'processing')`,
      [item.application_id, item.user_id, reason],
    );
    return 'dead_letter';
  });
}
