// Coach invitation codes against the real Postgres (issue 17): made by the server (100 random bits), stored
// only as a hash, redeemable once, expiring, never one's own, and guessing is rate-limited per coach.
import { createHash, randomUUID } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createPool } from '../../backend/db/pool.ts';
import { anon, asUser, attempt, DENIED } from './support/as-role.ts';
import { coachCalls } from './support/coach.ts';

const pool = createPool(inject('dbUrl'), 3);
afterAll(() => pool.end());
const run = randomUUID().slice(0, 8);
const A = `user_invite_client_${run}`;
const K = `user_invite_coach_${run}`;
const { invite, redeem } = coachCalls(pool);

describe('coach invitations', () => {
  let codeA = '';
  let relA = '';

  it('makes a one-time code of 100 random bits and stores only its hash', async () => {
    const made = await invite(A);
    codeA = made.code;
    relA = made.relationship_id;
    expect(codeA).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}$/);
    const { rows } = await pool.query('select * from public.coach_relationships where id = $1', [relA]);
    expect(rows[0]).toMatchObject({ user_id: A, coach_id: null, status: 'pending' });
    const hash = createHash('sha256').update(codeA.replaceAll('-', '')).digest('hex');
    expect(rows[0].invite_sha256).toBe(hash);
    expect(JSON.stringify(rows[0])).not.toContain(codeA.slice(0, 5));
    const codes = await Promise.all(Array.from({ length: 4 }, () => invite(`user_many_${run}`)));
    expect(new Set(codes.map((c) => c.code)).size).toBe(4);
    // Five open invitations at most: a sixth waits until one is used, cancelled or expired.
    await invite(`user_many_${run}`);
    await expect(invite(`user_many_${run}`)).rejects.toMatchObject({ code: '54000' });
  });

  it('lets no one make a relationship, pick a code or name a coach without the functions', async () => {
    const direct = await attempt(
      pool,
      asUser(A),
      'insert into public.coach_relationships (coach_id, status) values ($1, $2)',
      [K, 'active'],
    );
    expect(direct).toMatchObject({ ok: false, code: DENIED });
    const naming = await attempt(
      pool,
      asUser(A),
      'update public.coach_relationships set coach_id = $2 where id = $1',
      [relA, K],
    );
    expect(naming).toMatchObject({ ok: false, code: DENIED });
    for (const fn of [
      'select * from public.create_coach_invite()',
      "select * from public.redeem_coach_invite('x')",
    ])
      expect(await attempt(pool, anon, fn)).toMatchObject({ ok: false, code: DENIED });
  });

  it('says expired and own codes apart from unknown ones', async () => {
    const late = await invite(A);
    await pool.query(
      "update public.coach_relationships set invite_expires_at = now() - interval '1 minute' where id = $1",
      [late.relationship_id],
    );
    expect((await redeem(K, late.code)).outcome).toBe('expired');
    const own = await invite(A);
    expect((await redeem(A, own.code)).outcome).toBe('own_code');
  });

  it('rate-limits guessing: after ten wrong codes in an hour even a right one is refused', async () => {
    const guesser = `user_guesser_${run}`;
    for (let i = 0; i < 10; i++) expect((await redeem(guesser, `GUESS-${i}`)).outcome).toBe('invalid');
    const real = await invite(A);
    expect((await redeem(guesser, real.code)).outcome).toBe('rate_limited');
    // The code itself is untouched: the coach it was meant for can still redeem it.
    expect((await redeem(`user_other_coach_${run}`, real.code)).outcome).toBe('redeemed');
  });
});
