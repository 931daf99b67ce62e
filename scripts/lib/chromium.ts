import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { LOCAL_EXTENSION_DIR } from './build-extension.ts';

/** `npm start` and e2e load the development build (local sign-in); see build-extension.ts. */
export const EXTENSION_DIR = LOCAL_EXTENSION_DIR;

const KNOWN_PLACES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const INSTALL_HINT =
  'install it (Debian/Ubuntu: apt-get install chromium · macOS: brew install --cask chromium) ' +
  'or set CHROME_PATH to a Chromium or Chrome for Testing binary';

export type ChromiumLookup = { path: string; problem?: undefined } | { path?: undefined; problem: string };

const isExecutable = (file: string) => {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
};

/**
 * Finds a Chromium that honours --load-extension (branded Chrome 137+ does not), or says in one line how
 * to get one. CHROME_PATH, when set, is the only candidate: a typo is reported, not silently replaced.
 */
export function lookUpChromium(
  chromePath = process.env.CHROME_PATH,
  places: readonly string[] = KNOWN_PLACES,
  executable: (file: string) => boolean = isExecutable,
): ChromiumLookup {
  if (chromePath) {
    return executable(chromePath)
      ? { path: chromePath }
      : { problem: `CHROME_PATH=${chromePath} is not an executable file: ${INSTALL_HINT}.` };
  }
  const found = places.find(executable);
  return found ? { path: found } : { problem: `No Chromium found: ${INSTALL_HINT}.` };
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
  const { path: executablePath, problem } = lookUpChromium();
  if (!executablePath) throw new Error(problem);
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
