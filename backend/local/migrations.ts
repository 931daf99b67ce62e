import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** The Supabase base (roles, auth, storage, publication) that hosted projects have before migrations. */
export const BASE_SQL_PATH = path.join(import.meta.dirname, 'sql', 'supabase-base.sql');

export async function applySupabaseBase(dbUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: dbUrl });
  client.on('error', () => undefined); // a server shutting down mid-start surfaces as the query's rejection
  await client.connect();
  try {
    await client.query(fs.readFileSync(BASE_SQL_PATH, 'utf8'));
  } finally {
    await client.end();
  }
}

export interface PushResult {
  applied: number;
  /** False when every local migration was already recorded, so the CLI was not run. */
  pushed: boolean;
  output: string;
}

/** Versions of supabase/migrations/<version>_<name>.sql not yet in the CLI's history table. */
export async function pendingMigrations(repoRoot: string, dbUrl: string): Promise<string[]> {
  const dir = path.join(repoRoot, 'supabase', 'migrations');
  const local = fs.existsSync(dir)
    ? fs.readdirSync(dir).flatMap((file) => /^(\d+)_.*\.sql$/.exec(file)?.[1] ?? [])
    : [];
  const client = new pg.Client({ connectionString: dbUrl });
  client.on('error', () => undefined); // a server shutting down mid-start surfaces as the query's rejection
  await client.connect();
  try {
    const { rows } = await client
      .query<{ version: string }>(
        `select version from supabase_migrations.schema_migrations
       where to_regclass('supabase_migrations.schema_migrations') is not null`,
      )
      .catch(() => ({ rows: [] as { version: string }[] }));
    const applied = new Set(rows.map((r) => r.version));
    return local.filter((version) => !applied.has(version));
  } finally {
    await client.end();
  }
}

/**
 * Applies supabase/migrations with the real Supabase CLI, exactly as a hosted deploy would.
 * `--include-all` because parallel branches add migrations with older timestamps than ones already applied.
 */
export async function pushMigrations(repoRoot: string, dbUrl: string): Promise<PushResult> {
  // Warm starts skip the CLI (~1-2 s): it compares versions only, exactly like this check.
  if ((await pendingMigrations(repoRoot, dbUrl)).length === 0)
    return { applied: 0, pushed: false, output: '' };
  const cli = path.join(repoRoot, 'node_modules', '.bin', 'supabase');
  const url = `${dbUrl}?sslmode=disable`;
  try {
    // `--remote=<url>` is the CLI 3.x spelling of the deprecated `--db-url <url>`.
    const { stdout, stderr } = await run(cli, ['db', 'push', `--remote=${url}`, '--include-all', '--yes'], {
      cwd: repoRoot,
      env: { ...process.env, SUPABASE_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
      timeout: 120_000,
    });
    const output = `${stdout}${stderr}`;
    return { applied: (output.match(/^Applying migration /gm) ?? []).length, pushed: true, output };
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`supabase db push failed:\n${failure.stderr || failure.stdout || failure.message}`, {
      cause: error,
    });
  }
}
