// Regenerates supabase/types.gen.ts from the schema: `supabase gen types typescript` against a database
// that has every migration applied.
//   npx tsx scripts/gen-types.ts                 # throwaway local stack (fresh cluster, free ports)
//   npx tsx scripts/gen-types.ts --db-url <url>  # an existing database (e.g. npm run backend's)
//   npx tsx scripts/gen-types.ts --check         # exit 1 when the checked-in file is stale
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const TYPES_FILE = path.join(REPO_ROOT, 'supabase', 'types.gen.ts');

/** The CLI's output for the public schema. `--remote=<url>` is CLI 3.x's spelling of `--db-url`. */
export async function generateTypes(dbUrl: string): Promise<string> {
  const cli = path.join(REPO_ROOT, 'node_modules', '.bin', 'supabase');
  const url = dbUrl.includes('sslmode=')
    ? dbUrl
    : `${dbUrl}${dbUrl.includes('?') ? '&' : '?'}sslmode=disable`;
  const { stdout } = await run(cli, ['gen', 'types', 'typescript', `--remote=${url}`, '--schema', 'public'], {
    cwd: REPO_ROOT,
    env: { ...process.env, SUPABASE_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  if (!stdout.includes('export type Database'))
    throw new Error(`supabase gen types printed no types:\n${stdout}`);
  return stdout.endsWith('\n') ? stdout : `${stdout}\n`;
}

async function withDatabase<T>(dbUrl: string | undefined, work: (url: string) => Promise<T>): Promise<T> {
  if (dbUrl) return work(dbUrl);
  const { startScratchStack } = await import('../backend/local/scratch-stack.ts');
  const stack = await startScratchStack('types');
  try {
    return await work(stack.dbUrl);
  } finally {
    await stack.stop();
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const flag = args.indexOf('--db-url');
  const dbUrl = flag >= 0 ? args[flag + 1] : undefined;
  const generated = await withDatabase(dbUrl, generateTypes);
  if (args.includes('--check')) {
    const current = fs.existsSync(TYPES_FILE) ? fs.readFileSync(TYPES_FILE, 'utf8') : '';
    if (current !== generated) {
      console.error('supabase/types.gen.ts is stale: run `npx tsx scripts/gen-types.ts`');
      process.exit(1);
    }
    console.log('supabase/types.gen.ts is up to date');
    return;
  }
  fs.writeFileSync(TYPES_FILE, generated);
  console.log(`wrote ${path.relative(REPO_ROOT, TYPES_FILE)} (${generated.split('\n').length} lines)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
