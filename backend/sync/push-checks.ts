// What a push refuses or rewrites before and after writing, and how it says so (reasons in `rejected`).
import { findUnstorableText } from '../../shared/domain/limits.ts';
import { type Change, MAX_CLOCK_SKEW_MS, type Rejected } from '../../shared/sync/protocol.ts';
import type { Db } from './db.ts';
import type { Write } from './push-sql.ts';

/**
 * An edit time later than the server's clock (plus skew) is stored as the server's time: left as sent, a
 * record stamped 9999-12-31 would win against every later edit from every device, forever.
 */
export function clampFuture(change: Change, now: number): Change {
  return Date.parse(change.updated_at) > now + MAX_CLOCK_SKEW_MS
    ? { ...change, updated_at: new Date(now).toISOString() }
    : change;
}

/** Text Postgres cannot store (NUL, lone surrogates) rejects that record alone, saying where it is. */
export function storable(changes: Change[], rejected: Rejected[]): Change[] {
  return changes.filter((change) => {
    const bad = findUnstorableText(change.row ?? null);
    if (bad)
      rejected.push({
        id: change.id,
        table: change.table,
        reason: `invalid_text: ${bad.path} ${bad.problem}`,
      });
    return !bad;
  });
}

/** The answer for an id another account holds: the same whatever the id's owner or existence. */
const ID_CONFLICT = 'id_conflict: this id cannot be used for this record; save it under a new id';

/** Why an insert did nothing: a duplicate in the user's own jobs, or an id the user cannot use. */
export async function whyNotInserted(db: Db, write: Write): Promise<Rejected> {
  const { rows } = await db.query<{ id: string; same_url: boolean }>(
    `select id, canonical_url = $1 as same_url from public.jobs
      where id <> $2 and (canonical_url = $1 or (ats = $3::public.ats_kind and ats_job_id = $4))
      order by same_url desc limit 1`,
    [write.canonicalUrl, write.id, write.row.ats ?? null, write.row.ats_job_id ?? null],
  );
  const clash = rows[0];
  if (clash?.same_url) {
    return {
      id: write.id,
      table: 'jobs',
      reason: `duplicate_canonical_url: job ${clash.id} already has this URL`,
    };
  }
  if (clash) {
    return { id: write.id, table: 'jobs', reason: `duplicate_ats_job: job ${clash.id} is this ATS posting` };
  }
  // Another account's row (RLS hides it) gets an answer that says neither whose the id is nor that it
  // exists anywhere the caller cannot see.
  return { id: write.id, table: 'jobs', reason: ID_CONFLICT };
}
