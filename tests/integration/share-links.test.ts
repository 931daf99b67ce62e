// Share links: the public function returns the one resume a live token names, and nothing else.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { anon, asUser, attempt } from './support/as-role.ts';

const pool = new pg.Pool({ connectionString: inject('dbUrl'), max: 2 });
const run = Date.now();
const A = `user_share_a_${run}`;
const B = `user_share_b_${run}`;
const ids: Record<string, string> = {};

async function insert(sql: string, params: unknown[]): Promise<string> {
  const { rows } = await pool.query(`${sql} returning id`, params);
  return rows[0].id;
}

beforeAll(async () => {
  for (const user of [A, B]) {
    const job = await insert(
      `insert into public.jobs (user_id, title, company, url, canonical_url, fuzzy_key) values ($1, 'Engineer', 'Initech', $2, $2, $3)`,
      [user, `https://jobs.example.com/${user}`, `engineer-initech-${user}`],
    ).catch(
      async () => (await pool.query('select id from public.jobs where user_id = $1', [user])).rows[0].id,
    );
    ids[`${user}:resume`] = await insert(
      `insert into public.ai_artifacts (user_id, job_id, kind, content) values ($1, $2, 'resume', $3)`,
      [user, job, `resume of ${user}`],
    );
    ids[`${user}:letter`] = await insert(
      `insert into public.ai_artifacts (user_id, job_id, kind, content) values ($1, $2, 'cover_letter', $3)`,
      [user, job, `letter of ${user}`],
    );
  }
});
afterAll(() => pool.end());

async function share(user: string, artifact: string): Promise<string> {
  const out = await attempt(
    pool,
    asUser(user),
    'insert into public.material_share_links (artifact_id) values ($1) returning token',
    [artifact],
  );
  if (!out.ok) throw new Error(out.message);
  // attempt() rolls back: keep the link by inserting it as the owner for real.
  const { rows } = await pool.query(
    'insert into public.material_share_links (user_id, artifact_id) values ($1, $2) returning token',
    [user, artifact],
  );
  return rows[0].token;
}

const read = async (token: string) =>
  attempt(pool, anon, 'select * from public.get_public_generated_resume($1)', [token]);

describe('share links to a generated resume', () => {
  it('serves the one resume to anyone holding the live token, and nothing about its owner', async () => {
    const token = await share(A, ids[`${A}:resume`]);
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    const out = await read(token);
    expect(out.ok && out.rows).toEqual([{ content: `resume of ${A}`, created_at: expect.any(Date) }]);
  });

  it('gives nothing for a wrong, short or revoked token', async () => {
    const token = await share(A, ids[`${A}:resume`]);
    expect(await read('f'.repeat(64))).toMatchObject({ ok: true, rows: [] });
    expect(await read('')).toMatchObject({ ok: true, rows: [] });
    expect(await read(token.slice(0, 8))).toMatchObject({ ok: true, rows: [] });
    await pool.query('update public.material_share_links set revoked_at = now() where token = $1', [token]);
    expect(await read(token)).toMatchObject({ ok: true, rows: [] });
  });

  it('never reaches a cover letter, even with a live link to it', async () => {
    const token = await share(A, ids[`${A}:letter`]);
    expect(await read(token)).toMatchObject({ ok: true, rows: [] });
  });

  it("does not let user A link user B's resume, nor anon read the links table", async () => {
    const out = await attempt(
      pool,
      asUser(A),
      'insert into public.material_share_links (artifact_id) values ($1)',
      [ids[`${B}:resume`]],
    );
    expect(out.ok).toBe(false);
    const links = await attempt(pool, anon, 'select token from public.material_share_links');
    expect(links.ok).toBe(false);
  });

  it('lets the owner revoke but not re-point a link', async () => {
    const token = await share(A, ids[`${A}:resume`]);
    const revoke = await attempt(
      pool,
      asUser(A),
      'update public.material_share_links set revoked_at = now() where token = $1',
      [token],
    );
    expect(revoke).toMatchObject({ ok: true, rowCount: 1 });
    const repoint = await attempt(
      pool,
      asUser(A),
      'update public.material_share_links set artifact_id = $1 where token = $2',
      [ids[`${A}:letter`], token],
    );
    expect(repoint).toMatchObject({ ok: false, code: '42501' });
  });
});
