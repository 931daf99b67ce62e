import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { type BrowserContext, test as base, type Page } from '@playwright/test';
import type { JobDraft } from '../../shared/domain/index.ts';
import { launchWithExtension } from './browser.ts';

const FIXTURES = path.resolve('tests/fixtures');

/** Serves tests/fixtures over HTTP on a free port, as a stand-in for job boards. */
export function serveFixtures(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(FIXTURES, path.normalize(rel));
    if (!file.startsWith(FIXTURES) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    const type = file.endsWith('.html')
      ? 'text/html; charset=utf-8'
      : file.endsWith('.js')
        ? 'text/javascript'
        : 'application/octet-stream';
    res.writeHead(200, { 'content-type': type });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) });
    }),
  );
}

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  fixturesUrl: string;
  /** Opens an extension page (popup.html, sidepanel.html, options.html) as a tab. */
  openPage: (name: string) => Promise<Page>;
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
    const { context } = await launchWithExtension();
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker');
    await use(new URL(worker.url()).host);
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
