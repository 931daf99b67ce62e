// The local stand-in for Clerk's signing key: one RSA key pair kept in `.data/` (git-ignored), so dev tokens
// survive restarts and the integration tests can sign tokens the throwaway stacks accept.
// Node only; never imported by a function (the production code path holds no private key).
import fs from 'node:fs';
import path from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type JWK, type JWTPayload, SignJWT } from 'jose';

/** The `iss` of local tokens. A fixed string (not the JWKS server's port) so tests know it up front. */
export const LOCAL_ISSUER = 'http://127.0.0.1/jobraker-local-clerk';
/** `azp` of local tokens by default; the functions accept it besides any configured parties. */
export const LOCAL_AUTHORIZED_PARTY = 'chrome-extension://jobrakerlocaldevextension';

interface StoredKey {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

export interface LocalSigningKey {
  kid: string;
  publicJwk: JWK;
  privateKey: CryptoKey;
}

const cache = new Map<string, Promise<LocalSigningKey>>();

export function defaultKeyFile(repoRoot: string): string {
  return path.join(repoRoot, '.data', 'local-clerk-key.json');
}

/** Loads the key, creating it on first use. Concurrent creators race safely: the first link wins. */
export function loadLocalSigningKey(file: string): Promise<LocalSigningKey> {
  let loaded = cache.get(file);
  if (!loaded) {
    loaded = loadOrCreate(file);
    cache.set(file, loaded);
  }
  return loaded;
}

async function loadOrCreate(file: string): Promise<LocalSigningKey> {
  if (!fs.existsSync(file)) {
    const { privateKey, publicKey } = await generateKeyPair('RS256', {
      extractable: true,
      modulusLength: 2048,
    });
    const kid = `local-${Date.now().toString(36)}`;
    const stored: StoredKey = {
      kid,
      privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' },
      publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' },
    };
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
    fs.writeFileSync(temp, JSON.stringify(stored), { mode: 0o600 });
    try {
      fs.linkSync(temp, file); // atomic "create if absent"
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      fs.rmSync(temp, { force: true });
    }
  }
  const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as StoredKey;
  const privateKey = (await importJWK(stored.privateJwk, 'RS256')) as CryptoKey;
  return { kid: stored.kid, publicJwk: stored.publicJwk, privateKey };
}

export interface LocalTokenOptions {
  /** Lifetime in seconds (Clerk's are 60). Negative gives an already expired token. */
  ttlSeconds?: number;
  /** Override or drop (`undefined` value) any default claim: iss, azp, role, sid... */
  claims?: Record<string, unknown>;
}

/** A Clerk-shaped session token (format v2) for `sub`, signed with the local key. */
export async function signLocalToken(key: LocalSigningKey, sub: string, options: LocalTokenOptions = {}) {
  const now = Math.floor(Date.now() / 1000);
  const ttl = options.ttlSeconds ?? 60;
  const claims: Record<string, unknown> = {
    iss: LOCAL_ISSUER,
    sub,
    azp: LOCAL_AUTHORIZED_PARTY,
    role: 'authenticated',
    sid: `sess_local_${sub}`,
    v: 2,
    iat: now - 1,
    nbf: now - 1,
    exp: now + ttl,
    ...options.claims,
  };
  for (const [name, value] of Object.entries(claims)) if (value === undefined) delete claims[name];
  return new SignJWT(claims as JWTPayload)
    .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
    .sign(key.privateKey);
}
