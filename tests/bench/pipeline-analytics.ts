/**
 * `npm run bench:analytics [-- --json]`: the pipeline's measures over 5,000 jobs and 20,000 stage events,
 * in the browser's code (shared/analytics, as the analytics page runs it) and in SQL as the user
 * (public.my_pipeline_analytics under RLS, as the analytics Edge Function runs it, minus HTTP), with another
 * user's 5,000 jobs in the same tables. Checks both give the same figures, then prints the median of repeated
 * runs and the per-item costs. `measureAnalytics()` is what bench:pipeline joins into its JSON line.
 * Starts a throwaway local stack; nothing touches .data/.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import type pg from 'pg';
import { ANALYTICS_SQL, type AnalyticsRow, analyticsFromRows } from '../../backend/analytics/rows.ts';
import { asUser, createPool, inTransaction } from '../../backend/db/pool.ts';
import { startScratchStack } from '../../backend/local/scratch-stack.ts';
import { analyticsJobs, computeAnalytics } from '../../shared/analytics/index.ts';
import { type SeededPipeline, seededPipeline } from '../../shared/analytics/testing.ts';

export const JOBS = 5000;
export const EVENTS = 20_000;
const RUNS = 15;

export interface AnalyticsFigures {
  analytics_local_ms: number;
  analytics_sql_ms: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

async function timed(runs: number, work: () => unknown): Promise<number> {
  await work(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await work();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** Direct inserts as the table owner with triggers off: the seed's own event history, nothing recorded twice. */
async function seed(pool: pg.Pool, user: string, p: SeededPipeline) {
  await inTransaction(pool, { session_replication_role: 'replica' }, async (client) => {
    const rows = (xs: object[]) => JSON.stringify(xs);
    await client.query(
      `insert into public.personas (id, user_id, name, active)
       select x.id, $2, x.name, x.active from jsonb_to_recordset($1::jsonb) x(id uuid, name text, active boolean)`,
      [rows(p.personas), user],
    );
    await client.query(
      `insert into public.jobs (id, user_id, title, company, url, canonical_url, ats, ats_job_id, stage,
                                created_at, updated_at, stage_changed_at)
       select x.id, $2, x.title, x.company, x.url, x."canonicalUrl", (x.ats ->> 'ats')::public.ats_kind,
              x.ats ->> 'id', x.stage::public.job_stage, x."createdAt", x."updatedAt", x."stageChangedAt"
         from jsonb_to_recordset($1::jsonb) x(id uuid, title text, company text, url text, "canonicalUrl" text,
              ats jsonb, stage text, "createdAt" timestamptz, "updatedAt" timestamptz, "stageChangedAt" timestamptz)`,
      [rows(p.jobs), user],
    );
    await client.query(
      `insert into public.job_stage_events (id, user_id, job_id, from_stage, to_stage, at, cause)
       select x.id, $2, x."jobId", x.from::public.job_stage, x.to::public.job_stage, x.at, x.cause::public.stage_event_cause
         from jsonb_to_recordset($1::jsonb) x(id uuid, "jobId" uuid, "from" text, "to" text, at timestamptz, cause text)`,
      [rows(p.events), user],
    );
    await client.query(
      `insert into public.job_matches (id, user_id, job_id, persona_id, score, computed_at)
       select x."jobId", $2, x."jobId", x."personaId", x.score, x."computedAt"
         from jsonb_to_recordset($1::jsonb) x("jobId" uuid, "personaId" uuid, score numeric, "computedAt" timestamptz)`,
      [rows(p.matches), user],
    );
  });
}

export async function measureAnalytics(log: (line: string) => void = console.log): Promise<AnalyticsFigures> {
  const mine = seededPipeline({ jobs: JOBS, meanMoves: EVENTS / JOBS - 1, seed: 1 });
  const theirs = seededPipeline({ jobs: JOBS, meanMoves: EVENTS / JOBS - 1, seed: 2 });
  const local = () => computeAnalytics(analyticsJobs(mine.jobs, mine.matches), mine.events);
  const analytics_local_ms = await timed(RUNS, local);

  const stack = await startScratchStack('bench-analytics');
  const pool = createPool(stack.dbUrl, 2);
  try {
    await seed(pool, 'bench_me', mine);
    await seed(pool, 'bench_other', theirs);
    await pool.query('analyze');
    const claims = { sub: 'bench_me', role: 'authenticated' };
    const sql = () => asUser(pool, claims, async (db) => (await db.query<AnalyticsRow>(ANALYTICS_SQL)).rows);
    const same = isDeepStrictEqual(analyticsFromRows(await sql()), local());
    if (!same) throw new Error('SQL and local figures differ on the benchmark data');
    const analytics_sql_ms = await timed(RUNS, sql);
    log(
      `analytics over ${mine.jobs.length} jobs and ${mine.events.length} stage events (another user's ` +
        `${theirs.jobs.length} jobs beside them in SQL); figures equal: ${same}`,
    );
    const per = (ms: number) =>
      `${((ms * 1000) / mine.jobs.length).toFixed(2)} µs/job, ${((ms * 1000) / mine.events.length).toFixed(2)} µs/event`;
    log(
      `  local (shared/analytics, Node):       ${analytics_local_ms.toFixed(1)} ms median of ${RUNS} (${per(analytics_local_ms)})`,
    );
    log(
      `  SQL as the user (RLS, one statement):  ${analytics_sql_ms.toFixed(1)} ms median of ${RUNS} (${per(analytics_sql_ms)})`,
    );
    return { analytics_local_ms: round(analytics_local_ms), analytics_sql_ms: round(analytics_sql_ms) };
  } finally {
    await pool.end();
    await stack.stop();
  }
}

const round = (ms: number) => Math.round(ms * 10) / 10;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const figures = await measureAnalytics();
  if (process.argv.includes('--json'))
    console.log(JSON.stringify({ jobs: JOBS, events: EVENTS, ...figures }));
}
