// The company watch's e2e plumbing, shared by its specs: the extension's service worker, and its fetch of the
// three public board APIs sent to the local stand-in.
import type { BrowserContext, Worker } from '@playwright/test';
import { API_ORIGINS, type BoardsApiStandIn } from '../support/boards-api-standin.ts';

export async function backgroundOf(context: BrowserContext): Promise<Worker> {
  const [worker] = context.serviceWorkers();
  return worker ?? context.waitForEvent('serviceworker');
}

/** The worker's fetch sends the three public API hosts to the stand-in (the rest of the request is unchanged). */
export async function routeBoardApis(worker: Worker, api: BoardsApiStandIn) {
  await worker.evaluate(
    ([origins, standin]) => {
      const real = globalThis.fetch;
      globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        let url = String(input);
        for (const [ats, origin] of Object.entries(origins))
          if (url.startsWith(origin)) url = `${standin}/${ats}${url.slice(origin.length)}`;
        return real(url, init);
      };
    },
    [API_ORIGINS, api.url] as const,
  );
}
