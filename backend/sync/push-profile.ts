// Pushes of the profile: one per user whatever its id (SINGLETON_TABLES), written as the profiles row plus
// its parts as a set (the parts a push does not carry are gone). Last writer wins on the whole profile.
import type { Profile } from '../../shared/domain/profile.ts';
import type { Change, PushResponse } from '../../shared/sync/protocol.ts';
import type { Db } from './db.ts';
import { issueText } from './push-records.ts';
import type { Row } from './records.ts';
import {
  ClientProfile,
  PROFILE_COLUMNS,
  PROFILE_PARTS,
  type ProfilePart,
  profileToServer,
} from './tables-profile.ts';
import { profileFromServer } from './tables-profile-read.ts';

const ME = `(select auth.jwt() ->> 'sub')`;
const PARTS = Object.keys(PROFILE_PARTS) as ProfilePart[];

/** The caller's profile in client shape (null when none), with its parts in the user's order. */
export async function loadProfile(db: Db): Promise<{ at: string; row: Row } | null> {
  const { rows } = await db.query<{ at: string; row: Row }>(
    `select updated_at::text as at, to_jsonb(p) - 'user_id' as row from public.profiles p where user_id = ${ME}`,
  );
  const found = rows[0];
  if (!found) return null;
  const parts = {} as Record<ProfilePart, Row[]>;
  for (const part of PARTS) {
    const { table } = PROFILE_PARTS[part];
    const ordered = (PROFILE_PARTS[part].columns as readonly string[]).includes('position');
    const order = ordered ? 'position, created_at' : 'created_at, id';
    const { rows: children } = await db.query<{ row: Row }>(
      `select to_jsonb(t) as row from public.${table} t where user_id = ${ME} and deleted_at is null order by ${order}`,
    );
    parts[part] = children.map((c) => c.row);
  }
  return { at: new Date(found.at).toISOString(), row: profileFromServer(found.row, parts) };
}

export async function applyProfile(db: Db, changes: Change[], result: PushResponse): Promise<void> {
  if (changes.length === 0) return;
  // A device holds one profile; of several pushed at once, the latest edit is the profile.
  const change = changes.reduce((a, b) => (Date.parse(b.updated_at) >= Date.parse(a.updated_at) ? b : a));
  for (const other of changes) if (other !== change) result.applied.push(other.id);
  if (change.op === 'delete') {
    result.rejected.push({
      id: change.id,
      table: 'profiles',
      reason: 'the profile is replaced, never deleted',
    });
    return;
  }
  const existing = await loadProfile(db);
  if (existing) {
    const current = Date.parse(existing.at);
    const incoming = Date.parse(change.updated_at);
    if (current > incoming) {
      result.conflicts.push({
        id: String(existing.row.id),
        table: 'profiles',
        server_row: existing.row,
        server_updated_at: existing.at,
        deleted: false,
      });
      return;
    }
    if (current === incoming) {
      result.applied.push(change.id);
      return;
    }
  }
  const parsed = ClientProfile.safeParse(change.row);
  if (!parsed.success) {
    result.rejected.push({
      id: change.id,
      table: 'profiles',
      reason: `invalid profile: ${issueText(parsed.error)}`,
    });
    return;
  }
  await db.query('savepoint profile');
  try {
    await writeProfile(db, parsed.data, change.updated_at, existing ? String(existing.row.id) : null);
    await db.query('release savepoint profile');
    result.applied.push(change.id);
  } catch (error) {
    await db.query('rollback to savepoint profile');
    result.rejected.push({ id: change.id, table: 'profiles', reason: (error as Error).message });
  }
}

async function writeProfile(db: Db, profile: Profile, at: string, serverId: string | null): Promise<void> {
  const { row, parts } = profileToServer(profile, at);
  const cols = PROFILE_COLUMNS.join(', ');
  if (serverId) {
    // The server keeps the first device's id; this device adopts it on its next pull.
    const set = PROFILE_COLUMNS.filter((c) => c !== 'id')
      .map((c) => `${c} = r.${c}`)
      .join(', ');
    await db.query(
      `update public.profiles t set ${set} from jsonb_populate_record(null::public.profiles, $1::jsonb) r where t.id = $2`,
      [JSON.stringify(row), serverId],
    );
  } else {
    const { rows } = await db.query(
      `insert into public.profiles (${cols}) select ${cols} from jsonb_populate_record(null::public.profiles, $1::jsonb)
        on conflict do nothing returning id`,
      [JSON.stringify(row)],
    );
    if (rows.length === 0)
      throw new Error('id_conflict: this id cannot be used for this record; save it under a new id');
  }
  const base = Date.parse(at);
  for (const part of PARTS) {
    const { table, columns } = PROFILE_PARTS[part];
    await db.query(`delete from public.${table} where user_id = ${ME}`);
    if (parts[part].length === 0) continue;
    // Parts without a position column keep the user's order in created_at (one millisecond apart).
    const rows = parts[part].map((r, i) => ({
      ...r,
      created_at: new Date(base + i).toISOString(),
      updated_at: at,
    }));
    const list = [...columns, 'created_at', 'updated_at'].join(', ');
    await db.query(
      `insert into public.${table} (${list}) select ${list} from jsonb_populate_recordset(null::public.${table}, $1::jsonb)`,
      [JSON.stringify(rows)],
    );
  }
}
