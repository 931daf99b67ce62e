import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authConfigFromEnv } from './config.ts';
import { authenticate, bearerToken } from './middleware.ts';
import { createVerifier, verifierFromEnv } from './verify.ts';

const ISSUER = 'https://example-app.clerk.accounts.dev';
let server: http.Server;
let jwksUrl: string;
let hits = 0;
const { privateKey, publicKey } = await generateKeyPair('RS256');
const publicJwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };

beforeAll(async () => {
  server = http.createServer((_request, response) => {
    hits++;
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ keys: [publicJwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const token = (claims: Record<string, unknown> = {}) =>
  new SignJWT({ role: 'authenticated', azp: 'chrome-extension://abc', ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .setIssuer(ISSUER)
    .setSubject('user_2abc')
    .setIssuedAt()
    .setExpirationTime('60s')
    .sign(privateKey);

describe('Clerk token verification', () => {
  it('fetches the JWKS once and reuses it for later tokens', async () => {
    const verify = createVerifier({ issuer: ISSUER, jwksUrl, authorizedParties: ['chrome-extension://abc'] });
    hits = 0;
    for (let i = 0; i < 20; i++) {
      const result = await verify(await token());
      expect(result).toMatchObject({ ok: true, claims: { sub: 'user_2abc', role: 'authenticated' } });
    }
    expect(hits).toBe(1);
  });

  it('accepts any azp when no parties are configured, but still needs the role', async () => {
    const verify = createVerifier({ issuer: ISSUER, jwksUrl, authorizedParties: [] });
    expect((await verify(await token({ azp: 'https://anything.example' }))).ok).toBe(true);
    expect(await verify(await token({ role: 'service_role' }))).toMatchObject({
      ok: false,
      code: 'missing_role',
    });
  });

  it('reports an unreachable JWKS as 503, not as a bad token', async () => {
    const verify = createVerifier({
      issuer: ISSUER,
      jwksUrl: 'http://127.0.0.1:9/jwks.json',
      authorizedParties: [],
    });
    const request = new Request('http://x/sync', { headers: { authorization: `Bearer ${await token()}` } });
    const result = await authenticate(request, verify);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.response.status).toBe(503);
      expect(await result.response.json()).toMatchObject({ error: 'jwks_unavailable' });
    }
  });

  it('reads the bearer token and the env settings', () => {
    expect(bearerToken(new Request('http://x', { headers: { authorization: 'Bearer abc.def.ghi' } }))).toBe(
      'abc.def.ghi',
    );
    expect(bearerToken(new Request('http://x', { headers: { authorization: 'Basic abc' } }))).toBeNull();
    const env: Record<string, string> = { CLERK_ISSUER: `${ISSUER}/`, CLERK_AUTHORIZED_PARTIES: ' a , b ,' };
    expect(authConfigFromEnv((k) => env[k])).toEqual({
      issuer: ISSUER,
      jwksUrl: `${ISSUER}/.well-known/jwks.json`,
      authorizedParties: ['a', 'b'],
    });
    expect(() => authConfigFromEnv(() => undefined)).toThrow('CLERK_ISSUER');
  });
});

describe('missing configuration', () => {
  it('answers 503 auth_unconfigured instead of crashing the function', async () => {
    const verify = verifierFromEnv(() => authConfigFromEnv(() => undefined));
    const result = await authenticate(
      new Request('http://x', { headers: { authorization: 'Bearer x' } }),
      verify,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.response.status).toBe(503);
      expect(await result.response.json()).toMatchObject({ error: 'auth_unconfigured' });
    }
  });
});
