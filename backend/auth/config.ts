// Clerk verification settings, read from the function's environment (Deno.env or process.env alike).

export interface AuthConfig {
  /** Clerk Frontend API URL, e.g. https://<slug>.clerk.accounts.dev. Tokens must carry exactly this `iss`. */
  issuer: string;
  /** Where the public keys are; Clerk serves them at `${issuer}/.well-known/jwks.json`. */
  jwksUrl: string;
  /** Origins allowed in `azp` (e.g. chrome-extension://<id>). Empty = any, but `azp` is still checked when set. */
  authorizedParties: string[];
}

export class AuthConfigError extends Error {
  override name = 'AuthConfigError';
}

/** `env` is a lookup such as `(k) => Deno.env.get(k)`; throws when CLERK_ISSUER is missing. */
export function authConfigFromEnv(env: (name: string) => string | undefined): AuthConfig {
  const issuer = env('CLERK_ISSUER')?.trim().replace(/\/+$/, '');
  if (!issuer) throw new AuthConfigError('CLERK_ISSUER is not set (the Clerk Frontend API URL)');
  const jwksUrl = env('CLERK_JWKS_URL')?.trim() || `${issuer}/.well-known/jwks.json`;
  const authorizedParties = (env('CLERK_AUTHORIZED_PARTIES') ?? '')
    .split(',')
    .map((party) => party.trim())
    .filter(Boolean);
  return { issuer, jwksUrl, authorizedParties };
}
