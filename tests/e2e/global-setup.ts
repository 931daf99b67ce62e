import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../backend/local/ports.ts';
import { startLocalStack } from '../../backend/local/stack.ts';
import { buildLocalExtension } from '../../scripts/lib/build-extension.ts';
import { buildReactFixture } from '../fixtures/forms-react/build.ts';

/**
 * Builds the development build of the extension (the production build plus local sign-in, which the sync
 * tests use) and what the e2e pages need that is not plain HTML (the React fixture form), and starts a
 * throwaway local backend (free ports, dev tokens on) for the sign-in and sync tests.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  if (buildLocalExtension('pipe') !== 0) throw new Error('The development build of the extension failed.');
  await buildReactFixture();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobraker-e2e-'));
  process.env.JOBRAKER_DEV_TOKENS = '1';
  const stack = await startLocalStack({
    dataDir,
    pgPort: await freePort(),
    apiPort: await freePort(),
    durable: false,
    log: () => undefined,
  });
  process.env.JOBRAKER_E2E_API_URL = stack.apiUrl;
  process.env.JOBRAKER_E2E_DB_URL = stack.dbUrl;
  return async () => {
    await stack.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
