// The fallback when no webhook arrives (contracts.md §1.5: Skyvern may not retry, both sources advise
// polling get_run), and cancelling runs the user withdrew (POST /v1/runs/{id}/cancel).
import type pg from 'pg';
import type { Exchange, SkyvernClient } from '../skyvern/client.ts';
import type { QueueConfig } from './config.ts';
import { asService } from './db.ts';
import { settleRun } from './settle.ts';
import { logTaskEvent } from './task-log.ts';

interface Due {
  id: string;
  user_id: string;
  application_id: string;
  run_id: string;
  withdrawn: boolean;
}

/** Runs whose webhook is overdue, or whose user withdrew; each is pushed back so one pass owns it. */
async function takeDue(pool: pg.Pool, config: QueueConfig, limit: number): Promise<Due[]> {
  return asService(pool, async (db) => {
    const { rows } = await db.query<Due>(
      `update public.submission_queue q set poll_after = now() + make_interval(secs => $1)
         from public.applications a
        where a.id = q.application_id and a.user_id = q.user_id
          and q.id in (select q2.id from public.submission_queue q2
                         join public.applications a2 on a2.id = q2.application_id and a2.user_id = q2.user_id
                        where q2.status = 'running'
                          and (q2.poll_after <= now() or a2.status = 'withdrawn_by_user')
                        order by q2.poll_after limit $2
                        for update of q2 skip locked)
          and (q.poll_after <= now() or a.status = 'withdrawn_by_user')
        returning q.id, q.user_id, q.application_id, q.run_id, a.status = 'withdrawn_by_user' as withdrawn`,
      [config.pollEveryMs / 1000, limit],
    );
    return rows;
  });
}

export async function pollAndCancel(
  pool: pg.Pool,
  skyvern: (onExchange: (e: Exchange) => void) => SkyvernClient,
  config: QueueConfig,
  limit = 20,
): Promise<{ polled: number; cancelled: number; settled: number }> {
  const due = await takeDue(pool, config, limit);
  let cancelled = 0;
  let settled = 0;
  await Promise.all(
    due.map(async (item) => {
      const exchanges: Array<{ kind: 'poll' | 'cancel'; exchange: Exchange }> = [];
      let kind: 'poll' | 'cancel' = 'cancel';
      const client = skyvern((exchange) => void exchanges.push({ kind, exchange }));
      if (item.withdrawn) {
        const cancel = await client.cancelRun(item.run_id);
        if (cancel.ok) cancelled += 1;
      }
      kind = 'poll';
      const run = await client.getRun(item.run_id);
      await asService(pool, async (db) => {
        const target = { userId: item.user_id, applicationId: item.application_id, queueItemId: item.id };
        for (const e of exchanges) await logTaskEvent(db, target, e.kind, e.exchange);
        if (run.ok && (await settleRun(db, run.value, 'poll')) === 'settled') settled += 1;
      });
    }),
  );
  return { polled: due.length, cancelled, settled };
}
