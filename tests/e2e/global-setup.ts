import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../backend/local/ports.ts';
import { startSkyvernStandIn } from '../../backend/local/skyvern-standin.ts';
import { startLocalStack } from '../../backend/local/stack.ts';
import { buildReactFixture } from '../fixtures/forms-react/build.ts';

/**
 * Builds what the e2e pages need that is not plain HTML (the React fixture form), and starts a
 * throwaway local backend (free ports, dev tokens on) for the sign-in and sync tests.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  await buildReactFixture();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobraker-e2e-'));
  process.env.JOBRAKER_DEV_TOKENS = '1';
  // Skyvern submissions run against the stand-in, driven by the stack's own timer.
  const skyvernKey = `sk-e2e-${Date.now()}`;
  const skyvern = await startSkyvernStandIn({ apiKeys: [skyvernKey], runMs: 800 });
  const apiPort = await freePort();
  const stack = await startLocalStack({
    dataDir,
    pgPort: await freePort(),
    apiPort,
    durable: false,
    log: () => undefined,
    functionsEnv: {
      SKYVERN_API_KEY: skyvernKey,
      SKYVERN_BASE_URL: skyvern.url,
      SKYVERN_WEBHOOK_URL: `http://127.0.0.1:${apiPort}/functions/v1/skyvern-webhook`,
    },
    queueTickMs: 300,
  });
  process.env.JOBRAKER_E2E_API_URL = stack.apiUrl;
  process.env.JOBRAKER_E2E_DB_URL = stack.dbUrl;
  return async () => {
    await stack.stop();
    await skyvern.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
