// Realtime fallback logic: applications join `supabase_realtime` when the publication exists (hosted
// Supabase), and the migration is a no-op on a plain Postgres without it.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { REPO_ROOT } from '../../backend/local/stack.ts';

const admin = new pg.Pool({ connectionString: inject('dbUrl'), max: 1 });
afterAll(() => admin.end());
const migration = fs.readFileSync(
  path.join(REPO_ROOT, 'supabase', 'migrations', '20261122000100_realtime_applications.sql'),
  'utf8',
);
const published = async () =>
  (
    await admin.query(
      "select tablename from pg_publication_tables where pubname = 'supabase_realtime' order by tablename",
    )
  ).rows.map((r) => r.tablename);

describe('realtime publication', () => {
  it('has applications in it after the migrations ran (the local base creates supabase_realtime)', async () => {
    expect(await published()).toContain('applications');
  });

  it('is a no-op without the publication and adds applications once when it exists', async () => {
    const client = await admin.connect();
    const tables = async () =>
      (
        await client.query("select tablename from pg_publication_tables where pubname = 'supabase_realtime'")
      ).rows.map((r) => r.tablename);
    try {
      await client.query('begin');
      await client.query('drop publication supabase_realtime');
      await client.query(migration); // plain Postgres: nothing to add to, and no error
      expect(await tables()).toEqual([]);
      await client.query('create publication supabase_realtime');
      await client.query(migration);
      await client.query(migration); // re-run: still once
      expect(await tables()).toEqual(['applications']);
    } finally {
      await client.query('rollback');
      client.release();
    }
  });
});
