// A job's own tags (migration 20261205002000_job_tags.sql) through the real sync function under RLS: tags
// reach another device and a removal follows; over-long or too many tags are refused with the reason; the
// database CHECK holds the same limits as FIELD_LIMITS even for a write that skips the sync function.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { FIELD_LIMITS } from '../../shared/domain/limits.ts';
import { job, later, pullAll, push, upsert } from './support/sync-client.ts';

const admin = new pg.Pool({ connectionString: inject('dbUrl'), max: 2 });
afterAll(() => admin.end());

const user = `user_tags_${randomUUID().slice(0, 8)}`;
const tagsOf = async (id: string) =>
  (await admin.query('select tags from jobs where id = $1', [id])).rows[0]?.tags as string[];

describe('a job’s tags', () => {
  it('reach another device, and so does removing one', async () => {
    const first = job({ tags: ['referral', 'Dream job'] });
    expect((await push(user, [upsert(first)])).body.applied).toEqual([first.id]);
    expect(await tagsOf(first.id)).toEqual(['referral', 'Dream job']);
    const device2 = await pullAll(user);
    expect(device2.changes.find((c) => c.id === first.id)?.row).toMatchObject({
      tags: ['referral', 'Dream job'],
    });

    const fewer = { ...first, tags: ['Dream job'], updatedAt: later(first.updatedAt) };
    await push(user, [upsert(fewer)]);
    const again = await pullAll(user, device2.cursor);
    expect(again.changes.find((c) => c.id === first.id)?.row).toMatchObject({ tags: ['Dream job'] });
  });

  it('a job saved before tags existed syncs with none', async () => {
    const older = job();
    await push(user, [upsert(older)]);
    expect(await tagsOf(older.id)).toEqual([]);
  });

  it('refuses too many or too long tags, naming the field, and keeps the job as it was', async () => {
    const mine = job({ tags: ['keep'] });
    await push(user, [upsert(mine)]);
    const tooMany = Array.from({ length: FIELD_LIMITS.tags + 1 }, (_, i) => `t${i}`);
    for (const tags of [tooMany, ['x'.repeat(FIELD_LIMITS.tag + 1)]]) {
      const result = await push(user, [upsert(job({ ...mine, tags, updatedAt: later(mine.updatedAt) }))]);
      expect(result.body.rejected).toEqual([
        { id: mine.id, table: 'jobs', reason: expect.stringContaining('tags') },
      ]);
    }
    expect(await tagsOf(mine.id)).toEqual(['keep']);
  });

  it('the database holds the same limits', async () => {
    const mine = job();
    await push(user, [upsert(mine)]);
    const set = (tags: string[]) =>
      admin.query('update jobs set tags = $2 where id = $1', [mine.id, tags]).then(
        () => 'ok',
        (e: { code: string }) => e.code,
      );
    expect(await set(Array.from({ length: FIELD_LIMITS.tags }, () => 'y'.repeat(FIELD_LIMITS.tag)))).toBe(
      'ok',
    );
    expect(await set(Array.from({ length: FIELD_LIMITS.tags + 1 }, () => 'y'))).toBe('23514');
    expect(await set(['y'.repeat(FIELD_LIMITS.tag + 1)])).toBe('23514');
  });
});
