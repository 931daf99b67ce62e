import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthConfig, authConfigFromEnv, DEFAULT_MAX_TOKEN_AGE_SECONDS } from './config.ts';
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

const config = (overrides: Partial<AuthConfig> = {}): AuthConfig => ({
  issuer: ISSUER,
  jwksUrl,
  authorizedParties: [],
  audience: [],
  maxTokenAgeSeconds: DEFAULT_MAX_TOKEN_AGE_SECONDS,
  ...overrides,
});
const now = () => Math.floor(Date.now() / 1000);
/** A token with exactly these claims (none added), so a test can leave any of them out. */
const bare = (claims: Record<string, unknown>) =>
  new SignJWT({ iss: ISSUER, sub: 'user_2abc', role: 'authenticated', ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .sign(privateKey);

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
    const verify = createVerifier(config({ authorizedParties: ['chrome-extension://abc'] }));
    hits = 0;
    for (let i = 0; i < 20; i++) {
      const result = await verify(await token());
      expect(result).toMatchObject({ ok: true, claims: { sub: 'user_2abc', role: 'authenticated' } });
    }
    expect(hits).toBe(1);
  });

  it('accepts any azp when no parties are configured, but still needs the role', async () => {
    const verify = createVerifier(config());
    expect((await verify(await token({ azp: 'https://anything.example' }))).ok).toBe(true);
    expect(await verify(await token({ role: 'service_role' }))).toMatchObject({
      ok: false,
      code: 'missing_role',
    });
  });

  it('reports an unreachable JWKS as 503, not as a bad token', async () => {
    const verify = createVerifier(config({ jwksUrl: 'http://127.0.0.1:9/jwks.json' }));
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
      audience: [],
      maxTokenAgeSeconds: DEFAULT_MAX_TOKEN_AGE_SECONDS,
    });
    expect(() => authConfigFromEnv(() => undefined)).toThrow('CLERK_ISSUER');
    expect(() => authConfigFromEnv((k) => ({ ...env, CLERK_MAX_TOKEN_AGE_SECONDS: 'soon' })[k])).toThrow(
      'CLERK_MAX_TOKEN_AGE_SECONDS',
    );
  });
});

describe('required claims', () => {
  const t = now();
  it.each([
    ['no exp', { iat: t }, 'missing_claim'],
    ['no iat', { exp: t + 60 }, 'missing_claim'],
    ['no sub', { iat: t, exp: t + 60, sub: undefined }, 'missing_subject'],
    ['iat a day in the future', { iat: t + 86_400, exp: t + 86_460 }, 'token_issued_in_future'],
    ['iat older than the maximum age', { iat: t - 3_600, exp: t + 60 }, 'token_too_old'],
  ])('refuses a token with %s', async (_name, claims, code) => {
    const verify = createVerifier(config());
    expect(await verify(await bare(claims))).toMatchObject({ ok: false, code });
  });

  it('tolerates a few seconds of clock skew on iat', async () => {
    const verify = createVerifier(config());
    expect((await verify(await bare({ iat: now() + 3, exp: now() + 60 }))).ok).toBe(true);
  });

  it('requires azp once authorized parties are configured', async () => {
    const verify = createVerifier(config({ authorizedParties: ['chrome-extension://abc'] }));
    expect(await verify(await token({ azp: undefined }))).toMatchObject({
      ok: false,
      code: 'unauthorized_party',
    });
  });

  it('checks aud when an audience is configured, and only then', async () => {
    const strict = createVerifier(config({ audience: ['jobraker'] }));
    expect(await strict(await token({ aud: 'someone-else' }))).toMatchObject({
      ok: false,
      code: 'wrong_audience',
    });
    expect(await strict(await token())).toMatchObject({ ok: false, code: 'missing_claim' });
    expect((await strict(await token({ aud: 'jobraker' }))).ok).toBe(true);
    expect((await createVerifier(config())(await token({ aud: 'someone-else' }))).ok).toBe(true);
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
