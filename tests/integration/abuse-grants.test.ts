// Backend abuse suite: table privileges. The API roles may only select/insert/update/delete under RLS; a
// privilege that skips RLS (TRUNCATE) or reaches other users' writes (TRIGGER, REFERENCES, MAINTAIN) must stay
// revoked on every public and storage table, including tables created later.
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { asUser, attempt, DENIED } from './support/as-role.ts';

const pool = new pg.Pool({ connectionString: inject('dbUrl'), max: 2 });
afterAll(() => pool.end());

/** `schema.table: role privilege` for every forbidden privilege an API role holds in `schemas`. */
const HELD = `
  select n.nspname || '.' || c.relname || ': ' || r.role || ' ' || p.priv as name
  from pg_class c
  join pg_namespace n on n.oid = c.relnamespace
  cross join (values ('anon'), ('authenticated')) r(role)
  cross join unnest(array['TRUNCATE', 'TRIGGER', 'REFERENCES']
    || case when current_setting('server_version_num')::int >= 170000 then array['MAINTAIN'] else '{}' end) p(priv)
  where n.nspname = any($1::text[]) and c.relkind in ('r', 'p', 'v', 'm', 'f')
    and has_table_privilege(r.role, c.oid, p.priv)
  order by 1`;

describe('API roles hold no privilege that bypasses row-level security', () => {
  it('on any public or storage table', async () => {
    const { rows } = await pool.query<{ name: string }>(HELD, [['public', 'storage']]);
    expect(rows.map((r) => r.name)).toEqual([]);
  });

  it('on a public table created by a later migration (default privileges)', async () => {
    const client = await pool.connect();
    try {
      await client.query('begin');
      await client.query('create table public.abuse_later_table (id int)');
      const { rows } = await client.query<{ name: string }>(HELD, [['public']]);
      expect(rows.map((r) => r.name)).toEqual([]);
      // The ordinary grants still come by default (RLS then decides).
      const { rows: dml } = await client.query(
        "select has_table_privilege('authenticated', 'public.abuse_later_table', 'select, insert') as ok",
      );
      expect(dml[0].ok).toBe(true);
    } finally {
      await client.query('rollback');
      client.release();
    }
  });

  it.each([
    ['truncate public.jobs cascade'],
    ['truncate storage.objects'],
    [
      'create trigger spy before update on public.jobs for each row execute function suppress_redundant_updates_trigger()',
    ],
  ])('denies a signed-in user: %s', async (sql) => {
    const result = await attempt(pool, asUser('user_abuse_grants'), sql);
    expect(result).toMatchObject({ ok: false, code: DENIED });
  });
});
