import fs from 'node:fs';
import { type BrowserContext, test as base, type Page } from '@playwright/test';
import { launchWithExtension } from '../../scripts/lib/chromium.ts';
import { serveFixtures } from '../../scripts/lib/demo-server.ts';
import type { JobDraft } from '../../shared/domain/index.ts';

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  fixturesUrl: string;
  /** Opens an extension page (popup.html, sidepanel.html, options.html) as a tab. */
  openPage: (name: string) => Promise<Page>;
  /** Opens a fixture page (a path under tests/fixtures) in a new tab. */
  visit: (path: string) => Promise<Page>;
}

export const test = base.extend<Fixtures, { server: { url: string; close: () => Promise<void> } }>({
  server: [
    async ({}, use) => {
      const server = await serveFixtures();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  fixturesUrl: async ({ server }, use) => use(server.url),
  context: async ({}, use) => {
    const { context, userDataDir } = await launchWithExtension();
    await use(context);
    await context.close();
    // Each test's browser profile goes with it (a run would otherwise leave hundreds behind).
    fs.rmSync(userDataDir, { recursive: true, force: true });
  },
  extensionId: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker');
    await use(new URL(worker.url()).host);
  },
  visit: async ({ context, fixturesUrl }, use) => {
    await use(async (path) => {
      const page = await context.newPage();
      await page.goto(`${fixturesUrl}${path}`);
      return page;
    });
  },
  openPage: async ({ context, extensionId }, use) => {
    await use(async (name) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${name}`);
      return page;
    });
  },
});
export const expect = test.expect;

/** Sends a typed background message from an extension page, in @webext-core/messaging's wire format. */
export async function sendToBackground<T>(page: Page, type: string, data: unknown): Promise<T> {
  return page.evaluate(
    async ([type, data]) => {
      const reply = (await chrome.runtime.sendMessage({
        id: Date.now(),
        type,
        data,
        timestamp: Date.now(),
      })) as {
        res?: unknown;
        err?: { message: string };
      };
      if (reply?.err) throw new Error(reply.err.message);
      return reply?.res;
    },
    [type, data] as const,
  ) as Promise<T>;
}

export function makeDraft(n: number, over: Partial<JobDraft['fields']> = {}): JobDraft {
  const url = `https://jobs.example.com/acme/${n}`;
  return {
    url,
    canonicalUrl: url,
    ats: null,
    fields: { title: `Engineer ${n}`, company: `Company ${n}`, locations: [{ raw: 'Remote' }], ...over },
    provenance: {
      title: { source: 'jsonld', confidence: 0.95 },
      company: { source: 'jsonld', confidence: 0.95 },
    },
    gaps: [],
    extractedAt: new Date().toISOString(),
  };
}
