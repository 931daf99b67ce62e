// A functions process of the test's own (same router as the stack) that a test may SIGKILL mid-push, and a
// push through the real engine and transport that kills it while batch 4 is in flight.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { inject } from 'vitest';
import { denoBinary } from '../../../backend/local/functions.ts';
import {
  defaultKeyFile,
  LOCAL_AUTHORIZED_PARTY,
  LOCAL_ISSUER,
  loadLocalSigningKey,
  signLocalToken,
} from '../../../backend/local/jwks-key.ts';
import { type JwksServer, startJwksServer } from '../../../backend/local/jwks-server.ts';
import { freePort } from '../../../backend/local/ports.ts';
import { REPO_ROOT } from '../../../backend/local/stack.ts';
import { syncTransport } from '../../../shared/supabase/client.ts';
import { emptyReport, type OutboxEntry } from '../../../shared/sync/engine.ts';
import { arrayEngine } from './array-engine.ts';

const dbUrl = inject('dbUrl');
const key = await loadLocalSigningKey(defaultKeyFile(REPO_ROOT));
let jwks: JwksServer;
let port: number;
let deno: ChildProcess | undefined;

/** Our own functions process (same router as the stack), so this test can kill it without hurting others. */
async function startDeno(): Promise<void> {
  const functionsDir = path.join(REPO_ROOT, 'supabase', 'functions');
  const child = spawn(
    denoBinary(REPO_ROOT),
    [
      'run',
      '--no-prompt',
      '--allow-net',
      '--allow-env',
      '--allow-read',
      '--allow-sys',
      `--config=${path.join(functionsDir, 'deno.json')}`,
      path.join(REPO_ROOT, 'backend', 'local', 'functions-router.ts'),
    ],
    {
      env: {
        ...process.env,
        DENO_DIR: path.join(REPO_ROOT, '.data', 'deno'),
        NO_COLOR: '1',
        JOBRAKER_FUNCTIONS_DIR: functionsDir,
        JOBRAKER_API_PORT: String(port),
        SUPABASE_DB_URL: dbUrl,
        CLERK_ISSUER: LOCAL_ISSUER,
        CLERK_JWKS_URL: jwks.jwksUrl,
        CLERK_AUTHORIZED_PARTIES: LOCAL_AUTHORIZED_PARTY,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening ')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`deno exited ${code}`)));
  });
  deno = child;
}

function killDeno(): Promise<void> {
  const child = deno;
  deno = undefined;
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/** Starts the keys server and this test's own functions process (call in beforeAll). */
export async function startKillable(): Promise<void> {
  jwks = await startJwksServer({ key, devTokens: false });
  port = await freePort();
  await startDeno();
}

export async function stopKillable(): Promise<void> {
  await killDeno();
  await jwks?.stop();
}

/** Pushes `entries` through the real engine and transport, SIGKILLing the backend while batch 4 is in flight. */
export async function pushThroughKill(user: string, entries: OutboxEntry[], label: string) {
  const outbox = [...entries];
  let pushes = 0;
  let restarted: Promise<void> | undefined;
  const transport = syncTransport({
    url: `http://127.0.0.1:${port}`,
    getToken: () => signLocalToken(key, user),
    fetch: async (input, init) => {
      const body = String(init?.body ?? '');
      if (body.includes('"push"') && ++pushes === 4) {
        // Batch 4 is on the wire: kill the backend under it, bring it back 300 ms later.
        const response = fetch(input, init);
        setTimeout(() => {
          restarted = killDeno().then(() => new Promise((r) => setTimeout(r, 300)).then(startDeno));
        }, 5);
        return response;
      }
      return fetch(input, init);
    },
  });
  const engine = arrayEngine(transport, outbox, {
    batchSize: 100,
    maxAttempts: 40,
    backoff: { baseMs: 50, maxMs: 400 },
  });
  const report = emptyReport();
  const started = performance.now();
  await engine.pushAll(report);
  console.log(
    `[kill-restart] ${entries.length} ${label} in ${Math.round(performance.now() - started)} ms: ${report.requests} requests, ${report.retries} retries`,
  );
  await restarted;
  return { report, left: outbox };
}
