// queue-application as the signed-in user (approval required, one open submission per job, RLS), and the
// worker honouring a withdrawal: a queued item never reaches Skyvern, a running run is cancelled there.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { defaultKeyFile, loadLocalSigningKey, signLocalToken } from '../../backend/local/jwks-key.ts';
import { freePort } from '../../backend/local/ports.ts';
import { type SkyvernStandIn, startSkyvernStandIn } from '../../backend/local/skyvern-standin.ts';
import { REPO_ROOT } from '../../backend/local/stack.ts';
import { startTestRouter, type TestRouter } from './support/deno-router.ts';

const functionsUrl = inject('functionsUrl');
const db = new pg.Pool({ connectionString: inject('dbUrl'), max: 2 });
const key = await loadLocalSigningKey(defaultKeyFile(REPO_ROOT));
const KEY = `sk-qa-${randomUUID()}`;
const SECRET = `worker-${randomUUID()}`;
const user = `qa_user_${randomUUID().slice(0, 8)}`;
const other = `qa_other_${randomUUID().slice(0, 8)}`;
let standIn: SkyvernStandIn;
let worker: TestRouter;

async function call(sub: string, body?: unknown) {
  const response = await fetch(`${functionsUrl}/queue-application`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      authorization: `Bearer ${await signLocalToken(key, sub)}`,
      'content-type': 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

async function job(sub: string, n: number): Promise<string> {
  const url = `https://jobs.test/qa/${sub}/${n}`;
  const { rows } = await db.query(
    `insert into public.jobs (user_id, title, company, url, canonical_url) values ($1, 'Engineer', 'Acme', $2, $2)
     returning id`,
    [sub, url],
  );
  return rows[0].id;
}

async function pass(): Promise<void> {
  const response = await fetch(`${worker.url}/process-queue`, {
    method: 'POST',
    headers: { authorization: `Bearer ${SECRET}` },
    body: JSON.stringify({ budget_ms: 0 }),
  });
  expect(response.status).toBe(200);
}

const answers = [{ label: 'Email', value: 'ada@example.com' }];

beforeAll(async () => {
  standIn = await startSkyvernStandIn({ apiKeys: [KEY], runMs: 60_000 });
  worker = await startTestRouter(await freePort(), {
    SUPABASE_DB_URL: inject('dbUrl'),
    SKYVERN_API_KEY: KEY,
    SKYVERN_BASE_URL: standIn.url,
    SKYVERN_WEBHOOK_URL: 'http://127.0.0.1:9/unused',
    QUEUE_WORKER_SECRET: SECRET,
  });
});
afterAll(async () => {
  // Leave no open item behind: other tests' workers share this database and its global cap.
  await db.query(
    `update public.submission_queue set status = 'cancelled' where user_id = any($1)
       and status in ('queued', 'claimed', 'running')`,
    [[user, other]],
  );
  await worker?.stop();
  await standIn?.stop();
  await db.end();
});

describe('queue-application', () => {
  it('queues nothing without approval, an unknown job or a second open submission', async () => {
    const jobId = await job(user, 1);
    expect(await call(user, { action: 'queue', job_id: jobId, answers })).toMatchObject({
      status: 400,
      body: { error: 'approval_required' },
    });
    expect(
      await call(user, { action: 'queue', job_id: randomUUID(), approved: true, answers }),
    ).toMatchObject({
      status: 404,
      body: { error: 'job_not_found' },
    });
    // Another user's job is invisible under RLS.
    expect(await call(other, { action: 'queue', job_id: jobId, approved: true, answers })).toMatchObject({
      status: 404,
    });
    const queued = await call(user, { action: 'queue', job_id: jobId, approved: true, answers });
    expect(queued).toMatchObject({ status: 201, body: { status: 'pending_submission', answers } });
    expect(await call(user, { action: 'queue', job_id: jobId, approved: true, answers })).toMatchObject({
      status: 409,
      body: { error: 'already_queued' },
    });
    const listed = await call(user);
    expect(listed.body.applications.map((a: { id: string }) => a.id)).toContain(queued.body.id);
    expect((await call(other)).body.applications).toEqual([]);
    expect((await fetch(`${functionsUrl}/queue-application`)).status).toBe(401);
  });

  it('withdraws a queued item before Skyvern sees it, and cancels a running run', async () => {
    const queuedJob = await job(user, 2);
    const runningJob = await job(user, 3);
    const early = (await call(user, { action: 'queue', job_id: queuedJob, approved: true, answers })).body;
    expect(await call(user, { action: 'withdraw', application_id: early.id })).toMatchObject({
      status: 200,
      body: { status: 'withdrawn_by_user' },
    });
    const late = (await call(user, { action: 'queue', job_id: runningJob, approved: true, answers })).body;
    const before = standIn.stats.created;
    await pass(); // starts `late` and the one from the first test (per-user cap 2); `early` is cancelled
    expect(standIn.stats.created - before).toBe(2);
    const { rows } = await db.query(
      'select status::text, run_id from public.submission_queue where application_id = any($1) order by created_at',
      [[early.id, late.id]],
    );
    expect(rows[0]).toEqual({ status: 'cancelled', run_id: null });
    expect(rows[1]?.status).toBe('running');
    expect((await call(user, { action: 'withdraw', application_id: late.id })).status).toBe(200);
    await pass();
    expect(standIn.runs.get(rows[1]?.run_id)?.status).toBe('canceled');
    const after = await db.query(
      `select a.status::text, q.status::text as q from public.applications a
         join public.submission_queue q on q.application_id = a.id where a.id = $1`,
      [late.id],
    );
    expect(after.rows[0]).toEqual({ status: 'withdrawn_by_user', q: 'cancelled' });
    expect(await call(user, { action: 'withdraw', application_id: late.id })).toMatchObject({ status: 409 });
  });
});
