import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { LOCAL_EXTENSION_DIR } from './build-extension.ts';

/** `npm start` and e2e load the development build (local sign-in); see build-extension.ts. */
export const EXTENSION_DIR = LOCAL_EXTENSION_DIR;

/** Finds a Chromium that honours --load-extension (branded Chrome 137+ does not). */
export function findChromium(): string | undefined {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ];
  return candidates.find((p) => p && fs.existsSync(p));
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches Chromium with the built extension in a persistent profile. */
export async function launchWithExtension(
  userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobraker-profile-')),
  opts: { headless?: boolean } = {},
): Promise<{ context: BrowserContext; extensionId: string; userDataDir: string }> {
  if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}. Run \`npm run build:local\` first.`);
  }
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('No Chromium found. Install one (apt-get install chromium) or set CHROME_PATH.');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: opts.headless ?? true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...CHROMIUM_ARGS,
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, userDataDir };
}
