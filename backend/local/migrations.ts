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
  await client.connect();
  try {
    await client.query(fs.readFileSync(BASE_SQL_PATH, 'utf8'));
  } finally {
    await client.end();
  }
}

export interface PushResult {
  applied: number;
  output: string;
}

/**
 * Applies supabase/migrations with the real Supabase CLI, exactly as a hosted deploy would.
 * `--include-all` because parallel branches add migrations with older timestamps than ones already applied.
 */
export async function pushMigrations(repoRoot: string, dbUrl: string): Promise<PushResult> {
  const cli = path.join(repoRoot, 'node_modules', '.bin', 'supabase');
  const url = `${dbUrl}?sslmode=disable`;
  try {
    const { stdout, stderr } = await run(cli, ['db', 'push', '--db-url', url, '--include-all', '--yes'], {
      cwd: repoRoot,
      env: { ...process.env, SUPABASE_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
      timeout: 120_000,
    });
    const output = `${stdout}${stderr}`;
    return { applied: (output.match(/^Applying migration /gm) ?? []).length, output };
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`supabase db push failed:\n${failure.stderr || failure.stdout || failure.message}`, {
      cause: error,
    });
  }
}
