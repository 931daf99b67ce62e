// Coach sharing under row-level security (issue 17), against the real Postgres: a coach reads a client's
// pipeline, notes and materials only after redeeming that client's one-time code, only in the coach view,
// only while the client keeps it active, and never writes the client's rows. Invites, redemptions and status
// changes are committed as the user (backend asUser); reads and write attempts are rolled back.
import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { asUser as commitAs, createPool } from '../../backend/db/pool.ts';
import { anon, asCaller, asUser, attempt, codeOf, DENIED } from './support/as-role.ts';

const pool = createPool(inject('dbUrl'), 3);
afterAll(() => pool.end());
const run = randomUUID().slice(0, 8);
const A = `user_client_a_${run}`; // a client of coach K
const B = `user_client_b_${run}`; // another client of coach K
const K = `user_coach_k_${run}`;
const S = `user_coach_s_${run}`; // a coach nobody invited
const seeded: Record<string, string> = {};

const claims = (sub: string) => ({ sub, role: 'authenticated' });
const commit = <T>(sub: string, sql: string, params: unknown[] = []) =>
  commitAs(pool, claims(sub), async (db) => (await db.query(sql, params)).rows as T[]);
const invite = async (client: string) =>
  (
    await commit<{ relationship_id: string; code: string }>(
      client,
      'select * from public.create_coach_invite()',
    )
  )[0]!;
const redeem = async (coach: string, code: string) =>
  (
    await commit<{ outcome: string; client_id: string | null }>(
      coach,
      'select * from public.redeem_coach_invite($1)',
      [code],
    )
  )[0]!;
const setStatus = (client: string, id: string, status: string) =>
  commit(client, 'update public.coach_relationships set status = $2 where id = $1', [id, status]);

/** Ids of `table` rows owned by `owner` that `reader` sees; `coachView` sets the coach function's scope. */
async function visible(reader: string, table: string, owner: string, coachView = true): Promise<string[]> {
  return asCaller(pool, asUser(reader), async (db) => {
    if (coachView) await db.query("select set_config('jobraker.read_as', 'coach', true)");
    const { rows } = await db.query(`select id from public.${table} where user_id = $1`, [owner]);
    return rows.map((r) => r.id as string);
  });
}
const CLIENT_TABLES = ['jobs', 'job_stage_events', 'job_notes', 'ai_artifacts', 'job_materials'];
async function seenOf(reader: string, owner: string, coachView = true) {
  const seen: Record<string, number> = {};
  for (const table of CLIENT_TABLES) seen[table] = (await visible(reader, table, owner, coachView)).length;
  return seen;
}
const ALL_ONE = Object.fromEntries(CLIENT_TABLES.map((t) => [t, 1]));
const NONE = Object.fromEntries(CLIENT_TABLES.map((t) => [t, 0]));

async function writeNote(coach: string, relationship: string, jobId: string | null, body: string) {
  return asCaller(pool, asUser(coach), async (db) => {
    await db.query("select set_config('jobraker.read_as', 'coach', true)");
    return codeOf(db, 'insert into public.coach_notes (relationship_id, job_id, body) values ($1, $2, $3)', [
      relationship,
      jobId,
      body,
    ]);
  });
}

beforeAll(async () => {
  for (const user of [A, B]) {
    const q = async (sql: string, params: unknown[]) => (await pool.query(sql, params)).rows[0].id as string;
    const job = await q(
      `insert into public.jobs (user_id, title, company, url, canonical_url) values ($1, $2, 'Initech', $3, $3) returning id`,
      [user, `Engineer for ${user}`, `https://jobs.example.com/${user}`],
    );
    seeded[`${user}:job`] = job;
    await q('insert into public.job_notes (user_id, job_id, body) values ($1, $2, $3) returning id', [
      user,
      job,
      'my note',
    ]);
    const artifact = await q(
      `insert into public.ai_artifacts (user_id, job_id, kind, content) values ($1, $2, 'resume', 'resume') returning id`,
      [user, job],
    );
    await q(
      `insert into public.job_materials (user_id, job_id, kind, artifact_id) values ($1, $2, 'resume', $3) returning id`,
      [user, job, artifact],
    );
  }
});

describe('coach sharing', () => {
  let codeA = '';
  let relA = '';
  let relB = '';

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

  it('shows a coach nothing of a client before they redeem the code', async () => {
    expect(await seenOf(K, A)).toEqual(NONE);
  });

  it('redeems a code once (typed in lower case with spaces), and never again for anyone', async () => {
    const typed = ` ${codeA.toLowerCase().replaceAll('-', ' ')} `;
    expect(await redeem(K, typed)).toMatchObject({ outcome: 'redeemed', client_id: A });
    expect(await redeem(K, codeA)).toMatchObject({ outcome: 'invalid', client_id: null });
    expect(await redeem(S, codeA)).toMatchObject({ outcome: 'invalid', client_id: null });
    const { rows } = await pool.query('select * from public.coach_relationships where id = $1', [relA]);
    expect(rows[0]).toMatchObject({ coach_id: K, status: 'active', invite_sha256: null });
    expect(rows[0].activated_at).not.toBeNull();
    const b = await invite(B);
    relB = b.relationship_id;
    expect((await redeem(K, b.code)).outcome).toBe('redeemed');
  });

  it("lets an active coach read the client's pipeline, notes and materials in the coach view only", async () => {
    expect(await seenOf(K, A)).toEqual(ALL_ONE);
    // Outside the coach view (the coach's own sync, delete-my-data) "my rows" stays the coach's own.
    expect(await seenOf(K, A, false)).toEqual(NONE);
    // A coach nobody invited sees nothing.
    expect(await seenOf(S, A)).toEqual(NONE);
  });

  it('keeps clients of the same coach apart', async () => {
    expect(await seenOf(A, B)).toEqual(NONE);
    expect(await seenOf(B, A)).toEqual(NONE);
    const rels = await asCaller(pool, asUser(A), async (db) =>
      (await db.query('select id from public.coach_relationships')).rows.map((r) => r.id),
    );
    expect(rels).toContain(relA);
    expect(rels).not.toContain(relB);
  });

  it("never lets the coach write the client's rows or their relationship", async () => {
    const job = seeded[`${A}:job`];
    for (const [sql, params] of [
      ["update public.jobs set title = 'coached' where id = $1", [job]],
      ['delete from public.jobs where id = $1', [job]],
      ['delete from public.job_notes where user_id = $1', [A]],
      ["update public.coach_relationships set status = 'ended' where id = $1", [relA]],
      ['delete from public.coach_relationships where id = $1', [relA]],
    ] as const) {
      const outcome = await asCaller(pool, asUser(K), async (db) => {
        await db.query("select set_config('jobraker.read_as', 'coach', true)");
        return db.query(sql, [...params]).then(
          (r) => r.rowCount,
          (e: { code: string }) => e.code,
        );
      });
      expect([0, DENIED], sql).toContain(outcome);
    }
    for (const [sql, params] of [
      [
        "insert into public.jobs (user_id, title, url, canonical_url) values ($1, 'x', 'https://x.example', 'https://x.example')",
        [A],
      ],
      ["insert into public.job_notes (user_id, job_id, body) values ($1, $2, 'x')", [A, job]],
    ] as const) {
      expect(await attempt(pool, asUser(K), sql, [...params]), sql).toMatchObject({
        ok: false,
        code: DENIED,
      });
    }
  });

  it("lets the coach write notes the client reads, on the client's own jobs only", async () => {
    expect(await writeNote(K, relA, seeded[`${A}:job`]!, 'Follow up with Initech on Friday')).toBe('ok');
    await commitAs(pool, claims(K), async (db) => {
      await db.query("select set_config('jobraker.read_as', 'coach', true)");
      await db.query('insert into public.coach_notes (relationship_id, job_id, body) values ($1, $2, $3)', [
        relA,
        seeded[`${A}:job`],
        'Strong fit: lead with the migration project',
      ]);
    });
    // B's job on A's relationship, a note on someone else's relationship, a note by an uninvited coach.
    expect(await writeNote(K, relA, seeded[`${B}:job`]!, 'wrong job')).toBe(DENIED);
    expect(await writeNote(S, relA, null, 'not my client')).toBe(DENIED);
    const notesOf = (reader: string) =>
      asCaller(pool, asUser(reader), async (db) =>
        (await db.query('select body from public.coach_notes where relationship_id = $1', [relA])).rows.map(
          (r) => r.body,
        ),
      );
    expect(await notesOf(A)).toEqual(['Strong fit: lead with the migration project']);
    expect(await notesOf(K)).toEqual(['Strong fit: lead with the migration project']);
    expect(await notesOf(B)).toEqual([]);
    expect(await notesOf(S)).toEqual([]);
  });

  it('stops all access the moment the client pauses, and gives it back on resume', async () => {
    await setStatus(A, relA, 'paused');
    expect(await seenOf(K, A)).toEqual(NONE);
    expect(await writeNote(K, relA, null, 'while paused')).toBe(DENIED);
    const rel = await asCaller(
      pool,
      asUser(K),
      async (db) =>
        (await db.query('select status from public.coach_relationships where id = $1', [relA])).rows,
    );
    expect(rel).toEqual([{ status: 'paused' }]);
    expect(await seenOf(K, B)).toEqual(ALL_ONE); // another client's choice is theirs
    await setStatus(A, relA, 'active');
    expect(await seenOf(K, A)).toEqual(ALL_ONE);
  });

  it('leaves the coach nothing once the client ends it; the client keeps the notes; it cannot reopen', async () => {
    await setStatus(A, relA, 'ended');
    expect(await seenOf(K, A)).toEqual(NONE);
    const coachSees = await asCaller(pool, asUser(K), async (db) => ({
      relationships: (await db.query('select id from public.coach_relationships where user_id = $1', [A]))
        .rowCount,
      notes: (await db.query('select id from public.coach_notes where relationship_id = $1', [relA]))
        .rowCount,
    }));
    expect(coachSees).toEqual({ relationships: 0, notes: 0 });
    const clientNotes = await visible(A, 'coach_notes', K, false);
    expect(clientNotes.length).toBe(1);
    const reopen = await attempt(
      pool,
      asUser(A),
      "update public.coach_relationships set status = 'active' where id = $1",
      [relA],
    );
    expect(reopen).toMatchObject({ ok: false, code: '23514' });
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
