// Interview rounds, offers, people (one person on two jobs) and their interaction log between two devices,
// through the real engine, fetch transport and sync function under RLS: what A saves arrives on B as saved;
// B's edits and deletes come back to A; a stale edit takes the server's version; bad rows are refused by field.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { jobDetailRecords } from './support/job-detail-records.ts';
import type { MemoryDevice } from './support/memory-device.ts';
import { deviceSignedInAs, later, newUser, seedJobsWith } from './support/sync-client.ts';

const admin = new pg.Pool({ connectionString: inject('dbUrl'), max: 2 });
afterAll(() => admin.end());
const DETAIL = ['interview_prep', 'offers', 'people', 'person_interactions'] as const;

const seed = (a: MemoryDevice) => seedJobsWith(a, 2, jobDetailRecords);
const only = (d: MemoryDevice, table: (typeof DETAIL)[number]) => [...d.table(table).values()];

describe('sync of the job detail page', () => {
  it('carries rounds, offers, a person on two jobs and their log from A to B unchanged', async () => {
    const sub = newUser('detail');
    const a = deviceSignedInAs(sub);
    const { jobs, records } = seed(a);
    const pushed = await a.engine.syncOnce();
    expect(pushed.rejected).toEqual([]);
    expect(pushed.pushed).toBe(2 + records.length);

    const b = deviceSignedInAs(sub);
    await b.engine.syncOnce();
    for (const table of DETAIL) expect(only(b, table), table).toEqual(expect.arrayContaining(only(a, table)));
    expect(only(b, 'offers')).toHaveLength(2);
    expect(only(b, 'people')[0]?.jobIds).toEqual(jobs.map((j) => j.id));
    const { rows } = await admin.query(
      `select base_salary::float as base, negotiation, respond_by from offers where user_id = $1 order by base_salary`,
      [sub],
    );
    expect(rows[0]).toEqual({
      base: 150_000,
      negotiation: [{ on: '2026-12-12', note: 'Asked for 160k' }],
      respond_by: null,
    });
    // Another user sees none of it.
    const stranger = deviceSignedInAs(newUser('stranger'));
    await stranger.engine.syncOnce();
    for (const table of DETAIL) expect(only(stranger, table), table).toEqual([]);
  });

  it('brings B’s edits and deletes back to A; A’s stale edit of the same offer takes B’s', async () => {
    const sub = newUser('detail_edit');
    const a = deviceSignedInAs(sub);
    seed(a);
    await a.engine.syncOnce();
    const b = deviceSignedInAs(sub);
    await b.engine.syncOnce();

    const offer = only(b, 'offers')[0]!;
    const round = only(b, 'interview_prep')[0]!;
    const person = only(b, 'people')[0]!;
    const newer = later(String(offer.updatedAt), 10_000);
    const negotiation = [...(offer.negotiation as object[]), { on: '2026-12-14', note: 'They offered 155k' }];
    b.write('offers', String(offer.id), { ...offer, status: 'negotiating', negotiation, updatedAt: newer });
    b.remove('interview_prep', String(round.id), newer);
    b.write('people', String(person.id), {
      ...person,
      jobIds: (person.jobIds as string[]).slice(1),
      updatedAt: newer,
    });
    // A, offline meanwhile, edits the same offer earlier than B did.
    a.write('offers', String(offer.id), {
      ...offer,
      notes: 'from A',
      updatedAt: later(String(offer.updatedAt), 5_000),
    });

    expect((await b.engine.syncOnce()).rejected).toEqual([]);
    const fromA = await a.engine.syncOnce();
    expect(fromA.conflicts).toBe(1);
    const onA = a.table('offers').get(String(offer.id))!;
    expect(onA.status).toBe('negotiating');
    expect(onA.negotiation).toEqual(negotiation);
    expect(onA.notes).toBe('');
    expect(a.table('interview_prep').has(String(round.id))).toBe(false);
    expect(a.table('people').get(String(person.id))?.jobIds).toHaveLength(1);
    const tomb = await admin.query('select deleted_at from interview_prep where id = $1', [round.id]);
    expect(tomb.rows[0].deleted_at).not.toBeNull();
  });

  it('refuses a negative base and a log row for an unknown person, naming why, and keeps the rest', async () => {
    const sub = newUser('detail_bad');
    const a = deviceSignedInAs(sub);
    const { records } = seed(a);
    const offer = records.find((r) => r.table === 'offers')!;
    a.write('offers', offer.id, { ...offer.row, baseSalary: -1 });
    const orphan = records.find((r) => r.table === 'person_interactions')!;
    const stray = { ...orphan.row, id: randomUUID(), personId: randomUUID() };
    a.write('person_interactions', String(stray.id), stray);
    const report = await a.engine.syncOnce();
    const reasons = report.rejected.map((r) => `${r.table}: ${r.reason}`);
    expect(reasons).toHaveLength(2);
    expect(reasons.find((r) => r.startsWith('offers'))).toMatch(/baseSalary/);
    expect(reasons.find((r) => r.startsWith('person_interactions'))).toBeTruthy();
    const { rows } = await admin.query(
      'select count(*)::int as n from person_interactions where user_id = $1',
      [sub],
    );
    expect(rows[0].n).toBe(1);
  });
});
