// Clerk JWT verification in a real function (sync, under Deno): tokens are signed with the local key the
// stack serves as a JWKS; each way a token can be wrong gets a 401 with a code saying which.
import { generateKeyPair, SignJWT } from 'jose';
import { describe, expect, inject, it } from 'vitest';
import {
  defaultKeyFile,
  LOCAL_ISSUER,
  loadLocalSigningKey,
  signLocalToken,
} from '../../backend/local/jwks-key.ts';
import { startJwksServer } from '../../backend/local/jwks-server.ts';
import { REPO_ROOT } from '../../backend/local/stack.ts';
import { devTokenRequest } from '../../shared/sync/dev-token.ts';

const functionsUrl = inject('functionsUrl');
const key = await loadLocalSigningKey(defaultKeyFile(REPO_ROOT));

async function pull(token?: string) {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const response = await fetch(`${functionsUrl}/sync/pull?limit=1`, { headers });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('sync function verifies Clerk session tokens', () => {
  it('accepts a valid token', async () => {
    const { status, body } = await pull(await signLocalToken(key, 'user_jwt_ok'));
    expect({ status, body }).toMatchObject({ status: 200, body: { changes: [], more: false } });
  });

  const cases: Array<[string, () => Promise<string | undefined>, string]> = [
    ['no token', async () => undefined, 'missing_token'],
    ['garbage', async () => 'not-a-jwt', 'malformed_token'],
    ['expired', () => signLocalToken(key, 'user_a', { ttlSeconds: -120 }), 'token_expired'],
    [
      'not yet valid',
      () => signLocalToken(key, 'user_a', { claims: { nbf: Math.floor(Date.now() / 1000) + 600 } }),
      'token_not_yet_valid',
    ],
    [
      'wrong issuer',
      () => signLocalToken(key, 'user_a', { claims: { iss: 'https://evil.clerk.accounts.dev' } }),
      'wrong_issuer',
    ],
    [
      'wrong azp',
      () => signLocalToken(key, 'user_a', { claims: { azp: 'https://evil.example' } }),
      'unauthorized_party',
    ],
    ['missing role', () => signLocalToken(key, 'user_a', { claims: { role: undefined } }), 'missing_role'],
    ['role anon', () => signLocalToken(key, 'user_a', { claims: { role: 'anon' } }), 'missing_role'],
    ['no sub', () => signLocalToken(key, '', { claims: { sub: undefined } }), 'missing_subject'],
    // Abuse cases: a token that never expires, has no issue time, claims to come from tomorrow, was minted
    // long ago with a far expiry, or names no authorized party while the server pins them.
    ['no exp', () => signLocalToken(key, 'user_a', { claims: { exp: undefined } }), 'missing_claim'],
    ['no iat', () => signLocalToken(key, 'user_a', { claims: { iat: undefined } }), 'missing_claim'],
    [
      'iat a day in the future',
      () => signLocalToken(key, 'user_a', { claims: { iat: Math.floor(Date.now() / 1000) + 86_400 } }),
      'token_issued_in_future',
    ],
    [
      'iat two days ago with a far expiry',
      () =>
        signLocalToken(key, 'user_a', {
          ttlSeconds: 365 * 86_400,
          claims: { iat: Math.floor(Date.now() / 1000) - 2 * 86_400, nbf: undefined },
        }),
      'token_too_old',
    ],
    ['no azp', () => signLocalToken(key, 'user_a', { claims: { azp: undefined } }), 'unauthorized_party'],
    [
      'pending session',
      () => signLocalToken(key, 'user_a', { claims: { sts: 'pending' } }),
      'session_pending',
    ],
    [
      'bad signature (same kid, other key)',
      async () => {
        const other = await generateKeyPair('RS256');
        return new SignJWT({ sub: 'user_a', role: 'authenticated', iss: LOCAL_ISSUER })
          .setProtectedHeader({ alg: 'RS256', kid: key.kid })
          .setExpirationTime('1m')
          .sign(other.privateKey);
      },
      'bad_signature',
    ],
    [
      'unknown key id',
      async () => {
        const other = await generateKeyPair('RS256');
        return new SignJWT({ sub: 'user_a', role: 'authenticated', iss: LOCAL_ISSUER })
          .setProtectedHeader({ alg: 'RS256', kid: 'someone-else' })
          .setExpirationTime('1m')
          .sign(other.privateKey);
      },
      'unknown_key',
    ],
    [
      'HS256 (alg confusion)',
      async () =>
        new SignJWT({ sub: 'user_a', role: 'authenticated', iss: LOCAL_ISSUER })
          .setProtectedHeader({ alg: 'HS256', kid: key.kid })
          .setExpirationTime('1m')
          .sign(new TextEncoder().encode('a-shared-secret-that-is-32-bytes!')),
      'malformed_token',
    ],
  ];

  it('answers the extension preflight without a token', async () => {
    const response = await fetch(`${functionsUrl}/sync`, {
      method: 'OPTIONS',
      headers: { origin: 'chrome-extension://abcdefghijklmnop', 'access-control-request-method': 'POST' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
  });

  it.each(cases)('rejects %s with 401', async (_name, makeToken, code) => {
    const { status, body } = await pull(await makeToken());
    expect(status).toBe(401);
    expect(body.error).toBe(code);
    expect(String(body.message).length).toBeGreaterThan(10);
  });
});

describe('local Clerk stand-in', () => {
  it('serves the public key only', async () => {
    const server = await startJwksServer({ key, devTokens: false });
    try {
      const jwks = (await (await fetch(server.jwksUrl)).json()) as { keys: Record<string, unknown>[] };
      expect(jwks.keys).toHaveLength(1);
      expect(jwks.keys[0]).toMatchObject({ kid: key.kid, kty: 'RSA', alg: 'RS256' });
      expect(jwks.keys[0]).not.toHaveProperty('d'); // no private exponent
      const origin = new URL(server.jwksUrl).origin;
      const off = await fetch(`${origin}/dev-token`, { method: 'POST', body: '{"sub":"user_dev"}' });
      expect(off.status).toBe(404);
    } finally {
      await server.stop();
    }
  });

  it('issues dev tokens on loopback when JOBRAKER_DEV_TOKENS is on, and the function accepts them', async () => {
    const server = await startJwksServer({ key, devTokens: true });
    try {
      const response = await fetch(server.devTokenUrl ?? '', devTokenRequest('user_dev'));
      expect(response.status).toBe(200);
      const { token } = (await response.json()) as { token: string };
      expect((await pull(token)).status).toBe(200);
      const bad = await fetch(server.devTokenUrl ?? '', devTokenRequest('../x'));
      expect(bad.status).toBe(400);
    } finally {
      await server.stop();
    }
  });
});
