// The local Supabase stand-in: PostgreSQL 17 + Supabase base + migrations (Supabase CLI) + functions (Deno).
// Used by `npm run backend` (cli.ts), `npm start` and the integration tests' globalSetup.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { startFunctions } from './functions.ts';
import { defaultKeyFile, LOCAL_AUTHORIZED_PARTY, LOCAL_ISSUER, loadLocalSigningKey } from './jwks-key.ts';
import { startJwksServer } from './jwks-server.ts';
import { applySupabaseBase, pushMigrations } from './migrations.ts';
import { assertPortsFree } from './ports.ts';
import { type RunningPostgres, reclaimLeftoverPostgres, startPostgres } from './postgres.ts';
import { startQueueTimer } from './queue-timer.ts';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
export const DEFAULT_PG_PORT = 54322;
export const DEFAULT_API_PORT = 54321;

export interface LocalStackOptions {
  /** Folder for the cluster (`<dataDir>/pg`). Default `.data` in the repo (git-ignored, persistent). */
  dataDir?: string;
  pgPort?: number;
  apiPort?: number;
  /** Deno's module cache; shared by default so throwaway stacks start warm. */
  denoDir?: string;
  /** Throwaway stacks (tests) turn fsync off. Default true. */
  durable?: boolean;
  log?: (line: string) => void;
  /** Extra environment for the functions (e.g. SKYVERN_BASE_URL pointing at the stand-in). */
  functionsEnv?: Record<string, string>;
  /** Drive process-queue every N ms (the local stand-in for pg_cron). Default: JOBRAKER_QUEUE_TICK_MS, off. */
  queueTickMs?: number;
}

export interface LocalStack {
  /** Superuser connection string (what SUPABASE_DB_URL is on a hosted project). */
  dbUrl: string;
  /** Base URL of the API; functions live at `${apiUrl}/functions/v1/<name>`, Storage at `${apiUrl}/storage/v1`. */
  apiUrl: string;
  /** Where the Storage stand-in keeps object bytes. */
  storageDir: string;
  functionsUrl: string;
  /** The local Clerk stand-in's JWKS, and its dev-token endpoint when JOBRAKER_DEV_TOKENS=1. */
  jwksUrl: string;
  devTokenUrl?: string;
  /** True when this start created the cluster. */
  fresh: boolean;
  timings: { postgresMs: number; migrationsMs: number; functionsMs: number; healthyMs: number };
  stop(): Promise<void>;
}

function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (!raw) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`${name}=${raw} is not a valid port`);
  return port;
}

export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const log = options.log ?? ((line: string) => console.log(line));
  const dataDir = path.resolve(options.dataDir ?? path.join(REPO_ROOT, '.data'));
  const pgPort = options.pgPort ?? portFromEnv('JOBRAKER_PG_PORT', DEFAULT_PG_PORT);
  const apiPort = options.apiPort ?? portFromEnv('JOBRAKER_API_PORT', DEFAULT_API_PORT);
  const started = performance.now();
  const since = () => Math.round(performance.now() - started);

  await reclaimLeftoverPostgres(path.join(dataDir, 'pg'), log);
  await assertPortsFree([
    { port: pgPort, service: 'postgres', envVar: 'JOBRAKER_PG_PORT' },
    { port: apiPort, service: 'functions', envVar: 'JOBRAKER_API_PORT' },
  ]);

  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    // Reverse order: functions first, so nothing queries a database that is going away.
    for (const stopOne of stops.splice(0).reverse()) await stopOne().catch(() => undefined);
  };
  try {
    const postgres: RunningPostgres = await startPostgres({
      dir: path.join(dataDir, 'pg'),
      port: pgPort,
      durable: options.durable ?? true,
      log,
    });
    stops.push(postgres.stop);
    const postgresMs = since();

    await applySupabaseBase(postgres.url);
    const push = await pushMigrations(REPO_ROOT, postgres.url);
    log(
      push.pushed
        ? `migrations ${push.applied} applied by supabase db push (supabase/migrations)`
        : 'migrations up to date (supabase/migrations all recorded; CLI not run)',
    );
    const migrationsMs = since();

    const apiUrl = `http://127.0.0.1:${apiPort}`;
    // Clerk stand-in: the local key as a JWKS on loopback (tests sign with the same key file).
    const jwks = await startJwksServer({ key: await loadLocalSigningKey(defaultKeyFile(REPO_ROOT)) });
    stops.push(jwks.stop);
    const workerSecret =
      options.functionsEnv?.QUEUE_WORKER_SECRET ??
      process.env.QUEUE_WORKER_SECRET ??
      randomBytes(24).toString('hex');
    const functions = await startFunctions({
      repoRoot: REPO_ROOT,
      port: apiPort,
      denoDir: options.denoDir ?? path.join(REPO_ROOT, '.data', 'deno'),
      env: {
        SUPABASE_DB_URL: postgres.url,
        SUPABASE_URL: apiUrl,
        JOBRAKER_LOCAL: '1',
        JOBRAKER_STORAGE_DIR: path.join(dataDir, 'storage'),
        CLERK_ISSUER: LOCAL_ISSUER,
        CLERK_JWKS_URL: jwks.jwksUrl,
        CLERK_AUTHORIZED_PARTIES: LOCAL_AUTHORIZED_PARTY,
        // Local dev tokens live an hour (Clerk's live 60 s and fit the default 600).
        CLERK_MAX_TOKEN_AGE_SECONDS: '3600',
        JOBRAKER_DEV_TOKEN_URL: jwks.devTokenUrl ?? '',
        QUEUE_WORKER_SECRET: workerSecret,
        ...options.functionsEnv,
      },
      log,
    });
    stops.push(functions.stop);
    const functionsMs = since();

    await waitForHealthy(`${functions.url}/health`);
    const healthyMs = since();
    const queueTickMs = options.queueTickMs ?? Number(process.env.JOBRAKER_QUEUE_TICK_MS ?? 0);
    if (queueTickMs > 0) {
      const timer = startQueueTimer({
        url: `${functions.url}/process-queue`,
        secret: workerSecret,
        everyMs: queueTickMs,
        log,
      });
      stops.push(timer.stop);
      log(`process-queue driven every ${queueTickMs} ms (local stand-in for pg_cron)`);
    }
    return {
      dbUrl: postgres.url,
      apiUrl,
      functionsUrl: functions.url,
      storageDir: path.join(dataDir, 'storage'),
      jwksUrl: jwks.jwksUrl,
      devTokenUrl: jwks.devTokenUrl,
      fresh: postgres.initialised,
      timings: { postgresMs, migrationsMs, functionsMs, healthyMs },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function waitForHealthy(url: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
      last = `${response.status} ${await response.text()}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`health did not become healthy within ${timeoutMs} ms: ${last}`);
}
