// Row-level security matrix, driven by the catalog: every public table (a new one included, with no
// edit here) is checked for cross-user reads, writes and deletes, anon access, and tokens that are
// not `role: authenticated`. Rows are seeded as the superuser; attempts run as the user.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { anon, asUser, attempt, DENIED, type Outcome } from './support/as-role.ts';
import { loadCatalog } from './support/catalog.ts';
import { insertSql, Seeder } from './support/seed.ts';

const pool = new pg.Pool({ connectionString: inject('dbUrl'), max: 3 });
afterAll(() => pool.end());
const tables = await loadCatalog(pool);
const seeder = new Seeder(pool, tables);
const run = randomUUID().slice(0, 8);
const A = `user_a_${run}`;
const B = `user_b_${run}`;

/** Refused outright, or allowed to run but touching nothing. */
function touchedNothing(outcome: Outcome): void {
  if (outcome.ok) expect(outcome.rowCount).toBe(0);
  else expect(outcome.code).toBe(DENIED);
}

async function ownerOf(table: string, id: string): Promise<string | undefined> {
  const { rows } = await pool.query(`select user_id from public.${table} where id = $1`, [id]);
  return rows[0]?.user_id;
}

/**
 * Tables whose own-row insert needs a precondition the catalog cannot seed, and the test that covers it
 * (the cross-user checks above and below still run on them).
 */
const INSERT_NEEDS_MORE_THAN_AN_OWNER: Record<string, string> = {
  coach_notes: 'rls-matrix-coach.test.ts: a coach writes a note only into an active relationship they joined',
};

it('finds the tables to check', () => {
  expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['jobs', 'profiles', 'applications']));
});

describe.each(tables.map((t) => t.name))('%s', (name) => {
  const table = seeder.table(name);

  // A table no user policy reads (skyvern_task_log) is the service role's alone: users read nothing.
  if (!table.userCommands.has('select')) {
    it('is closed to users (service role only)', async () => {
      await seeder.rowOf(name, A);
      touchedNothing(await attempt(pool, asUser(A), `select id from public.${name}`));
    });
    return;
  }

  it("lets user A read only their own rows, never user B's", async () => {
    const own = await seeder.rowOf(name, A);
    const theirs = await seeder.rowOf(name, B);
    const seen = await attempt(pool, asUser(A), `select id, user_id from public.${name}`);
    if (!seen.ok) throw new Error(seen.message);
    expect(seen.rows.map((r) => r.id)).toContain(own);
    expect(seen.rows.map((r) => r.id)).not.toContain(theirs);
    expect(seen.rows.every((r) => r.user_id === A)).toBe(true);
  });

  it("does not let user A update user B's rows or hand their own rows to B", async () => {
    const own = await seeder.rowOf(name, A);
    const theirs = await seeder.rowOf(name, B);
    touchedNothing(
      await attempt(pool, asUser(A), `update public.${name} set user_id = $1 where id = $2`, [A, theirs]),
    );
    const giveAway = await attempt(pool, asUser(A), `update public.${name} set user_id = $1 where id = $2`, [
      B,
      own,
    ]);
    if (giveAway.ok) expect(giveAway.rowCount).toBe(0);
    else expect(giveAway.code).toMatch(new RegExp(`^(${DENIED}|23503)$`)); // RLS, or the same-owner FK
    expect(await ownerOf(name, theirs)).toBe(B);
  });

  it("does not let user A delete user B's rows", async () => {
    const theirs = await seeder.rowOf(name, B);
    touchedNothing(await attempt(pool, asUser(A), `delete from public.${name} where id = $1`, [theirs]));
    expect(await ownerOf(name, theirs)).toBe(B);
  });

  it('does not let user A insert a row owned by user B', async () => {
    const { text, params } = insertSql(table, await seeder.values(name, B));
    const outcome = await attempt(pool, asUser(A), text, params);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.code).toBe(DENIED);
  });

  if (table.userCommands.has('insert') && !(name in INSERT_NEEDS_MORE_THAN_AN_OWNER)) {
    it('lets a user insert their own row (the policy is not simply closed)', async () => {
      // A fresh user, so one-per-user tables (profiles) have room for the row.
      const C = `user_c_${run}_${name}`;
      const { text, params } = insertSql(table, await seeder.values(name, C));
      const outcome = await attempt(pool, asUser(C), text, params);
      expect(outcome.ok ? 'inserted' : outcome.message).toBe('inserted');
    });
  }

  const parentKeys = table.foreignKeys.filter((fk) => fk.columns.includes('user_id'));
  if (parentKeys.length > 0) {
    it("does not let user A attach rows to user B's parent rows", async () => {
      for (const fk of parentKeys) {
        const values = await seeder.values(name, A);
        const parentOfB = await seeder.rowOf(fk.parent, B);
        for (const column of fk.columns.filter((c) => c !== 'user_id')) values[column] = parentOfB;
        const { text, params } = insertSql(table, values);
        const outcome = await attempt(pool, asUser(A), text, params);
        expect(outcome.ok, `${fk.name} accepted user B's ${fk.parent} row`).toBe(false);
      }
    });
  }

  it('shows nothing to anon and lets anon write nothing', async () => {
    await seeder.rowOf(name, A);
    touchedNothing(await attempt(pool, anon, `select id from public.${name}`));
    const { text, params } = insertSql(table, await seeder.values(name, A));
    expect((await attempt(pool, anon, text, params)).ok).toBe(false);
  });

  it('shows nothing to a token for user A that lacks role authenticated', async () => {
    await seeder.rowOf(name, A);
    // PostgREST (and our asUser helper) run such a token as anon.
    touchedNothing(
      await attempt(pool, { role: 'anon', claims: { sub: A } }, `select id from public.${name}`),
    );
    // And the role alone is not enough: a token with no subject owns nothing.
    const noSubject = { role: 'authenticated' as const, claims: { role: 'authenticated' } };
    touchedNothing(await attempt(pool, noSubject, `select id from public.${name}`));
  });
});
