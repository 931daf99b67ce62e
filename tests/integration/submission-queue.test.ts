// The submission queue end to end: 1,000 approved applications from 20 users through the real worker
// (Deno, process-queue) and webhook (skyvern-webhook) against the Skyvern stand-in, global cap 10, per-user
// cap 2, with the worker SIGKILLed three times mid-batch. Then forged, replayed and unsigned webhooks.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../backend/local/ports.ts';
import { type QueueTimer, startQueueTimer } from '../../backend/local/queue-timer.ts';
import { type SkyvernStandIn, startSkyvernStandIn } from '../../backend/local/skyvern-standin.ts';
import { skyvernJsonBytes, webhookPayload } from '../../backend/local/skyvern-standin-runs.ts';
import { signSkyvernBody } from '../../backend/skyvern/signature.ts';
import { TERMINAL_APPLICATION_STATUSES } from '../../shared/submission/statuses.ts';
import { anon, asUser, attempt } from './support/as-role.ts';
import { startTestRouter, type TestRouter } from './support/deno-router.ts';
import { EXPECTED, seedQueue } from './support/queue-seed.ts';

const USERS = 20;
const PER_USER = 50;
const GLOBAL_CAP = 10;
const USER_CAP = 2;
const KEY = `sk-it-${randomUUID()}`;
const SECRET = `worker-${randomUUID()}`;
const db = new pg.Pool({ connectionString: inject('dbUrl'), max: 4 });
const run = randomUUID().slice(0, 8);
const users = Array.from({ length: USERS }, (_, i) => `queue_user_${run}_${i}`);
let standIn: SkyvernStandIn;
let hooks: TestRouter;
let worker: TestRouter;
let workerPort: number;
let timer: QueueTimer;
let env: Record<string, string>;
const userOfKey = new Map<string, string>();

beforeAll(async () => {
  standIn = await startSkyvernStandIn({
    apiKeys: [KEY],
    runMs: 120,
    webhookRetryBaseMs: 200,
    groupOf: (request) => userOfKey.get(String(request.title).replace(/^jobraker:/, '')) ?? 'unknown',
  });
  const hooksPort = await freePort();
  workerPort = await freePort();
  env = {
    SUPABASE_DB_URL: inject('dbUrl'),
    SKYVERN_API_KEY: KEY,
    SKYVERN_BASE_URL: standIn.url,
    SKYVERN_WEBHOOK_URL: `http://127.0.0.1:${hooksPort}/functions/v1/skyvern-webhook`,
    QUEUE_WORKER_SECRET: SECRET,
    QUEUE_GLOBAL_CONCURRENCY: String(GLOBAL_CAP),
    QUEUE_USER_CONCURRENCY: String(USER_CAP),
    QUEUE_LEASE_MS: '1500',
    QUEUE_IN_DOUBT_MS: '3000',
    QUEUE_WEBHOOK_GRACE_MS: '1200',
    QUEUE_POLL_EVERY_MS: '500',
    QUEUE_BACKOFF_BASE_MS: '100',
  };
  hooks = await startTestRouter(hooksPort, env);
  worker = await startTestRouter(workerPort, env);
  await seedQueue(db, users, PER_USER);
  const { rows } = await db.query(
    'select idempotency_key, user_id from public.submission_queue where user_id = any($1)',
    [users],
  );
  for (const row of rows) userOfKey.set(row.idempotency_key, row.user_id);
});

afterAll(async () => {
  await timer?.stop();
  await worker?.stop();
  await hooks?.stop();
  await standIn?.stop();
  await db.end();
});

async function statuses(): Promise<Map<string, number>> {
  const { rows } = await db.query(
    'select status::text, count(*)::int as n from public.applications where user_id = any($1) group by 1',
    [users],
  );
  return new Map(rows.map((r) => [r.status, r.n]));
}

async function finished(): Promise<number> {
  const counts = await statuses();
  return TERMINAL_APPLICATION_STATUSES.reduce((sum, s) => sum + (counts.get(s) ?? 0), 0);
}

describe('submission queue under load, with the worker killed', () => {
  it('settles every application exactly once, one run each, within the caps', async () => {
    standIn.failNext(429, 3, 'create');
    standIn.failNext(500, 3, 'create');
    timer = startQueueTimer({ url: `${worker.url}/process-queue`, secret: SECRET, everyMs: 40 });
    const total = USERS * PER_USER;
    const kills: number[] = [];
    const deadline = Date.now() + 75_000;
    for (const at of [0.2, 0.45, 0.7]) {
      while ((await finished()) < total * at && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 100));
      await worker.kill();
      kills.push(await finished());
      worker = await startTestRouter(workerPort, env);
    }
    let done = await finished();
    while (done < total && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      done = await finished();
    }
    console.log(
      `[queue] kills after ${kills.join(', ')} settled; status counts`,
      Object.fromEntries(await statuses()),
    );
    expect(done).toBe(total);

    // Exactly one terminal status and one finished queue item per application; nothing left in flight.
    const { rows } = await db.query(
      `select a.id, a.status::text, a.status_reason, a.receipt, j.url, q.idempotency_key, q.status::text as q_status,
              (select count(*)::int from public.submission_queue q2 where q2.application_id = a.id) as items
         from public.applications a join public.jobs j on j.id = a.job_id
         join public.submission_queue q on q.application_id = a.id
        where a.user_id = any($1)`,
      [users],
    );
    expect(rows).toHaveLength(total);
    expect(rows.filter((r) => r.items !== 1)).toEqual([]);
    expect(rows.filter((r) => ['queued', 'claimed', 'running'].includes(r.q_status))).toEqual([]);

    // One run per application at Skyvern. The only exception the design allows: a worker killed between
    // marking the create and sending it leaves no run, and that application asks the user to check.
    const noRun = rows.filter(
      (r) => (standIn.stats.runsByKey.get(`jobraker:${r.idempotency_key}`) ?? 0) === 0,
    );
    const twice = rows.filter((r) => (standIn.stats.runsByKey.get(`jobraker:${r.idempotency_key}`) ?? 0) > 1);
    expect(twice).toEqual([]);
    for (const r of noRun) expect(r.status_reason).toMatch(/could not confirm whether Skyvern started/);
    console.log(`[queue] runs ${standIn.stats.created}, applications without a run ${noRun.length}`);
    expect(standIn.stats.created).toBe(total - noRun.length);

    // Each ending mapped as the contract says, in-doubt ones aside: with no run, or with a run whose webhook
    // never comes (mode "never"), the worker has no run id to poll, so the user is asked to check.
    const lostHook = rows.filter(
      (r) =>
        /standin=[a-z_]*,never/.test(r.url) &&
        /could not confirm whether Skyvern started/.test(r.status_reason ?? ''),
    );
    for (const r of lostHook) expect(r.status).toBe('action_required');
    const wrong = rows
      .filter((r) => !noRun.includes(r) && !lostHook.includes(r))
      .filter((r) => EXPECTED[/standin=([a-z_,]+)/.exec(r.url)?.[1] ?? ''] !== r.status);
    expect(wrong.map((r) => `${r.url} → ${r.status} (${r.status_reason})`)).toEqual([]);
    const receipt = rows.find((r) => r.status === 'submitted_successfully')?.receipt;
    expect(receipt).toMatchObject({ confirmation: /^CONF-/, recording_url: /\.webm$/, run_id: /^tsk_/ });

    // The caps held at Skyvern's side, overall and per user.
    expect(standIn.stats.peakConcurrency).toBeLessThanOrEqual(GLOBAL_CAP);
    expect(standIn.stats.peakConcurrency).toBeGreaterThan(USER_CAP); // the test did run in parallel
    expect(Math.max(...standIn.stats.peakByGroup.values())).toBeLessThanOrEqual(USER_CAP);
  }, 120_000);

  it('ignores forged, replayed, unsigned and out-of-order webhooks', async () => {
    const { rows } = await db.query(
      `select a.id, a.status::text, a.updated_at, q.run_id from public.applications a
         join public.submission_queue q on q.application_id = a.id
        where a.user_id = any($1) and a.status = 'submitted_successfully' and q.run_id = any($2) limit 1`,
      [
        users,
        standIn.stats.webhooks
          .filter((w) => w.status === 'completed' && w.httpStatus === 200)
          .map((w) => w.runId),
      ],
    );
    const target = rows[0];
    const stored = standIn.runs.get(target.run_id)!;
    const url = `${hooks.url}/skyvern-webhook`;
    const post = async (status: string, key: string | null, timestamp = Math.floor(Date.now() / 1000)) => {
      const body = skyvernJsonBytes(webhookPayload({ ...stored, status }, `${standIn.url}/app`));
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        'x-skyvern-timestamp': String(timestamp),
      };
      if (key) headers['x-skyvern-signature'] = await signSkyvernBody(body, key);
      const response = await fetch(url, { method: 'POST', headers, body });
      return { status: response.status, body: await response.json() };
    };
    expect(await post('failed', 'not-the-key')).toMatchObject({
      status: 401,
      body: { error: 'bad_signature' },
    });
    expect(await post('failed', null)).toMatchObject({ status: 401, body: { error: 'unsigned' } });
    expect(await post('failed', KEY, Math.floor(Date.now() / 1000) - 3600)).toMatchObject({
      status: 401,
      body: { error: 'stale' },
    });
    expect(await post('completed', KEY)).toMatchObject({ status: 200, body: { result: 'duplicate' } });
    expect(await post('failed', KEY)).toMatchObject({ status: 200, body: { result: 'already_final' } });
    const after = await db.query('select status::text, updated_at from public.applications where id = $1', [
      target.id,
    ]);
    expect(after.rows[0]).toEqual({ status: 'submitted_successfully', updated_at: target.updated_at });
  });

  it('keeps the task log redacted and readable by the service role only', async () => {
    const { rows } = await db.query(
      `select count(*)::int as n,
              count(*) filter (where request::text ~ 'ada@example|7946 0958|Approved answers' or payload::text ~ 'ada@example')::int as leaked,
              count(distinct application_id)::int as applications
         from public.skyvern_task_log where user_id = any($1)`,
      [users],
    );
    expect(rows[0].leaked).toBe(0);
    // Every application's exchanges are logged (a create whose worker died is seen through its webhook).
    // The one allowed exception: a worker killed between marking the create and sending it leaves no
    // run and no exchange to log; that application asks the user to check instead.
    const inDoubt = await db.query(
      `select count(*)::int as n from public.applications
        where user_id = any($1) and status_reason like 'Jobraker could not confirm%'`,
      [users],
    );
    expect(rows[0].applications).toBeGreaterThanOrEqual(USERS * PER_USER - inDoubt.rows[0].n);
    const asOwner = await attempt(db, asUser(users[0]!), 'select id from public.skyvern_task_log');
    expect(asOwner.ok ? 'readable' : asOwner.code).toBe('42501');
    const asAnon = await attempt(db, anon, 'select id from public.skyvern_task_log');
    expect(asAnon.ok).toBe(false);
  });
});
