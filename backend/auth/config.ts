// Clerk verification settings, read from the function's environment (Deno.env or process.env alike).

export interface AuthConfig {
  /** Clerk Frontend API URL, e.g. https://<slug>.clerk.accounts.dev. Tokens must carry exactly this `iss`. */
  issuer: string;
  /** Where the public keys are; Clerk serves them at `${issuer}/.well-known/jwks.json`. */
  jwksUrl: string;
  /** Origins allowed in `azp` (e.g. chrome-extension://<id>). When set, a token must carry one of them. */
  authorizedParties: string[];
  /** Accepted `aud` values; empty = tokens may carry any `aud` (Clerk's default session token has none). */
  audience: string[];
  /** Oldest `iat` accepted, in seconds. Clerk session tokens live 60 s; a token minted long ago is refused. */
  maxTokenAgeSeconds: number;
}

/** Default maximum token age: Clerk's 60 s tokens with a wide margin for clocks and retries. */
export const DEFAULT_MAX_TOKEN_AGE_SECONDS = 600;

export class AuthConfigError extends Error {
  override name = 'AuthConfigError';
}

/** `env` is a lookup such as `(k) => Deno.env.get(k)`; throws when CLERK_ISSUER is missing. */
export function authConfigFromEnv(env: (name: string) => string | undefined): AuthConfig {
  const issuer = env('CLERK_ISSUER')?.trim().replace(/\/+$/, '');
  if (!issuer) throw new AuthConfigError('CLERK_ISSUER is not set (the Clerk Frontend API URL)');
  const jwksUrl = env('CLERK_JWKS_URL')?.trim() || `${issuer}/.well-known/jwks.json`;
  const list = (name: string) =>
    (env(name) ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  const maxAge = env('CLERK_MAX_TOKEN_AGE_SECONDS')?.trim();
  const maxTokenAgeSeconds = maxAge ? Number(maxAge) : DEFAULT_MAX_TOKEN_AGE_SECONDS;
  if (!Number.isInteger(maxTokenAgeSeconds) || maxTokenAgeSeconds <= 0) {
    throw new AuthConfigError(
      `CLERK_MAX_TOKEN_AGE_SECONDS=${maxAge} is not a positive whole number of seconds`,
    );
  }
  return {
    issuer,
    jwksUrl,
    authorizedParties: list('CLERK_AUTHORIZED_PARTIES'),
    audience: list('CLERK_AUDIENCE'),
    maxTokenAgeSeconds,
  };
}
