// A functions process of the test's own (same router as the stack) that a test may SIGKILL mid-push, and a
// push through the real engine and transport that kills it while batch 4 is in flight.
import { inject } from 'vitest';
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
import { startTestRouter, type TestRouter } from './deno-router.ts';

const dbUrl = inject('dbUrl');
const key = await loadLocalSigningKey(defaultKeyFile(REPO_ROOT));
let jwks: JwksServer;
let port: number;
let router: TestRouter | undefined;

/** Our own functions process (same router as the stack), so this test can kill it without hurting others. */
async function startDeno(): Promise<void> {
  router = await startTestRouter(port, {
    SUPABASE_DB_URL: dbUrl,
    CLERK_ISSUER: LOCAL_ISSUER,
    CLERK_JWKS_URL: jwks.jwksUrl,
    CLERK_AUTHORIZED_PARTIES: LOCAL_AUTHORIZED_PARTY,
  });
}

function killDeno(): Promise<void> {
  const running = router;
  router = undefined;
  return running ? running.kill() : Promise.resolve();
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
