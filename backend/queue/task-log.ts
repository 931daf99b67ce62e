// One skyvern_task_log row per exchange with Skyvern (create, poll, cancel) and per webhook received.
import type { Exchange } from '../skyvern/client.ts';
import { redactForLog } from '../skyvern/redact.ts';
import type { SkyvernRun } from '../skyvern/types.ts';
import type { Queryable } from './sql.ts';

export type LogKind = 'create' | 'poll' | 'cancel' | 'webhook';

export interface LogTarget {
  userId: string;
  applicationId: string;
  queueItemId: string | null;
}

function runOf(body: unknown): Partial<SkyvernRun> {
  return body && typeof body === 'object' ? (body as Partial<SkyvernRun>) : {};
}

/** Returns false when the row already existed (a repeated webhook for the same run and status). */
export async function logTaskEvent(
  db: Queryable,
  target: LogTarget,
  kind: LogKind,
  exchange: Pick<Exchange, 'requestBody' | 'status' | 'responseBody' | 'ms'>,
): Promise<boolean> {
  const run = runOf(exchange.responseBody);
  const payload = redactForLog(exchange.responseBody ?? {});
  const { rows } = await db.query(
    `insert into public.skyvern_task_log
       (user_id, application_id, queue_item_id, run_id, status, failure_reason, step_count, app_url,
        recording_url, payload, kind, http_status, duration_ms, request)
     values ($1, $2, $3, $4, $5::public.skyvern_run_status, $6, $7, $8, $9, $10, $11::public.skyvern_exchange_kind, $12, $13, $14)
     on conflict (run_id, status) where kind = 'webhook' do nothing
     returning id`,
    [
      target.userId,
      target.applicationId,
      target.queueItemId,
      run.run_id ?? null,
      run.status ?? null,
      run.failure_reason ? String(redactForLog(run.failure_reason)).slice(0, 1000) : null,
      run.step_count ?? null,
      run.app_url ?? null,
      run.recording_url ?? null,
      payload && typeof payload === 'object' && !Array.isArray(payload) ? payload : { body: payload },
      kind,
      exchange.status,
      Math.round(exchange.ms),
      exchange.requestBody === undefined ? null : redactForLog(exchange.requestBody),
    ],
  );
  return rows.length > 0;
}
