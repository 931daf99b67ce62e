// The sync transport through real supabase-js against a real HTTP server: what the user would see for a
// 401, 413, 429 with Retry-After, a 503 and a dropped connection, and that nothing is sent when signed out.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncTransport } from '../supabase/client.ts';
import { retryAfterMs, type SyncError } from './transport.ts';

let server: http.Server;
let url: string;
let next: { status: number; body: unknown; headers?: Record<string, string> };
const seen: Array<{ path: string; auth: string | undefined; body: string }> = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      seen.push({ path: req.url ?? '', auth: req.headers.authorization, body });
      if (next.status === 0) return req.socket.destroy(); // the connection drops mid-request
      res.writeHead(next.status, { 'content-type': 'application/json', ...next.headers });
      res.end(JSON.stringify(next.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const transport = (token: string | null = 'tok') => syncTransport({ url, getToken: async () => token });
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable('should have failed'),
    (error: unknown) => error as SyncError,
  );

describe('sync transport over functions.invoke', () => {
  it('posts the pull to /functions/v1/sync with the user token and returns the JSON', async () => {
    next = { status: 200, body: { changes: [], cursor: 'c1', hasMore: false } };
    await expect(transport().pull(null, 50)).resolves.toEqual({ changes: [], cursor: 'c1', hasMore: false });
    expect(seen.at(-1)).toMatchObject({ path: '/functions/v1/sync', auth: 'Bearer tok' });
    expect(JSON.parse(seen.at(-1)?.body ?? '')).toEqual({ action: 'pull', since: null, limit: 50 });
  });

  it('maps 401 expired (retry with a fresh token), 401 bad signature and 413 (do not retry)', async () => {
    next = { status: 401, body: { error: 'token_expired', message: 'Token expired' } };
    expect(await failure(transport().push([]))).toMatchObject({
      retryable: true,
      status: 401,
      code: 'token_expired',
    });
    next = { status: 401, body: { error: 'bad_signature', message: 'bad' } };
    expect(await failure(transport().push([]))).toMatchObject({ retryable: false, status: 401 });
    next = { status: 413, body: { error: 'body_too_large', message: 'Request body is over 1 bytes' } };
    const tooBig = await failure(transport().push([]));
    expect(tooBig).toMatchObject({ retryable: false, status: 413, code: 'body_too_large' });
    expect(tooBig.message).toBe('Sync 413: Request body is over 1 bytes');
  });

  it('429 carries Retry-After; 503 is retryable; a dropped connection is a retryable network error', async () => {
    next = {
      status: 429,
      body: { error: 'rate_limited', message: 'slow down' },
      headers: { 'retry-after': '7' },
    };
    expect(await failure(transport().push([]))).toMatchObject({
      retryable: true,
      status: 429,
      retryAfterMs: 7000,
    });
    next = { status: 503, body: { error: 'database_unavailable', message: 'try again' } };
    expect(await failure(transport().pull(null, 1))).toMatchObject({ retryable: true, status: 503 });
    next = { status: 0, body: null };
    const dropped = await failure(transport().pull(null, 1));
    expect(dropped).toMatchObject({ retryable: true, status: undefined });
    expect(dropped.message).toMatch(/^Network error/);
  });

  it('sends nothing when signed out', async () => {
    const before = seen.length;
    expect(await failure(transport(null).pull(null, 1))).toMatchObject({
      code: 'signed_out',
      retryable: false,
    });
    expect(seen.length).toBe(before);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4_000)).toBe(6_000);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(null)).toBeUndefined();
  });
});
