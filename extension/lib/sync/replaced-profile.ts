// "Conflicts a person can see": when a profile from another device replaces this device's profile (a later
// edit won), the fields this device lost are kept here, field by field (shared/sync/profile-diff.ts), until the
// person keeps their value (a new edit through the normal profile save, so it syncs and wins) or dismisses it.
import { newId, nowIso } from '../../../shared/domain/common.ts';
import type { Profile } from '../../../shared/domain/profile.ts';
import { type ReplacedField, replacedFields, withField } from '../../../shared/sync/profile-diff.ts';
import type { JobrakerDatabase } from '../db/database.ts';
import { getProfile, saveProfile } from '../services/profile.ts';

/** syncState keys: the last profile version this device received, and the list shown in the Account tab. */
export const PROFILE_BASE_KEY = 'profileBase';
export const REPLACED_FIELDS_KEY = 'replacedProfileFields';

export interface ReplacedEntry extends ReplacedField {
  id: string;
  /** When this device received the winning version. */
  replacedAt: string;
}

type Row = Record<string, unknown>;

export async function listReplaced(db: JobrakerDatabase): Promise<ReplacedEntry[]> {
  return ((await db.syncState.get(REPLACED_FIELDS_KEY))?.value as ReplacedEntry[] | undefined) ?? [];
}

/**
 * Call inside the transaction that replaces `local` with the server's `incoming` profile (needs syncState).
 * One entry per field: a field replaced again keeps only its latest loss.
 */
export async function noteReplacedProfile(db: JobrakerDatabase, local: Row | undefined, incoming: Row) {
  const base = (await db.syncState.get(PROFILE_BASE_KEY))?.value as Row | undefined;
  await db.syncState.put({ key: PROFILE_BASE_KEY, value: incoming });
  if (!local) return;
  const lost = replacedFields(local, incoming, base);
  if (lost.length === 0) return;
  const replacedAt = nowIso();
  const paths = new Set(lost.map((f) => f.path));
  const kept = (await listReplaced(db)).filter((e) => !paths.has(e.path));
  const added = lost.map((field) => ({ ...field, id: newId(), replacedAt }));
  await db.syncState.put({ key: REPLACED_FIELDS_KEY, value: [...kept, ...added] });
}

async function remove(db: JobrakerDatabase, id: string): Promise<ReplacedEntry> {
  const entries = await listReplaced(db);
  const entry = entries.find((e) => e.id === id);
  if (!entry) throw new Error('That replaced value is no longer listed (kept or dismissed already).');
  await db.syncState.put({ key: REPLACED_FIELDS_KEY, value: entries.filter((e) => e.id !== id) });
  return entry;
}

/** "Keep mine": saves this device's value as a new edit of the current profile (it syncs, and wins as newest). */
export async function keepMine(db: JobrakerDatabase, id: string): Promise<Profile> {
  const entry = (await listReplaced(db)).find((e) => e.id === id);
  if (!entry) throw new Error('That replaced value is no longer listed (kept or dismissed already).');
  const saved = await saveProfile(db, withField(await getProfile(db), entry.path, entry.mine));
  await remove(db, id);
  return saved;
}

export async function dismissReplaced(db: JobrakerDatabase, id: string): Promise<void> {
  await remove(db, id);
}
