// A throwaway local stack for benches, scripts and test setups: a temp folder of its own, free ports, fsync
// off, quiet. Stopping it also deletes the folder, so a run leaves nothing behind.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './ports.ts';
import { type LocalStack, type LocalStackOptions, startLocalStack } from './stack.ts';

/** `name` tags the temp folder (`jobraker-<name>-XXXXXX`); `options` add ports, functions env or a tick. */
export async function startScratchStack(
  name: string,
  options: Omit<LocalStackOptions, 'dataDir' | 'durable'> = {},
): Promise<LocalStack> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `jobraker-${name}-`));
  const stack = await startLocalStack({
    log: () => undefined,
    ...options,
    dataDir,
    pgPort: options.pgPort ?? (await freePort()),
    apiPort: options.apiPort ?? (await freePort()),
    durable: false,
  });
  return {
    ...stack,
    stop: async () => {
      await stack.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
