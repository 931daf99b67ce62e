// Company watch alerts under sync, on the real Dexie database: the alert the user chose is queued on
// every edit and delete; this device's checks are not; a database of the first watch version moves its
// check state out of the alert losslessly; a pulled alert replaces this device's own of the same board.
import fs from 'node:fs';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { dexieReplica } from '../sync/store.ts';
import { capturingDatabases, queuedOps } from '../sync/testing.ts';
import { unwatch, updateWatch, watchCompany } from './alerts.ts';
import { checkDueAlerts } from './check.ts';

const open = capturingDatabases('watch-sync');
/** The board's answer: the first postings of the project's Greenhouse fixture, with a validator. */
const FIXTURE = JSON.parse(
  fs.readFileSync(
    new URL('../../../tests/fixtures/boards-api/greenhouse-jobs.json', import.meta.url),
    'utf8',
  ),
) as { jobs: unknown[] };
const board = (postings: number) =>
  new Response(JSON.stringify({ jobs: FIXTURE.jobs.slice(0, postings) }), {
    status: 200,
    headers: { etag: 'W/"1"' },
  });

describe('company watch under sync', () => {
  it('queues what the user chose (follow, edit, stop), never a check of the board', async () => {
    const db = open();
    const alert = await watchCompany(db, { url: 'https://job-boards.greenhouse.io/acme', minScore: 0 });
    const checks = await checkDueAlerts(db, { fetch: async () => board(2), notify: async () => undefined });
    expect(checks[0]).toMatchObject({
      alertId: alert.id,
      etag: 'W/"1"',
      lastOutcome: { kind: 'ok', fresh: 2 },
    });
    expect(await db.watchSeen.count()).toBe(2);
    expect(await queuedOps(db)).toEqual(['job_alerts:upsert']);

    await updateWatch(db, alert.id, { minScore: 75 });
    await unwatch(db, alert.id);
    expect(await queuedOps(db)).toEqual(['job_alerts:upsert', 'job_alerts:upsert', 'job_alerts:delete']);
    const edit = (await db.outbox.orderBy('seq').toArray())[1]!;
    expect(edit.row).toMatchObject({ id: alert.id, minScore: 75 });
    expect(Object.keys(edit.row ?? {})).not.toEqual(expect.arrayContaining(['lastRunAt']));
    expect(edit.row).not.toHaveProperty('etag');
    expect(await db.watchChecks.count()).toBe(0);
  });

  it('refuses an edit the server would refuse, naming the field, and keeps the alert as it was', async () => {
    const db = open();
    const alert = await watchCompany(db, { url: 'https://jobs.lever.co/acme' });
    await expect(updateWatch(db, alert.id, { name: '  ' })).rejects.toThrow('name: Give the company a name');
    expect(await db.watchAlerts.get(alert.id)).toEqual(alert);
  });

  it('moves the check state of a v12 database out of its alerts, losing nothing, and queues the alerts', async () => {
    const name = `watch-upgrade-${Math.random()}`;
    const v12 = new Dexie(name);
    v12.version(12).stores({ watchAlerts: 'id, &boardKey', watchSeen: 'id, alertId, firstSeenAt' });
    const chosen = {
      id: '01900000-0000-7000-8000-00000000e001',
      boardKey: 'lever:acme',
      ats: 'lever',
      board: 'acme',
      name: 'Acme',
      frequency: 'weekly',
      criteria: { titles: ['backend'], locations: ['Berlin'], remoteOnly: true },
      minScore: 70,
      enabled: false,
      createdAt: '2026-12-01T00:00:00.000Z',
      updatedAt: '2026-12-03T10:00:00.000Z',
    };
    const state = {
      lastRunAt: '2026-12-03T10:00:00.000Z',
      notBefore: '2026-12-03T14:00:00.000Z',
      failures: 3,
      etag: 'W/"9"',
      lastModified: 'Thu, 03 Dec 2026 09:00:00 GMT',
      lastOutcome: { kind: 'rate-limited', message: 'The board asked us to slow down' },
    };
    await v12.table('watchAlerts').add({ ...chosen, ...state });
    await v12
      .table('watchSeen')
      .add({ id: `${chosen.id}|1`, alertId: chosen.id, firstSeenAt: chosen.createdAt });
    v12.close();

    const db = open(name);
    expect(db.verno).toBeGreaterThanOrEqual(13); // v13 moved the checks; later versions add other tables
    expect(await db.watchAlerts.toArray()).toEqual([chosen]);
    expect(await db.watchChecks.toArray()).toEqual([{ alertId: chosen.id, ...state }]);
    expect(await db.watchSeen.count()).toBe(1);
    // Alerts followed before they synced are queued by the upgrade itself (the capture sees its writes), so a
    // device with sync on sends them to its other devices without an edit; the check state stays here.
    const sent = await db.outbox.toArray();
    expect(sent.map((e) => `${e.table}:${e.op}:${e.id}`)).toEqual([`job_alerts:upsert:${chosen.id}`]);
    expect(sent[0]?.row).toEqual(chosen);
  });

  it('a pulled alert replaces this device’s own of the same board; a pulled delete drops its local state', async () => {
    const db = open();
    const mine = await watchCompany(db, { url: 'https://job-boards.greenhouse.io/acme' });
    await checkDueAlerts(db, { fetch: async () => board(1), notify: async () => undefined });
    await db.outbox.clear();
    const theirs = { ...mine, id: '01900000-0000-7000-8000-00000000f001', board: 'Acme', minScore: 90 };
    const replica = dexieReplica(db);
    await replica.applyRemote(
      [{ table: 'job_alerts', id: theirs.id, decision: { kind: 'put', row: theirs } }],
      '7',
    );
    expect(await db.watchAlerts.toArray()).toEqual([theirs]);
    expect(await db.outbox.count()).toBe(0);

    await replica.applyRemote([{ table: 'job_alerts', id: theirs.id, decision: { kind: 'delete' } }], '8');
    expect(await db.watchAlerts.count()).toBe(0);
    await checkDueAlerts(db, { fetch: async () => board(1), notify: async () => undefined });
    expect(await db.watchChecks.count()).toBe(0);
    expect(await db.watchSeen.count()).toBe(0);
  });
});
