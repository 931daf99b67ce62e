// Request → verified claims, or the 401 (503 when the keys cannot be fetched) the caller should send.
import { json } from '../http/json.ts';
import type { TokenVerifier, VerifiedClaims } from './verify.ts';

export type Authenticated = { ok: true; claims: VerifiedClaims } | { ok: false; response: Response };

export function bearerToken(request: Request): string | null {
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? null;
}

export async function authenticate(request: Request, verify: TokenVerifier): Promise<Authenticated> {
  const result = await verify(bearerToken(request));
  if (result.ok) return result;
  // Our side (keys unreachable, auth not configured) is a 503 the client retries; the token's fault is a 401.
  const status = result.code === 'jwks_unavailable' || result.code === 'auth_unconfigured' ? 503 : 401;
  const headers: HeadersInit =
    status === 401
      ? { 'www-authenticate': `Bearer error="invalid_token", error_description="${result.code}"` }
      : {};
  return { ok: false, response: json({ error: result.code, message: result.message }, status, headers) };
}

/** Wraps a handler that needs a signed-in user. */
export function withAuth(
  verify: TokenVerifier,
  handler: (request: Request, claims: VerifiedClaims) => Response | Promise<Response>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const auth = await authenticate(request, verify);
    return auth.ok ? handler(request, auth.claims) : auth.response;
  };
}
