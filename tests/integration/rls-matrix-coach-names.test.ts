// Coach display names against the real Postgres (issue 17 part 3): each side names itself (the client on
// inviting, the coach on redeeming), the database trims and limits the name, each side reads the other's
// name while the relationship is live, neither can write the other's, and an ended relationship shows the
// coach nothing. Reads and write attempts run as the user and are rolled back.
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createPool } from '../../backend/db/pool.ts';
import { COACH_NAME_MAX } from '../../shared/coach/protocol.ts';
import { asCaller, asUser, attempt, DENIED } from './support/as-role.ts';
import { coachCalls } from './support/coach.ts';

const pool = createPool(inject('dbUrl'), 3);
afterAll(() => pool.end());
const run = randomUUID().slice(0, 8);
const A = `user_names_client_${run}`;
const B = `user_names_other_client_${run}`;
const K = `user_names_coach_${run}`;
const S = `user_names_stranger_${run}`;
const { invite, redeem, setStatus, commit } = coachCalls(pool);
/** The caller renames themself on a relationship through the function; the rows it changed. */
const rename = (who: string, id: string, name: string) =>
  commit(who, 'select * from public.set_coach_display_name($1, $2)', [id, name]);

/** The names `reader` sees on relationship `id`, or null when RLS shows them no such row. */
async function namesSeenBy(reader: string, id: string) {
  return asCaller(pool, asUser(reader), async (db) => {
    const { rows } = await db.query(
      'select client_name, coach_name from public.coach_relationships where id = $1',
      [id],
    );
    return rows[0] ?? null;
  });
}

describe('coach display names', () => {
  let rel = '';

  it("stores each side's own name, cleaned, and shows it to the other side", async () => {
    const made = await invite(A, '  Ada \n Lovelace\u202E ');
    rel = made.relationship_id;
    expect(await namesSeenBy(A, rel)).toEqual({ client_name: 'Ada Lovelace', coach_name: null });
    const redeemed = await redeem(K, made.code, '\tGrace Hopper (coach)');
    expect(redeemed).toMatchObject({ outcome: 'redeemed', client_name: 'Ada Lovelace' });
    const both = { client_name: 'Ada Lovelace', coach_name: 'Grace Hopper (coach)' };
    expect(await namesSeenBy(A, rel)).toEqual(both);
    expect(await namesSeenBy(K, rel)).toEqual(both);
    // Another client of the same coach and a stranger see neither name.
    const other = await invite(B, 'Bea');
    await redeem(K, other.code, 'Grace');
    expect(await namesSeenBy(B, rel)).toBeNull();
    expect(await namesSeenBy(S, rel)).toBeNull();
  });

  it('keeps a blank name as none, and refuses one over the limit with a sentence', async () => {
    const blank = await invite(`user_names_blank_${run}`, ' \u200B ');
    expect(await namesSeenBy(`user_names_blank_${run}`, blank.relationship_id)).toEqual({
      client_name: null,
      coach_name: null,
    });
    const longest = await invite(`user_names_long_${run}`, 'é'.repeat(COACH_NAME_MAX));
    const { rows } = await pool.query('select client_name from public.coach_relationships where id = $1', [
      longest.relationship_id,
    ]);
    expect(rows[0].client_name).toHaveLength(COACH_NAME_MAX);
    await expect(invite(`user_names_long_${run}`, 'x'.repeat(COACH_NAME_MAX + 1))).rejects.toMatchObject({
      code: '23514',
      message: 'A display name can be at most 80 characters',
    });
    const late = await invite(`user_names_long_${run}`);
    await expect(redeem(K, late.code, 'y'.repeat(COACH_NAME_MAX + 1))).rejects.toMatchObject({
      code: '23514',
    });
    // The table's own check holds even for a writer that skips the functions.
    await expect(
      pool.query("update public.coach_relationships set coach_name = ' padded' where id = $1", [rel]),
    ).rejects.toMatchObject({ code: '23514' });
  });

  it("lets neither side write the other's name (nor, directly, its own)", async () => {
    for (const [who, column] of [
      [A, 'coach_name'],
      [A, 'client_name'],
      [K, 'client_name'],
      [K, 'coach_name'],
    ] as const) {
      const outcome = await attempt(
        pool,
        asUser(who),
        `update public.coach_relationships set ${column} = 'Mallory' where id = $1`,
        [rel],
      );
      expect(outcome, `${who} sets ${column}`).toMatchObject({ ok: false, code: DENIED });
    }
    expect(await namesSeenBy(A, rel)).toEqual({
      client_name: 'Ada Lovelace',
      coach_name: 'Grace Hopper (coach)',
    });
  });

  it('lets each side rename itself through the function, which only ever writes the caller’s side', async () => {
    expect(await rename(A, rel, ' Ada  L. ')).toEqual([
      { id: rel, client_name: 'Ada L.', coach_name: 'Grace Hopper (coach)' },
    ]);
    expect(await rename(K, rel, 'Grace H.')).toEqual([
      { id: rel, client_name: 'Ada L.', coach_name: 'Grace H.' },
    ]);
    // Another client of the same coach and a stranger change nothing.
    expect(await rename(B, rel, 'Mallory')).toEqual([]);
    expect(await rename(S, rel, 'Mallory')).toEqual([]);
    expect(await namesSeenBy(K, rel)).toEqual({ client_name: 'Ada L.', coach_name: 'Grace H.' });
    await rename(A, rel, 'Ada Lovelace');
    await rename(K, rel, 'Grace Hopper (coach)');
  });

  it('shows the coach the name while paused, and nothing once the client ends it', async () => {
    await setStatus(A, rel, 'paused');
    expect(await namesSeenBy(K, rel)).toMatchObject({ client_name: 'Ada Lovelace' });
    await setStatus(A, rel, 'ended');
    expect(await namesSeenBy(K, rel)).toBeNull();
    const coachList = await asCaller(pool, asUser(K), async (db) =>
      (await db.query('select client_name from public.coach_relationships')).rows.map((r) => r.client_name),
    );
    expect(coachList).toEqual(['Bea']);
    // The client's name is forgotten on end; the client still sees who their coach was.
    const { rows } = await pool.query(
      'select client_name, coach_name from public.coach_relationships where id = $1',
      [rel],
    );
    expect(rows[0]).toEqual({ client_name: null, coach_name: 'Grace Hopper (coach)' });
    expect(await namesSeenBy(A, rel)).toEqual({ client_name: null, coach_name: 'Grace Hopper (coach)' });
    // Nor can either side name itself on it any more.
    expect(await rename(A, rel, 'Ada again')).toEqual([]);
    expect(await rename(K, rel, 'Grace again')).toEqual([]);
    expect(await namesSeenBy(A, rel)).toEqual({ client_name: null, coach_name: 'Grace Hopper (coach)' });
  });
});
