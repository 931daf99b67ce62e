// POST /functions/v1/skyvern-webhook?item=<idempotency key>: Skyvern's task webhook (contracts.md §1.5).
// Verified on the raw bytes before anything is parsed; unsigned, forged and stale calls get 401 and
// change nothing. A repeat of (run_id, status) is logged once and ignored after (replays, Skyvern's
// retries, duplicates); a status after the terminal one (out of order) changes nothing either.
import type pg from 'pg';
import { json, jsonError } from '../http/json.ts';
import { verifySkyvernWebhook } from '../skyvern/signature.ts';
import { SkyvernRun } from '../skyvern/types.ts';
import type { QueueConfig } from './config.ts';
import { asService } from './db.ts';
import { settleRun } from './settle.ts';
import type { Queryable } from './sql.ts';
import { logTaskEvent } from './task-log.ts';

export interface WebhookDeps {
  pool: pg.Pool | undefined;
  config: QueueConfig;
}

interface Target {
  id: string;
  user_id: string;
  application_id: string;
}

/** The item this run belongs to; a run whose create was in doubt (its worker died) is adopted here. */
async function itemOfRun(
  db: Queryable,
  runId: string,
  key: string | null,
  graceMs: number,
): Promise<Target | null> {
  const known = await db.query<Target>(
    'select id, user_id, application_id from public.submission_queue where run_id = $1',
    [runId],
  );
  if (known.rows[0] || !key) return known.rows[0] ?? null;
  const adopted = await db.query<Target>(
    `update public.submission_queue
        set run_id = $1, status = 'running', lease_until = null, poll_after = now() + make_interval(secs => $3)
      where idempotency_key = $2 and run_id is null and status = 'claimed' and create_started_at is not null
      returning id, user_id, application_id`,
    [runId, key, graceMs / 1000],
  );
  const item = adopted.rows[0];
  if (item) {
    await db.query('update public.applications set skyvern_run_id = $3 where id = $1 and user_id = $2', [
      item.application_id,
      item.user_id,
      runId,
    ]);
  }
  return item ?? null;
}

export function createWebhookHandler(deps: WebhookDeps): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'POST') return jsonError(405, 'method_not_allowed', 'Use POST');
    const apiKey = deps.config.skyvern?.apiKey;
    if (!apiKey || !deps.pool)
      return jsonError(503, 'webhook_unconfigured', 'SKYVERN_API_KEY or the database is not set');
    const pool = deps.pool;
    const raw = new Uint8Array(await request.arrayBuffer());
    const check = await verifySkyvernWebhook(raw, request.headers, apiKey);
    if (!check.ok) return jsonError(401, check.code, check.message);
    let run: SkyvernRun;
    try {
      const parsed = SkyvernRun.safeParse(JSON.parse(new TextDecoder().decode(raw)));
      if (!parsed.success) return jsonError(400, 'invalid_payload', 'The body is not a Skyvern run');
      run = parsed.data;
    } catch {
      return jsonError(400, 'invalid_json', 'The body is not JSON');
    }
    const key = new URL(request.url).searchParams.get('item');
    const result = await asService(pool, async (db) => {
      const item = await itemOfRun(db, run.run_id, key, deps.config.webhookGraceMs);
      if (!item) return 'unknown_run';
      const target = { userId: item.user_id, applicationId: item.application_id, queueItemId: item.id };
      const fresh = await logTaskEvent(db, target, 'webhook', { responseBody: run, status: null, ms: 0 });
      if (!fresh) return 'duplicate';
      return settleRun(db, run, 'webhook');
    });
    return json({ result });
  };
}
