/**
 * `npx tsx tests/bench/pipeline-rls.ts [users] [jobsPerUser]`: the pipeline list query (one user's
 * applied jobs, newest first) over users × jobsPerUser jobs (default 1,000 × 100), with row-level
 * security on (as the user, as the functions run it) and off (the table owner with the same
 * filter written out). Prints both plans' EXPLAIN ANALYZE and the mean over repeated runs.
 * Starts a throwaway local stack; nothing touches .data/.
 */
import { asUser, createPool, inTransaction } from '../../backend/db/pool.ts';
import { startScratchStack } from '../../backend/local/scratch-stack.ts';

const USERS = Number(process.argv[2] ?? 1000);
const PER_USER = Number(process.argv[3] ?? 100);
const RUNS = 300;
const PIPELINE = `select id, title, company, stage, updated_at from jobs
  where deleted_at is null and stage = 'applied' order by updated_at desc limit 50`;

const stack = await startScratchStack('bench');
const pool = createPool(stack.dbUrl, 2);
try {
  const started = performance.now();
  await pool.query(
    `insert into jobs (user_id, title, company, url, canonical_url, stage, updated_at)
     select 'user_' || (g % $1), 'Engineer ' || g, 'Company ' || (g % 97),
            'https://jobs.example.com/' || g, 'https://jobs.example.com/' || g,
            (array['saved','applied','screening','interviewing','rejected'])[1 + (g / $1) % 5]::job_stage,
            now() - (g || ' minutes')::interval
     from generate_series(1, $2::int) g`,
    [USERS, USERS * PER_USER],
  );
  await pool.query('analyze jobs');
  console.log(
    `seeded ${USERS * PER_USER} jobs for ${USERS} users in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  const claims = { sub: 'user_7', role: 'authenticated' };
  const owner = PIPELINE.replace('where ', "where user_id = 'user_7' and ");
  const explain = async (on: boolean) => {
    const sql = `explain (analyze, buffers, format text) ${on ? PIPELINE : owner}`;
    const rows = on
      ? await asUser(pool, claims, async (db) => (await db.query(sql)).rows)
      : (await pool.query(sql)).rows;
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  };
  const time = async (on: boolean) => {
    const t = performance.now();
    for (let i = 0; i < RUNS; i++) {
      if (on) await asUser(pool, claims, (db) => db.query(PIPELINE));
      else {
        // Same round trips as the RLS path (a transaction with the claims set), minus the role switch.
        await inTransaction(pool, { 'request.jwt.claims': JSON.stringify(claims) }, (db) => db.query(owner));
      }
    }
    return (performance.now() - t) / RUNS;
  };
  console.log(`\n-- RLS on (as the user) --\n${await explain(true)}`);
  console.log(`\n-- RLS off (owner, user_id filter written out) --\n${await explain(false)}`);
  await time(true);
  await time(false);
  const on = await time(true);
  const off = await time(false);
  console.log(
    `\nmean over ${RUNS} runs: RLS on ${on.toFixed(2)} ms, off ${off.toFixed(2)} ms, ratio ${(on / off).toFixed(2)}× ` +
      `(both in a per-request transaction with the claims set, as the functions run)`,
  );
  console.log(
    JSON.stringify({
      users: USERS,
      jobs: USERS * PER_USER,
      rls_on_ms: +on.toFixed(3),
      rls_off_ms: +off.toFixed(3),
      ratio: +(on / off).toFixed(2),
    }),
  );
} finally {
  await pool.end();
  await stack.stop();
}
