import { afterEach, describe, expect, it } from 'vitest';
import type { Change, Conflict, PulledChange, SyncTable } from '../../../shared/sync/protocol.ts';
import { recordKey } from '../../../shared/sync/protocol.ts';
import type { SyncTransport } from '../../../shared/sync/transport.ts';
import { JobrakerDatabase } from '../db/database.ts';
import { getProfile, saveProfile } from '../services/profile.ts';
import { installSync, type SyncRunner, setSyncEnabled } from './index.ts';
import { dismissReplaced, keepMine, listReplaced } from './replaced-profile.ts';

/** The sync function's rules in memory (backend/sync/README.md): last writer wins per record (one profile per user), equal = already applied, older = conflict with the server's row, pull by server sequence. */
class LwwServer {
  private records = new Map<string, { change: Change; seq: number }>();
  private seq = 0;
  transport(): SyncTransport {
    return {
      push: async (changes) => {
        const applied: string[] = [];
        const conflicts: Conflict[] = [];
        for (const change of changes) {
          const key = recordKey(change.table, change.id);
          const stored = this.records.get(key);
          if (stored && Date.parse(stored.change.updated_at) > Date.parse(change.updated_at)) {
            conflicts.push({
              id: change.id,
              table: change.table as SyncTable,
              server_row: stored.change.row ?? null,
              server_updated_at: stored.change.updated_at,
              deleted: stored.change.op === 'delete',
            });
            continue;
          }
          if (!stored || stored.change.updated_at !== change.updated_at)
            this.records.set(key, { change, seq: ++this.seq });
          applied.push(change.id);
        }
        return { applied, conflicts, rejected: [] };
      },
      pull: async (since) => {
        const from = Number(since ?? 0);
        const changes: PulledChange[] = [...this.records.values()]
          .filter((r) => r.seq > from)
          .sort((a, b) => a.seq - b.seq)
          .map(({ change }) => ({ ...change, table: change.table as SyncTable, row: change.row ?? {} }));
        return { changes, cursor: String(this.seq), more: false };
      },
    };
  }
}

const opened: { db: JobrakerDatabase; runner: SyncRunner }[] = [];
afterEach(async () => {
  for (const { db, runner } of opened.splice(0)) {
    runner.stop();
    await db.delete();
  }
});

async function device(server: LwwServer) {
  const db = new JobrakerDatabase(`replaced-${Math.random()}`);
  const runner = await installSync(db, {
    transport: server.transport(),
    getToken: async () => 'token',
    debounceMs: 60_000, // the test decides when each device syncs
    intervalMs: 60_000,
  });
  opened.push({ db, runner });
  await setSyncEnabled(db, true);
  return { db, sync: () => runner.runNow() };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
async function setPhone(db: JobrakerDatabase, phone: string) {
  const profile = await getProfile(db); // may create the empty profile first
  await tick(); // a later edit time than the previous edit (equal times count as the same version)
  return saveProfile(db, { ...profile, contact: { ...profile.contact, firstName: 'Ada', phone } });
}
const phoneOf = async (db: JobrakerDatabase) => (await getProfile(db)).contact.phone;

async function twoDevicesWithOneProfile() {
  const server = new LwwServer();
  const a = await device(server);
  const b = await device(server);
  await setPhone(a.db, '+1 555 0100');
  await a.sync();
  await b.sync();
  expect(await phoneOf(b.db)).toBe('+1 555 0100');
  return { a, b };
}

describe('a profile edit that lost to a later one on another device', () => {
  it('is listed field by field on the losing device (pulled after both pushed), and "keep mine" makes it win on both', async () => {
    const { a, b } = await twoDevicesWithOneProfile();
    const mine = await setPhone(a.db, '+1 555 0199');
    const theirs = await setPhone(b.db, '+44 20 7946 0000'); // later: wins
    expect((await a.sync()).state).toBe('ok');
    expect((await b.sync()).state).toBe('ok');
    expect((await a.sync()).state).toBe('ok');

    expect(await phoneOf(a.db)).toBe('+44 20 7946 0000');
    const listed = await listReplaced(a.db);
    expect(listed).toEqual([
      expect.objectContaining({
        label: 'Phone',
        mine: '+1 555 0199',
        theirs: '+44 20 7946 0000',
        mineEditedAt: mine.updatedAt,
        theirsEditedAt: theirs.updatedAt,
      }),
    ]);
    expect(await listReplaced(b.db)).toEqual([]); // the winner lost nothing

    await keepMine(a.db, listed[0]!.id);
    expect(await phoneOf(a.db)).toBe('+1 555 0199');
    expect(await listReplaced(a.db)).toEqual([]);
    await a.sync();
    await b.sync();
    expect(await phoneOf(b.db)).toBe('+1 555 0199');
    expect((await getProfile(b.db)).contact.firstName).toBe('Ada'); // only the kept field changed
    // B's own edit was replaced in turn (without version history B cannot tell A saw it): listed there.
    expect((await listReplaced(b.db)).map((e) => [e.label, e.mine, e.theirs])).toEqual([
      ['Phone', '+44 20 7946 0000', '+1 555 0199'],
    ]);
  });

  it('is listed when the push itself is refused as older (a conflict), and Dismiss removes it without an edit', async () => {
    const { a, b } = await twoDevicesWithOneProfile();
    await setPhone(a.db, '+1 555 0199');
    await setPhone(b.db, '+44 20 7946 0000');
    await b.sync();
    const report = await a.sync();
    expect(report.state === 'ok' && report.report.conflicts).toBe(1);
    const [entry] = await listReplaced(a.db);
    expect(entry).toMatchObject({ path: 'contact.phone', mine: '+1 555 0199', theirs: '+44 20 7946 0000' });

    const outboxBefore = await a.db.outbox.count();
    await dismissReplaced(a.db, entry!.id);
    expect(await listReplaced(a.db)).toEqual([]);
    expect(await a.db.outbox.count()).toBe(outboxBefore); // nothing new to sync
    expect(await phoneOf(a.db)).toBe('+44 20 7946 0000');
    await expect(keepMine(a.db, entry!.id)).rejects.toThrow(/no longer listed/);
  });

  it('lists nothing when the other device changed a field this device never touched', async () => {
    const { a, b } = await twoDevicesWithOneProfile();
    await tick();
    const profile = await getProfile(b.db);
    await saveProfile(b.db, { ...profile, targetTitles: ['Staff engineer'] });
    await b.sync();
    await a.sync();
    expect((await getProfile(a.db)).targetTitles).toEqual(['Staff engineer']);
    expect(await listReplaced(a.db)).toEqual([]);
  });
});
