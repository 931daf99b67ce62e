// The local stack's /dev-token endpoint against DNS rebinding: a web page whose hostname resolves to
// 127.0.0.1 reaches it from loopback, so the endpoint must judge the request itself (Host, Origin, the
// custom header, the content type). Raw node:http requests, so every header is exactly what a browser sends.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultKeyFile, loadLocalSigningKey } from '../../backend/local/jwks-key.ts';
import { type JwksServer, startJwksServer } from '../../backend/local/jwks-server.ts';
import { REPO_ROOT } from '../../backend/local/stack.ts';
import { DEV_TOKEN_HEADER, devTokenRequest } from '../../shared/sync/dev-token.ts';

let server: JwksServer;
let port: number;
beforeAll(async () => {
  server = await startJwksServer({
    key: await loadLocalSigningKey(defaultKeyFile(REPO_ROOT)),
    devTokens: true,
  });
  port = Number(new URL(server.devTokenUrl ?? '').port);
});
afterAll(() => server.stop());

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: { token?: string; error?: string; message?: string };
}

/** POST /dev-token with exactly these headers (Host included: node:http sends ours instead of its own). */
function post(
  headers: Record<string, string>,
  body = '{"sub":"user_rebind"}',
  method = 'POST',
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, path: '/dev-token', method, headers },
      (response) => {
        let raw = '';
        response.on('data', (chunk: Buffer) => {
          raw += chunk.toString('utf8');
        });
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: raw ? JSON.parse(raw) : {},
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

const loopbackHost = () => `127.0.0.1:${port}`;
const good = () => ({ host: loopbackHost(), 'content-type': 'application/json', [DEV_TOKEN_HEADER]: '1' });

describe('/dev-token', () => {
  it('issues a token to the request the extension and scripts send', async () => {
    const response = await fetch(server.devTokenUrl ?? '', devTokenRequest('user_rebind'));
    expect(response.status).toBe(200);
    expect(((await response.json()) as { token: string }).token.split('.')).toHaveLength(3);
  });

  it.each([
    ['localhost', () => `localhost:${port}`],
    ['IPv6 loopback', () => `[::1]:${port}`],
    ['an extension page (chrome-extension:// Origin)', loopbackHost, 'chrome-extension://abcdefghijklmnop'],
    ['a Firefox extension page', loopbackHost, 'moz-extension://0b8f2c1e-2d3a-4c4e-9d1b-6f1f8a6e7c55'],
  ])('issues one for %s', async (_name, host, origin?: string) => {
    const answer = await post({ ...good(), host: host(), ...(origin ? { origin } : {}) });
    expect(answer.status).toBe(200);
    expect(answer.body.token).toBeTruthy();
  });

  it.each([
    ['a rebound hostname', { host: 'evil.example' }, 403, 'loopback_host_only'],
    ['a rebound hostname with the port', { host: 'evil.example:PORT' }, 403, 'loopback_host_only'],
    ['a loopback-looking subdomain', { host: '127.0.0.1.evil.example:PORT' }, 403, 'loopback_host_only'],
    ['user info around the name', { host: 'evil.example@127.0.0.1' }, 403, 'loopback_host_only'],
    ['a web Origin', { origin: 'https://evil.example' }, 403, 'web_origin_refused'],
    ['a page served on loopback itself', { origin: 'http://127.0.0.1:8080' }, 403, 'web_origin_refused'],
    ['a sandboxed frame (Origin: null)', { origin: 'null' }, 403, 'web_origin_refused'],
    ['no custom header', { [DEV_TOKEN_HEADER]: '' }, 403, 'dev_token_header_missing'],
    ['a form-style text/plain body', { 'content-type': 'text/plain' }, 415, 'json_only'],
  ])('refuses %s', async (_name, override: Record<string, string>, status, error) => {
    const headers: Record<string, string> = { ...good() };
    for (const [name, value] of Object.entries(override)) {
      if (value === '') delete headers[name];
      else headers[name] = value.replace('PORT', String(port));
    }
    const answer = await post(headers);
    expect({ status: answer.status, error: answer.body.error }).toEqual({ status, error });
    expect(answer.body.token).toBeUndefined();
    expect(answer.body.message?.length).toBeGreaterThan(10);
  });

  it('refuses the simple request a rebinding page can send without a preflight', async () => {
    // What fetch(url, {method:'POST', mode:'no-cors', body}) from http://evil.example:<port> puts on the wire.
    const answer = await post({
      host: `evil.example:${port}`,
      origin: `http://evil.example:${port}`,
      'content-type': 'text/plain;charset=UTF-8',
    });
    expect(answer.status).toBe(403);
    expect(answer.body.token).toBeUndefined();
  });

  it('never approves a CORS preflight, so a page cannot add the header or JSON type itself', async () => {
    const answer = await post(
      {
        host: loopbackHost(),
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': `content-type,${DEV_TOKEN_HEADER}`,
      },
      '',
      'OPTIONS',
    );
    expect(answer.status).not.toBe(200);
    expect(answer.status).not.toBe(204);
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    expect(answer.headers['access-control-allow-headers']).toBeUndefined();
  });
});
