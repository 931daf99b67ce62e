// Verifies a Clerk session token (RS256, format v2) against the instance's JWKS. Web-standard: runs in
// Deno (Edge Functions) and Node (tests). Follows Clerk's manual-verification steps plus an exact `iss` pin
// and the `role: authenticated` claim Supabase's Clerk integration adds (RLS needs it).
import { createRemoteJWKSet, errors, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';
import type { AuthConfig } from './config.ts';

export interface VerifiedClaims extends JWTPayload {
  sub: string;
  role: 'authenticated';
  azp?: string;
  sid?: string;
  sts?: string;
}

export type AuthFailureCode =
  | 'missing_token'
  | 'malformed_token'
  | 'bad_signature'
  | 'unknown_key'
  | 'token_expired'
  | 'token_not_yet_valid'
  | 'wrong_issuer'
  | 'unauthorized_party'
  | 'missing_role'
  | 'missing_subject'
  | 'missing_claim'
  | 'token_too_old'
  | 'token_issued_in_future'
  | 'wrong_audience'
  | 'session_pending'
  | 'jwks_unavailable'
  | 'auth_unconfigured';

export type VerifyResult =
  | { ok: true; claims: VerifiedClaims }
  | { ok: false; code: AuthFailureCode; message: string };

export type TokenVerifier = (token: string | null | undefined) => Promise<VerifyResult>;

const fail = (code: AuthFailureCode, message: string): VerifyResult => ({ ok: false, code, message });

/** Clerk rotates keys rarely; cache them 10 min, refetch at most every 30 s on an unknown `kid`. */
export function remoteJwks(url: string): JWTVerifyGetKey {
  return createRemoteJWKSet(new URL(url), {
    cacheMaxAge: 600_000,
    cooldownDuration: 30_000,
    timeoutDuration: 5_000,
  });
}

export interface VerifierOptions {
  /** Key source; defaults to the remote JWKS at `config.jwksUrl` (cached). */
  keys?: JWTVerifyGetKey;
  /** Seconds of clock skew tolerated on exp/nbf/iat. Clerk tokens live 60 s, so keep this small. */
  clockToleranceSeconds?: number;
}

export function createVerifier(config: AuthConfig, options: VerifierOptions = {}): TokenVerifier {
  const keys = options.keys ?? remoteJwks(config.jwksUrl);
  const clockTolerance = options.clockToleranceSeconds ?? 5;
  return async (token) => {
    if (!token)
      return fail('missing_token', 'Send the Clerk session token as `Authorization: Bearer <token>`.');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        algorithms: ['RS256'],
        clockTolerance,
        // A token without an expiry or issue time never goes stale; one issued in the future (beyond the
        // tolerance) or longer ago than the maximum age is refused.
        requiredClaims: ['exp', 'iat', 'sub'],
        maxTokenAge: config.maxTokenAgeSeconds,
        ...(config.audience.length > 0 ? { audience: config.audience } : {}),
      }));
    } catch (error) {
      return classify(error);
    }
    // iss is checked here rather than by jose so the message can say which issuer was expected.
    if (payload.iss !== config.issuer) {
      return fail('wrong_issuer', `Token issuer ${String(payload.iss)} is not ${config.issuer}.`);
    }
    const azp = payload.azp;
    if (azp === undefined && config.authorizedParties.length > 0) {
      return fail('unauthorized_party', 'Token has no `azp` (authorized party), which this server requires.');
    }
    if (azp !== undefined && (typeof azp !== 'string' || !partyAllowed(azp, config.authorizedParties))) {
      return fail(
        'unauthorized_party',
        `Token was issued for ${String(azp)}, which is not an authorized party.`,
      );
    }
    if (typeof payload.sub !== 'string' || payload.sub === '') {
      return fail('missing_subject', 'Token has no `sub` (user id).');
    }
    if (payload.role !== 'authenticated') {
      return fail(
        'missing_role',
        'Token lacks `role: authenticated`; enable the Clerk Supabase integration (or add the claim).',
      );
    }
    if (payload.sts === 'pending') {
      return fail('session_pending', 'The session is pending (a sign-in step is unfinished).');
    }
    return { ok: true, claims: payload as VerifiedClaims };
  };
}

/** Used when CLERK_ISSUER is missing: every request gets a 503 saying so, instead of the function crashing. */
export function unconfiguredVerifier(message: string): TokenVerifier {
  return async () => fail('auth_unconfigured', message);
}

/** Verifier from the environment, or one that explains what is missing. */
export function verifierFromEnv(config: () => AuthConfig): TokenVerifier {
  try {
    return createVerifier(config());
  } catch (error) {
    return unconfiguredVerifier(error instanceof Error ? error.message : String(error));
  }
}

function partyAllowed(azp: string, allowed: readonly string[]): boolean {
  return allowed.length === 0 || allowed.includes(azp);
}

function classify(error: unknown): VerifyResult {
  if (error instanceof errors.JWTExpired && error.claim === 'iat') {
    return fail('token_too_old', 'Token was issued too long ago (iat is older than the maximum token age).');
  }
  if (error instanceof errors.JWTExpired) return fail('token_expired', 'Token has expired; get a fresh one.');
  if (error instanceof errors.JWTClaimValidationFailed) {
    const claimFailure = classifyClaim(error);
    if (claimFailure) return claimFailure;
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return fail('bad_signature', 'Token signature does not verify against the issuer keys.');
  }
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) {
    return fail('unknown_key', 'Token was signed with a key the issuer does not publish.');
  }
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) {
    return fail('jwks_unavailable', 'Could not load the issuer keys; try again.');
  }
  if (error instanceof errors.JOSEAlgNotAllowed)
    return fail('malformed_token', 'Only RS256 tokens are accepted.');
  if (error instanceof errors.JOSEError)
    return fail('malformed_token', `Token is not a valid JWT: ${error.message}`);
  // A failed JWKS fetch surfaces as a plain network error.
  return fail(
    'jwks_unavailable',
    `Could not load the issuer keys: ${error instanceof Error ? error.message : error}`,
  );
}

function classifyClaim(error: InstanceType<typeof errors.JWTClaimValidationFailed>): VerifyResult | null {
  if (error.reason === 'missing') {
    return error.claim === 'sub'
      ? fail('missing_subject', 'Token has no `sub` (user id).')
      : fail('missing_claim', `Token has no \`${error.claim}\` claim, which every session token must carry.`);
  }
  if (error.claim === 'nbf')
    return fail('token_not_yet_valid', 'Token is not valid yet (nbf is in the future).');
  if (error.claim === 'iat') {
    return fail('token_issued_in_future', 'Token claims to be issued in the future (iat); check the clock.');
  }
  if (error.claim === 'aud') return fail('wrong_audience', 'Token was issued for another audience (aud).');
  return null;
}
