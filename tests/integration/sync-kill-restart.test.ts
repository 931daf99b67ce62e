// Nothing is lost when the backend dies mid-sync: a 1,000-job push through the real engine and fetch
// transport, with the functions process SIGKILLed while a batch is in flight and restarted a moment later.
// Every job must arrive exactly once.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { storedJob } from '../../shared/domain/testing.ts';
import type { OutboxEntry } from '../../shared/sync/engine.ts';
import { pushThroughKill, startKillable, stopKillable } from './support/killable-functions.ts';
import { job } from './support/sync-client.ts';
import { userRecords } from './support/user-records.ts';

const admin = new pg.Pool({ connectionString: inject('dbUrl'), max: 2 });
beforeAll(startKillable);
afterAll(async () => {
  await stopKillable();
  await admin.end();
});

describe('sync survives the backend dying mid-push', () => {
  it('delivers 1,000 jobs exactly once across a SIGKILL and restart of the functions process', async () => {
    const user = `user_kill_${randomUUID().slice(0, 8)}`;
    const at = new Date().toISOString();
    let outbox: OutboxEntry[] = Array.from({ length: 1000 }, (_, i) => {
      const id = randomUUID();
      const url = `https://jobs.example.com/kill/${id}`;
      const row = storedJob({
        id,
        title: `Engineer ${i}`,
        url,
        canonicalUrl: url,
        fuzzyKey: '',
        createdAt: at,
        updatedAt: at,
        stageChangedAt: at,
      });
      return { seq: i + 1, id, table: 'jobs', op: 'upsert' as const, row, updated_at: at };
    });

    const { report, left } = await pushThroughKill(user, outbox, 'jobs');
    outbox = left;

    expect(report.retries).toBeGreaterThan(0); // the killed batch failed and was sent again
    expect(report.pushed).toBe(1000);
    expect(outbox).toEqual([]);
    const { rows } = await admin.query(
      `select count(*)::int as n, count(distinct id)::int as ids, count(distinct canonical_url)::int as urls,
              count(*) filter (where title ~ '^Engineer \\d+$')::int as titled
         from jobs where user_id = $1`,
      [user],
    );
    expect(rows[0]).toEqual({ n: 1000, ids: 1000, urls: 1000, titled: 1000 });
    const events = await admin.query('select count(*)::int as n from job_stage_events where user_id = $1', [
      user,
    ]);
    expect(events.rows[0].n).toBe(1000); // one capture event per job: no write ran twice
  });

  it('delivers every table of a full profile exactly once across the same kill and restart', async () => {
    const user = `user_kill_all_${randomUUID().slice(0, 8)}`;
    const at = new Date().toISOString();
    const jobRows = Array.from({ length: 100 }, () =>
      job({ createdAt: at, updatedAt: at, stageChangedAt: at }),
    );
    const records = [
      ...jobRows.map((row) => ({ table: 'jobs' as const, id: row.id, row, updatedAt: at })),
      ...userRecords(
        jobRows.map((j) => j.id),
        at,
      ),
    ];
    const entries: OutboxEntry[] = records.map((r, i) => ({
      seq: i + 1,
      id: r.id,
      table: r.table,
      op: 'upsert',
      row: r.row,
      updated_at: r.updatedAt,
    }));
    const { report, left } = await pushThroughKill(user, entries, 'records');
    expect(report.retries).toBeGreaterThan(0);
    expect(report.rejected).toEqual([]);
    expect(report.pushed).toBe(entries.length);
    expect(left).toEqual([]);
    const counts: Record<string, number> = {};
    for (const table of [
      'jobs',
      'job_notes',
      'job_contacts',
      'job_matches',
      'ai_artifacts',
      'job_materials',
    ].concat(['applications', 'documents', 'personas', 'saved_answers', 'profiles', 'profile_experiences'])) {
      const { rows } = await admin.query(
        `select count(*)::int as n from public.${table} where user_id = $1`,
        [user],
      );
      counts[table] = rows[0].n;
    }
    expect(counts).toEqual({
      jobs: 100,
      job_notes: 100,
      job_contacts: 100,
      job_matches: 100,
      ai_artifacts: 100,
      job_materials: 100,
      applications: 100,
      documents: 2,
      personas: 2,
      saved_answers: 1,
      profiles: 1,
      profile_experiences: 6,
    });
  });
});
