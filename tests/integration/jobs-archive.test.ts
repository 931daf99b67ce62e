// Archiving a job (issue 16, migration 20261204200000_jobs_archive.sql) through the real sync function under RLS:
// the archive and the un-archive reach another device, and another user can neither see nor archive the job.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { job, later, pullAll, push, upsert } from './support/sync-client.ts';

const admin = new pg.Pool({ connectionString: inject('dbUrl'), max: 2 });
afterAll(() => admin.end());

const userA = `user_archive_a_${randomUUID().slice(0, 8)}`;
const userB = `user_archive_b_${randomUUID().slice(0, 8)}`;

const archivedAtOf = async (id: string) =>
  (await admin.query('select archived_at from jobs where id = $1', [id])).rows[0]?.archived_at as Date | null;

describe('archived jobs', () => {
  it('carries an archive and an un-archive from one device to another', async () => {
    const first = job();
    expect((await push(userA, [upsert(first)])).body.applied).toEqual([first.id]);
    expect(await archivedAtOf(first.id)).toBeNull();

    const archivedAt = later(first.updatedAt);
    const archived = { ...first, archivedAt, updatedAt: archivedAt };
    expect((await push(userA, [upsert(archived)])).body.applied).toEqual([first.id]);
    expect((await archivedAtOf(first.id))?.toISOString()).toBe(archivedAt);
    const device2 = await pullAll(userA);
    expect(device2.changes.find((c) => c.id === first.id)?.row).toMatchObject({ archivedAt, stage: 'saved' });

    const back = { ...archived, archivedAt: null, updatedAt: later(archivedAt) };
    await push(userA, [upsert(back)]);
    expect(await archivedAtOf(first.id)).toBeNull();
    const again = await pullAll(userA, device2.cursor);
    expect(again.changes.find((c) => c.id === first.id)?.row).toMatchObject({ archivedAt: null });
  });

  it("does not let another user see or archive someone's job", async () => {
    const mine = job();
    await push(userA, [upsert(mine)]);
    const hijack = { ...mine, archivedAt: later(mine.updatedAt), updatedAt: later(mine.updatedAt) };
    const tried = await push(userB, [upsert(hijack)]);
    expect(tried.body.applied).toEqual([]);
    expect(await archivedAtOf(mine.id)).toBeNull();
    expect((await pullAll(userB)).changes.map((c) => c.id)).not.toContain(mine.id);
  });

  it('refuses an archive time that is not a timestamp, and keeps the job as it was', async () => {
    const mine = job();
    await push(userA, [upsert(mine)]);
    const bad = { ...mine, archivedAt: 'yesterday', updatedAt: later(mine.updatedAt) };
    const result = await push(userA, [upsert(bad)]);
    expect(result.body.rejected).toEqual([
      { id: mine.id, table: 'jobs', reason: expect.stringContaining('archivedAt') },
    ]);
    expect(await archivedAtOf(mine.id)).toBeNull();
  });
});
