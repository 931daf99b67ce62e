// The pull cursor and "what the server already has" belong to one account. When a different account signs
// in on this browser, start over for it: pull from the beginning and queue every local row again.
import { nowIso } from '../../../shared/domain/common.ts';
import type { JobrakerDatabase, OutboxRow } from '../db/database.ts';
import { PROFILE_BASE_KEY } from './replaced-profile.ts';
import { RESTORE_KEY } from './restore-run.ts';
import { CURSOR_KEY, SYNCED_LOCAL_TABLES, SYNCED_TABLES } from './tables.ts';

export const ACCOUNT_KEY = 'account';

/** `sub` of a JWT, read without verifying (the server verifies; this only tells accounts apart). */
export function subjectOf(token: string): string | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const sub = (JSON.parse(json) as { sub?: unknown }).sub;
    return typeof sub === 'string' ? sub : null;
  } catch {
    return null;
  }
}

/** Queues every synced row with its own edit time (so newer edits made elsewhere still win). */
export async function queueSnapshot(db: JobrakerDatabase): Promise<number> {
  const snapshot: OutboxRow[] = [];
  for (const local of SYNCED_LOCAL_TABLES) {
    const spec = SYNCED_TABLES[local]!;
    for (const row of (await db.table(local).toArray()) as Record<string, unknown>[]) {
      snapshot.push({
        id: spec.idOf(row),
        table: spec.wire,
        op: 'upsert',
        row,
        updated_at: spec.editedAt(row) ?? nowIso(),
      });
    }
  }
  await db.outbox.bulkAdd(snapshot);
  return snapshot.length;
}

/** Returns true when the account changed (cursor reset, snapshot queued). */
export async function adoptAccount(db: JobrakerDatabase, sub: string): Promise<boolean> {
  return db.transaction('rw', [db.syncState, db.outbox, ...SYNCED_LOCAL_TABLES], async () => {
    const known = (await db.syncState.get(ACCOUNT_KEY))?.value;
    if (known === sub) return false;
    await db.syncState.put({ key: ACCOUNT_KEY, value: sub });
    await db.syncState.put({ key: CURSOR_KEY, value: null });
    // The last profile received and an unfinished restore's counts belonged to the other account.
    await db.syncState.bulkDelete([PROFILE_BASE_KEY, RESTORE_KEY]);
    // The first account after enabling sync already has the snapshot from setSyncEnabled.
    if (known !== undefined) await queueSnapshot(db);
    return true;
  });
}
