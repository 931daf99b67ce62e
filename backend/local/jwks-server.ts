// Loopback stand-in for Clerk's Frontend API: serves the local public key as a JWKS, and (only when
// JOBRAKER_DEV_TOKENS=1) mints dev tokens for callers on 127.0.0.1 that pass refuseDevTokenRequest (loopback
// Host, no web Origin, the custom header, JSON), so a DNS-rebinding page cannot get one. Runs inside the
// Node launcher, never in a function, so no deployed code path can sign tokens.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEV_TOKEN_HEADER, refuseDevTokenRequest } from '../../shared/sync/dev-token.ts';
import { type LocalSigningKey, signLocalToken } from './jwks-key.ts';

export interface JwksServer {
  jwksUrl: string;
  /** `${origin}/dev-token` when dev tokens are on, else undefined. */
  devTokenUrl?: string;
  stop(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const SUB = /^[A-Za-z0-9_-]{1,64}$/;
const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(',') : value);

export async function startJwksServer(options: {
  key: LocalSigningKey;
  port?: number;
  devTokens?: boolean;
}): Promise<JwksServer> {
  const { key } = options;
  const devTokens = options.devTokens ?? process.env.JOBRAKER_DEV_TOKENS === '1';
  const server = http.createServer((request, response) => {
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      response.end(JSON.stringify(body));
    };
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method === 'GET' && url.pathname === '/.well-known/jwks.json') {
      return send(200, { keys: [key.publicJwk] });
    }
    if (request.method === 'POST' && url.pathname === '/dev-token') {
      if (!devTokens) return send(404, { error: 'dev_tokens_off', message: 'Set JOBRAKER_DEV_TOKENS=1' });
      if (!LOOPBACK.has(request.socket.remoteAddress ?? '')) {
        return send(403, { error: 'loopback_only', message: 'Dev tokens are issued on loopback only' });
      }
      const refusal = refuseDevTokenRequest({
        host: request.headers.host,
        origin: request.headers.origin,
        contentType: request.headers['content-type'],
        marker: header(request.headers[DEV_TOKEN_HEADER]),
      });
      if (refusal) return send(refusal.status, { error: refusal.error, message: refusal.message });
      let raw = '';
      request.on('data', (chunk: Buffer) => {
        raw += chunk.toString('utf8');
      });
      request.on('end', () => {
        let sub: unknown;
        try {
          sub = (JSON.parse(raw || '{}') as { sub?: unknown }).sub ?? 'user_local_dev';
        } catch {
          return send(400, { error: 'bad_json', message: 'Body must be JSON {"sub":"user_..."}' });
        }
        if (typeof sub !== 'string' || !SUB.test(sub)) {
          return send(400, { error: 'bad_sub', message: 'sub must be 1-64 of [A-Za-z0-9_-]' });
        }
        // Dev tokens live an hour: the extension in dev has no Clerk to refresh them every minute.
        signLocalToken(key, sub, { ttlSeconds: 3600 }).then(
          (token) => send(200, { token, sub, expiresIn: 3600 }),
          (error) => send(500, { error: 'sign_failed', message: String(error) }),
        );
      });
      return;
    }
    send(404, { error: 'not_found', message: 'GET /.well-known/jwks.json or POST /dev-token' });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // JOBRAKER_JWKS_PORT pins the port for dev (a stable dev-token URL); default: any free port.
    server.listen(
      { port: options.port ?? Number(process.env.JOBRAKER_JWKS_PORT ?? 0), host: '127.0.0.1' },
      resolve,
    );
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    jwksUrl: `${origin}/.well-known/jwks.json`,
    devTokenUrl: devTokens ? `${origin}/dev-token` : undefined,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
