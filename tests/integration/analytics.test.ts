// Analytics: the same pipeline in the browser's shapes and, pushed through the real sync function, in the real
// Postgres; the shared measures (shared/analytics) and the analytics Edge Function (SQL as the user) give
// exactly the same figures, and another user's rows never count.
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ANALYTICS_SQL } from '../../backend/analytics/rows.ts';
import { asUser, createPool } from '../../backend/db/pool.ts';
import { analyticsJobs, computeAnalytics, type PipelineAnalytics } from '../../shared/analytics/index.ts';
import { type SeededPipeline, seededPipeline } from '../../shared/analytics/testing.ts';
import type { Change } from '../../shared/sync/protocol.ts';
import { push, tokenFor } from './support/sync-client.ts';

const functionsUrl = inject('functionsUrl');
const pool = createPool(inject('dbUrl'), 2);
afterAll(() => pool.end());

const run = Date.now().toString(36);
const userA = `user_analytics_a_${run}`;
const userB = `user_analytics_b_${run}`;
const userEmpty = `user_analytics_none_${run}`;

const upsert = (table: Change['table'], id: string, row: object, at: string): Change => ({
  id,
  table,
  op: 'upsert',
  row: row as Record<string, unknown>,
  updated_at: at,
});

async function pushed(user: string, changes: Change[]) {
  const result = await push(user, changes);
  expect(result.status, JSON.stringify(result.body)).toBe(200);
  expect(result.body.rejected).toEqual([]);
}

/** As a device that syncs after every move: each stage event goes up with its job at that stage. */
async function syncPipeline(user: string, p: SeededPipeline) {
  await pushed(
    user,
    p.personas.map((x) => upsert('personas', x.id, x, x.updatedAt)),
  );
  const history = new Map(p.jobs.map((j) => [j.id, p.events.filter((e) => e.jobId === j.id)]));
  for (let round = 0; ; round++) {
    const changes: Change[] = [];
    for (const job of p.jobs) {
      const event = history.get(job.id)?.[round];
      if (!event) continue;
      changes.push(upsert('stage_events', event.id, event, event.at));
      const state = { ...job, stage: event.to, updatedAt: event.at, stageChangedAt: event.at };
      changes.push(upsert('jobs', job.id, state, event.at));
    }
    if (changes.length === 0) break;
    await pushed(user, changes);
  }
  await pushed(
    user,
    p.matches.map((m) => upsert('job_matches', m.jobId, m, m.computedAt)),
  );
}

async function serverFigures(user: string | null): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = user ? { authorization: `Bearer ${await tokenFor(user)}` } : {};
  const response = await fetch(`${functionsUrl}/analytics`, { headers });
  return { status: response.status, body: await response.json() };
}

const localFigures = (p: SeededPipeline): PipelineAnalytics =>
  computeAnalytics(analyticsJobs(p.jobs, p.matches), p.events);

describe('analytics: local and SQL figures', () => {
  const a = seededPipeline({ jobs: 60, seed: 11 });
  const b = seededPipeline({ jobs: 25, seed: 12, start: '2026-08-03T08:00:00.000Z' });

  it('are equal on the same synced pipeline, and another user counts only their own', async () => {
    await syncPipeline(userA, a);
    await syncPipeline(userB, b);
    const { rows } = await pool.query<{ n: number }>(
      'select count(*)::int as n from public.job_stage_events where user_id = $1',
      [userA],
    );
    expect(rows[0]?.n).toBe(a.events.length); // every device event reached the server's history

    const expectedA = localFigures(a);
    // The seed exercises every measure: undone slips, all funnel stages, several boards, personas, weeks.
    expect(a.events.some((e) => e.cause === 'undo')).toBe(true);
    expect(expectedA.overall.funnel.offer).toBeGreaterThan(0);
    expect(expectedA.byWeek.length).toBeGreaterThan(2);
    expect(expectedA.byPersona.map((g) => g.key)).toContain(null);

    const fromA = await serverFigures(userA);
    expect(fromA.status).toBe(200);
    expect(fromA.body).toEqual(expectedA);
    expect(await serverFigures(userB)).toEqual({ status: 200, body: localFigures(b) });
    expect(await serverFigures(userEmpty)).toEqual({ status: 200, body: computeAnalytics([], []) });
  });

  it('leave out a job deleted on another device', async () => {
    const [gone, ...kept] = a.jobs;
    if (!gone) throw new Error('seed has no jobs');
    await pushed(userA, [{ id: gone.id, table: 'jobs', op: 'delete', updated_at: new Date().toISOString() }]);
    const expected = localFigures({ ...a, jobs: kept });
    expect(expected.overall.jobs).toBe(a.jobs.length - 1);
    expect((await serverFigures(userA)).body).toEqual(expected);
  });

  it('run only for a signed-in user: the function needs a token, the SQL function the authenticated role', async () => {
    expect((await serverFigures(null)).status).toBe(401);
    await expect(asUser(pool, { sub: userA, role: 'anon' }, (db) => db.query(ANALYTICS_SQL))).rejects.toThrow(
      /permission denied/,
    );
    const asA = await asUser(pool, { sub: userA, role: 'authenticated' }, (db) => db.query(ANALYTICS_SQL));
    expect(asA.rows.length).toBeGreaterThan(0);
  });
});
