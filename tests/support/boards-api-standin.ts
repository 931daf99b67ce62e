import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the three public job-board APIs the company watch asks (Greenhouse, Lever,
 * Ashby), serving the project-written answers in tests/fixtures/boards-api in each API's shape, with
 * an ETag (304 on If-None-Match), and failures on demand (404, 429 + Retry-After, 500).
 * The real hosts map to path prefixes: https://boards-api.greenhouse.io/… → <url>/greenhouse/…
 */
export const API_ORIGINS = {
  greenhouse: 'https://boards-api.greenhouse.io',
  lever: 'https://api.lever.co',
  ashby: 'https://api.ashbyhq.com',
} as const;
type Ats = keyof typeof API_ORIGINS;

/** Node's own fetch, kept before a test points the global one at this stand-in. */
const nodeFetch = globalThis.fetch;
const FIXTURES = new URL('../fixtures/boards-api/', import.meta.url);
const read = (name: string) => JSON.parse(fs.readFileSync(new URL(name, FIXTURES), 'utf8'));
const ALL = {
  greenhouse: () => read('greenhouse-jobs.json').jobs as unknown[],
  lever: () => read('lever-postings.json') as unknown[],
  ashby: () => read('ashby-job-board.json').jobs as unknown[],
};
const shape: Record<Ats, (items: unknown[]) => unknown> = {
  greenhouse: (jobs) => ({ jobs, meta: { total: jobs.length } }),
  lever: (postings) => postings,
  ashby: (jobs) => ({ apiVersion: '1', jobs }),
};
const ROUTES: Record<Ats, RegExp> = {
  greenhouse: /^\/greenhouse\/v1\/boards\/([^/?]+)\/jobs$/,
  lever: /^\/lever\/v0\/postings\/([^/?]+)$/,
  ashby: /^\/ashby\/posting-api\/job-board\/([^/?]+)$/,
};

export interface Failure {
  status: 404 | 429 | 500 | 503;
  retryAfter?: string;
  /** How many requests fail this way (default: every one until cleared). */
  times?: number;
}

export interface BoardsApiStandIn {
  url: string;
  /** Serves this board with the first `count` postings of the fixture (the board exists from now on). */
  publish(ats: Ats, board: string, count: number): void;
  fail(ats: Ats, board: string, failure: Failure | null): void;
  /** Every request so far: its path and the conditional headers it carried. */
  requests: { ats: Ats; board: string; status: number; ifNoneMatch: string | null }[];
  /** fetch with the real API hosts sent to this stand-in (what the extension's fetch would ask). */
  fetch: (url: string, init?: RequestInit) => Promise<Response>;
  rewrite(url: string): string;
  close(): Promise<void>;
}

export async function startBoardsApiStandIn(): Promise<BoardsApiStandIn> {
  const boards = new Map<string, number>();
  const failures = new Map<string, Failure>();
  const requests: BoardsApiStandIn['requests'] = [];
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0]!;
    const hit = (Object.keys(ROUTES) as Ats[])
      .map((ats) => ({ ats, m: path.match(ROUTES[ats]) }))
      .find((r) => r.m);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      if (hit)
        requests.push({
          ats: hit.ats,
          board: decodeURIComponent(hit.m![1]!),
          status,
          ifNoneMatch: (req.headers['if-none-match'] as string) ?? null,
        });
      res.writeHead(status, {
        'content-type': 'application/json',
        'access-control-allow-origin': '*',
        ...headers,
      });
      res.end(body === null ? undefined : JSON.stringify(body));
    };
    if (!hit || req.method !== 'GET') return send(404, { error: 'Not found' });
    const key = `${hit.ats}:${decodeURIComponent(hit.m![1]!)}`;
    const failure = failures.get(key);
    if (failure) {
      if (failure.times !== undefined && --failure.times <= 0) failures.delete(key);
      return send(
        failure.status,
        { error: failure.status === 429 ? 'Too Many Requests' : 'Failure injected' },
        failure.retryAfter ? { 'retry-after': failure.retryAfter } : {},
      );
    }
    const count = boards.get(key);
    // Each API answers an unknown board with 404 (Greenhouse {"status":404,"error":…}; Lever {"ok":false,…}).
    if (count === undefined)
      return send(
        404,
        hit.ats === 'lever'
          ? { ok: false, error: 'Document not found' }
          : { status: 404, error: 'Not found' },
      );
    const body = shape[hit.ats](ALL[hit.ats]().slice(0, count));
    const etag = `W/"${createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match'] === etag) return send(304, null, { etag });
    return send(200, body, { etag });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const rewrite = (u: string) => {
    for (const [ats, origin] of Object.entries(API_ORIGINS))
      if (u.startsWith(origin)) return `${url}/${ats}${u.slice(origin.length)}`;
    throw new Error(`Not a board API: ${u}`);
  };
  return {
    url,
    requests,
    publish: (ats, board, count) => void boards.set(`${ats}:${board}`, count),
    fail: (ats, board, f) =>
      void (f ? failures.set(`${ats}:${board}`, { ...f }) : failures.delete(`${ats}:${board}`)),
    rewrite,
    fetch: (u, init) => nodeFetch(rewrite(u), init),
    close: () => new Promise((r) => server.close(() => r())),
  };
}
