// Submission queue throughput: 1,000 approved applications from 20 users through the local stack (real
// Postgres, Deno functions queue-application / process-queue / skyvern-webhook) and the Skyvern stand-in,
// global cap 10, per-user cap 2.
//   npm run bench:queue -- [--json] [--apps=1000] [--run-ms=120]
// JSON last line: {"applications","lost","duplicated","p95_claim_ms","per_item_ms","max_concurrency",...}
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { defaultKeyFile, loadLocalSigningKey, signLocalToken } from '../../backend/local/jwks-key.ts';
import { freePort } from '../../backend/local/ports.ts';
import { startScratchStack } from '../../backend/local/scratch-stack.ts';
import { startSkyvernStandIn } from '../../backend/local/skyvern-standin.ts';
import { REPO_ROOT } from '../../backend/local/stack.ts';
import { TERMINAL_APPLICATION_STATUSES } from '../../shared/submission/statuses.ts';

const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const JSON_OUT = process.argv.includes('--json');
const APPS = arg('apps', 1000);
const USERS = 20;
const GLOBAL_CAP = 10;
const USER_CAP = 2;
const say = (line: string) => {
  if (!JSON_OUT) console.log(line);
};

const KEY = `sk-bench-${randomUUID()}`;
const SECRET = `worker-${randomUUID()}`;
const standIn = await startSkyvernStandIn({
  apiKeys: [KEY],
  runMs: arg('run-ms', 120),
  // The applicant's email in the prompt names the user: peak concurrency per user.
  groupOf: (request) => /bench_user_\d+/.exec(String(request.prompt))?.[0] ?? 'unknown',
});
const apiPort = await freePort();
const stack = await startScratchStack('bench-queue', {
  apiPort,
  functionsEnv: {
    SKYVERN_API_KEY: KEY,
    SKYVERN_BASE_URL: standIn.url,
    SKYVERN_WEBHOOK_URL: `http://127.0.0.1:${apiPort}/functions/v1/skyvern-webhook`,
    QUEUE_WORKER_SECRET: SECRET,
    QUEUE_GLOBAL_CONCURRENCY: String(GLOBAL_CAP),
    QUEUE_USER_CONCURRENCY: String(USER_CAP),
    QUEUE_WEBHOOK_GRACE_MS: '2000',
    QUEUE_POLL_EVERY_MS: '1000',
  },
});
const db = new pg.Pool({ connectionString: stack.dbUrl, max: 4 });
const key = await loadLocalSigningKey(defaultKeyFile(REPO_ROOT));
try {
  const users = Array.from({ length: USERS }, (_, i) => `bench_user_${i}`);
  const perUser = Math.ceil(APPS / USERS);
  const jobIds: Array<{ user: string; id: string }> = [];
  for (const user of users) {
    const { rows } = await db.query(
      `insert into public.jobs (user_id, title, company, url, canonical_url)
       select $1, 'Engineer ' || g, 'Acme', u, u from generate_series(1, $2) g,
              lateral (select 'https://jobs.test/' || $1 || '/' || g as u) x returning id`,
      [user, perUser],
    );
    for (const row of rows) jobIds.push({ user, id: row.id });
  }
  const tokens = new Map(
    await Promise.all(users.map(async (u) => [u, await signLocalToken(key, u)] as const)),
  );
  say(`queueing ${APPS} approved applications through queue-application...`);
  const started = performance.now();
  const work = jobIds.slice(0, APPS);
  // Approvals arrive while the worker runs, 20 at a time, as users would click.
  const worker = (async () => {
    let calls = 0;
    let workerMs = 0;
    let errors = 0;
    for (;;) {
      const callStarted = performance.now();
      const response = await fetch(`${stack.functionsUrl}/process-queue`, {
        method: 'POST',
        headers: { authorization: `Bearer ${SECRET}` },
        body: JSON.stringify({ budget_ms: 0 }),
      });
      const text = await response.text();
      if (response.status !== 200 && errors++ === 0)
        say(`process-queue ${response.status}: ${text.slice(0, 300)}`);
      calls += 1;
      workerMs += performance.now() - callStarted;
      const { rows } = await db.query(
        'select count(*)::int as n from public.applications where status = any($1::public.application_status[])',
        [TERMINAL_APPLICATION_STATUSES],
      );
      if (rows[0].n >= APPS || performance.now() - started > 180_000) return { calls, workerMs, errors };
      await new Promise((r) => setTimeout(r, 40));
    }
  })();
  for (let i = 0; i < work.length; i += 20) {
    await Promise.all(
      work.slice(i, i + 20).map(async ({ user, id }) => {
        const response = await fetch(`${stack.functionsUrl}/queue-application`, {
          method: 'POST',
          headers: { authorization: `Bearer ${tokens.get(user)}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            action: 'queue',
            job_id: id,
            approved: true,
            answers: [{ label: 'Email', value: `${user}@example.com` }],
          }),
        });
        if (response.status !== 201)
          throw new Error(`queue-application ${response.status}: ${await response.text()}`);
      }),
    );
  }
  const { calls, workerMs, errors } = await worker;
  const seconds = (performance.now() - started) / 1000;
  const { rows: apps } = await db.query(
    `select a.status::text, q.idempotency_key,
            extract(epoch from (l.received_at - a.approved_at)) * 1000 as to_run_ms
       from public.applications a join public.submission_queue q on q.application_id = a.id
       left join lateral (select min(received_at) as received_at from public.skyvern_task_log t
                           where t.application_id = a.id and t.kind = 'create' and t.http_status = 200) l on true`,
  );
  const terminal = new Set<string>(TERMINAL_APPLICATION_STATUSES);
  const lost = apps.filter((a) => !terminal.has(a.status)).length;
  const duplicated = apps.filter(
    (a) => (standIn.stats.runsByKey.get(`jobraker:${a.idempotency_key}`) ?? 0) > 1,
  ).length;
  const waits = apps
    .map((a) => Number(a.to_run_ms))
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  const p95 = Math.round(waits[Math.floor(waits.length * 0.95)] ?? 0);
  const result = {
    applications: apps.length,
    lost,
    duplicated,
    p95_claim_ms: p95,
    per_item_ms: Number((workerMs / apps.length).toFixed(2)),
    max_concurrency: standIn.stats.peakConcurrency,
    max_user_concurrency: Math.max(0, ...standIn.stats.peakByGroup.values()),
    caps: { global: GLOBAL_CAP, user: USER_CAP },
    throughput_per_s: Number((apps.length / seconds).toFixed(1)),
    worker_calls: calls,
    worker_errors: errors,
    seconds: Number(seconds.toFixed(1)),
  };
  say(
    `${apps.length} applications in ${result.seconds} s (${result.throughput_per_s}/s): lost ${lost}, duplicated ${duplicated}, ` +
      `p95 approval→run created ${p95} ms, worker ${result.per_item_ms} ms/item over ${calls} calls, ` +
      `peak concurrency ${result.max_concurrency}/${GLOBAL_CAP}`,
  );
  console.log(JSON.stringify(result));
} finally {
  await db.end();
  await stack.stop();
  await standIn.stop();
}
