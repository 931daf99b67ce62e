// Coach sharing under row-level security (issue 17), against the real Postgres: a coach reads a client's
// pipeline, notes and materials only after redeeming that client's one-time code, only in the coach view,
// only while the client keeps it active, and never writes the client's rows. Invites, redemptions and status
// changes are committed as the user (backend asUser); reads and write attempts are rolled back.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { asUser as commitAs, createPool } from '../../backend/db/pool.ts';
import { asCaller, asUser, attempt, codeOf, DENIED } from './support/as-role.ts';
import { claims, coachCalls } from './support/coach.ts';

const pool = createPool(inject('dbUrl'), 3);
afterAll(() => pool.end());
const run = randomUUID().slice(0, 8);
const A = `user_client_a_${run}`; // a client of coach K
const B = `user_client_b_${run}`; // another client of coach K
const K = `user_coach_k_${run}`;
const S = `user_coach_s_${run}`; // a coach nobody invited
const seeded: Record<string, string> = {};

const { invite, redeem, setStatus } = coachCalls(pool);

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
  let relA = '';
  let relB = '';

  it('shows a coach nothing of a client before they redeem the code', async () => {
    expect(await seenOf(K, A)).toEqual(NONE);
  });

  it('redeems a code once (typed in lower case with spaces), and never again for anyone', async () => {
    const made = await invite(A);
    const codeA = made.code;
    relA = made.relationship_id;
    expect(await seenOf(K, A)).toEqual(NONE); // a pending invite shows nothing either
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
});
