// How the engine reaches the server. The real one is fetch + a Clerk token getter; tests pass fakes.
import type { Change, PullResponse, PushResponse } from './protocol.ts';

export interface SyncTransport {
  push(changes: Change[]): Promise<PushResponse>;
  pull(since: string | null, limit: number): Promise<PullResponse>;
}

/** `retryable` errors (network down, 5xx, 429, an expired token) keep the outbox and try again later. */
export class SyncError extends Error {
  override name = 'SyncError';
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly status?: number,
    readonly code?: string,
  ) {
    super(message);
  }
}

export interface FetchTransportOptions {
  /** `${SUPABASE_URL}/functions/v1/sync` */
  url: string;
  /** Clerk `session.getToken()`; null when signed out. Called per request (tokens live 60 s). */
  getToken: () => Promise<string | null>;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export function createFetchTransport(options: FetchTransportOptions): SyncTransport {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 30_000;
  async function post<T>(body: unknown): Promise<T> {
    const token = await options.getToken();
    if (!token) throw new SyncError('Not signed in', false, undefined, 'signed_out');
    let response: Response;
    try {
      response = await doFetch(options.url, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new SyncError(`Network error: ${error instanceof Error ? error.message : error}`, true);
    }
    const payload = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (response.ok) return payload as T;
    const code = typeof payload.error === 'string' ? payload.error : undefined;
    const message = typeof payload.message === 'string' ? payload.message : response.statusText;
    // 401 token_expired/jwks_unavailable heal with a fresh token; other 4xx will not heal by retrying.
    const retryable =
      response.status >= 500 ||
      response.status === 429 ||
      code === 'token_expired' ||
      code === 'token_not_yet_valid';
    throw new SyncError(`Sync ${response.status}: ${message}`, retryable, response.status, code);
  }
  return {
    push: (changes) => post<PushResponse>({ action: 'push', changes }),
    pull: (since, limit) => post<PullResponse>({ action: 'pull', since, limit }),
  };
}
