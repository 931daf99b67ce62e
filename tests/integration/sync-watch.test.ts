// Company watch alerts between two devices through the real engine, fetch transport and sync function under
// RLS: what A follows arrives on B as A chose it; B's new threshold comes back to A; A's unfollow removes it
// from B; a refollow in the same push is kept; a bad board or ATS is refused by field and nothing else is lost.
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { MemoryDevice } from './support/memory-device.ts';
import { deviceSignedInAs, later, newUser, push } from './support/sync-client.ts';
import { watchAlert } from './support/user-records.ts';

const admin = new pg.Pool({ connectionString: inject('dbUrl'), max: 2 });
afterAll(() => admin.end());
const alertsOn = (d: MemoryDevice) => [...d.table('job_alerts').values()];
const serverRows = async (sub: string) =>
  (
    await admin.query(
      `select ats::text, board, min_score, keywords, work_types::text[], deleted_at is not null as deleted
         from job_alerts where user_id = $1 order by created_at, deleted_at nulls last`,
      [sub],
    )
  ).rows;

describe('sync of company watch alerts', () => {
  it('A follows, B sees it; B raises the threshold, A gets it; A stops, B loses it', async () => {
    const sub = newUser('watch');
    const a = deviceSignedInAs(sub);
    const at = new Date().toISOString();
    const followed = {
      ...watchAlert(at, 'Northwind-Labs'),
      frequency: 'weekly',
      criteria: { titles: ['backend', 'platform'], locations: ['Berlin'], remoteOnly: true },
      enabled: false,
    };
    a.write('job_alerts', followed.id, followed);
    expect((await a.engine.syncOnce()).rejected).toEqual([]);

    const b = deviceSignedInAs(sub);
    await b.engine.syncOnce();
    expect(alertsOn(b)).toEqual([followed]);
    expect(await serverRows(sub)).toEqual([
      {
        ats: 'greenhouse',
        board: 'Northwind-Labs',
        min_score: 60,
        keywords: ['backend', 'platform'],
        work_types: ['remote'],
        deleted: false,
      },
    ]);

    const raised = { ...alertsOn(b)[0]!, minScore: 85, updatedAt: later(at, 10_000) };
    b.write('job_alerts', followed.id, raised);
    expect((await b.engine.syncOnce()).rejected).toEqual([]);
    await a.engine.syncOnce();
    expect(alertsOn(a)).toEqual([raised]);

    a.remove('job_alerts', followed.id, later(at, 20_000));
    await a.engine.syncOnce();
    await b.engine.syncOnce();
    expect(alertsOn(b)).toEqual([]);
    expect((await serverRows(sub)).map((r) => r.deleted)).toEqual([true]); // a tombstone, not a hole

    // Another user sees none of it.
    const stranger = deviceSignedInAs(newUser('watch_stranger'));
    await stranger.engine.syncOnce();
    expect(alertsOn(stranger)).toEqual([]);
  });

  it('keeps a board unfollowed and followed again in one push, and one live alert per board', async () => {
    const sub = newUser('watch_again');
    const a = deviceSignedInAs(sub);
    const at = new Date().toISOString();
    const first = watchAlert(at, 'acme', 'lever');
    a.write('job_alerts', first.id, first);
    await a.engine.syncOnce();
    a.remove('job_alerts', first.id, later(at, 1000));
    const again = { ...watchAlert(later(at, 2000), 'acme', 'lever'), minScore: 30 };
    a.write('job_alerts', again.id, again);
    expect((await a.engine.syncOnce()).rejected).toEqual([]);
    expect((await serverRows(sub)).map((r) => [r.min_score, r.deleted])).toEqual([
      [60, true],
      [30, false],
    ]);

    // A second device that followed the same board (any case) before syncing: refused, the first one stays.
    const b = deviceSignedInAs(sub);
    const twin = watchAlert(later(at, 3000), 'ACME', 'lever');
    b.write('job_alerts', twin.id, twin);
    const report = await b.engine.syncOnce();
    expect(report.rejected).toEqual([
      expect.objectContaining({ id: twin.id, reason: expect.stringContaining('job_alerts_one_per_board') }),
    ]);
    expect(b.table('job_alerts').get(again.id)).toEqual(again);
  });

  it('refuses an alert with a bad board or ATS, naming the field, and stores the rest of the push', async () => {
    const sub = newUser('watch_bad');
    const at = new Date().toISOString();
    const good = watchAlert(at, 'lumenforge', 'ashby');
    const slash = watchAlert(at, '../../v1/boards/other', 'greenhouse');
    const workday = { ...watchAlert(at, 'acme'), ats: 'workday' };
    const huge = watchAlert(at, 'x'.repeat(5000), 'ashby');
    const change = (row: { id: string; updatedAt: string }) => ({
      id: row.id,
      table: 'job_alerts' as const,
      op: 'upsert' as const,
      row,
      updated_at: row.updatedAt,
    });
    const response = await push(sub, [good, slash, workday, huge].map(change));
    expect(response.status).toBe(200);
    const reasons = new Map(response.body.rejected.map((r) => [r.id, r.reason]));
    expect(reasons.get(slash.id)).toBe(
      'invalid job_alerts: board: “../../v1/boards/other” is not a board name on Greenhouse',
    );
    expect(reasons.get(workday.id)).toMatch(/^invalid job_alerts: ats: /);
    expect(reasons.get(huge.id)).toMatch(/^invalid job_alerts: board: Too long/);
    expect(response.body.applied).toEqual([good.id]);
    expect((await serverRows(sub)).map((r) => r.board)).toEqual(['lumenforge']);
  });
});
