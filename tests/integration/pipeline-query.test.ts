// The pipeline list is the query the product makes most. Under RLS it must stay index-backed and cheap:
// seed many users' jobs, then read one user's pipeline through the function-side helper `asUser`.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { asUser, createPool } from '../../backend/db/pool.ts';

const USERS = 100;
const JOBS_PER_USER = 100;
const run = randomUUID().slice(0, 8);
const user = (n: number) => `user_${run}_${n}`;
const PIPELINE = `select id, title, company, stage, updated_at from jobs
  where deleted_at is null and stage = 'applied' order by updated_at desc limit 50`;

let pool: pg.Pool;
beforeAll(async () => {
  pool = createPool(inject('dbUrl'), 3);
  await pool.query(
    `insert into jobs (user_id, title, company, url, canonical_url, stage, updated_at)
     select 'user_${run}_' || (g % $1), 'Engineer ' || g, 'Company ' || (g % 97),
            'https://jobs.example.com/' || $3 || '/' || g, 'https://jobs.example.com/' || $3 || '/' || g,
            (array['saved','applied','screening','interviewing','rejected'])[1 + (g / $1) % 5]::job_stage,
            now() - (g || ' minutes')::interval
     from generate_series(1, $2::int) g`,
    [USERS, USERS * JOBS_PER_USER, run],
  );
  await pool.query('analyze jobs');
}, 120_000);
afterAll(async () => {
  await pool.query('delete from jobs where user_id like $1', [`user_${run}_%`]);
  await pool.end();
});

describe(`pipeline list over ${USERS * JOBS_PER_USER} jobs of ${USERS} users`, () => {
  it("returns only the caller's jobs of the stage, newest first", async () => {
    const rows = await asUser(
      pool,
      { sub: user(7), role: 'authenticated' },
      async (db) => (await db.query(PIPELINE)).rows,
    );
    expect(rows.length).toBe(JOBS_PER_USER / 5);
    expect(rows.every((r) => r.stage === 'applied')).toBe(true);
    const times = rows.map((r) => new Date(r.updated_at).getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('uses the pipeline index under RLS instead of scanning every job', async () => {
    const plan = await asUser(pool, { sub: user(7), role: 'authenticated' }, async (db) => {
      const { rows } = await db.query(`explain (format json) ${PIPELINE}`);
      return JSON.stringify(rows[0]['QUERY PLAN']);
    });
    expect(plan).not.toContain('"Seq Scan"');
    expect(plan).toMatch(/"Index Cond":"\(user_id = \(InitPlan 1\)\.col1\)"/);
  });

  it('gives a token without role authenticated nothing through the helper', async () => {
    const rows = await asUser(
      pool,
      { sub: user(7) },
      async (db) => (await db.query('select id from jobs')).rows,
    ).catch((error: { code?: string }) => error.code);
    expect(rows === '42501' || (Array.isArray(rows) && rows.length === 0)).toBe(true);
  });
});
