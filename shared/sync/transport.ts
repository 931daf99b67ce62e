// How the engine reaches the server: the `sync` Edge Function through supabase-js `functions.invoke` (the
// client is built with Clerk's token as `accessToken`, see shared/supabase/client.ts); tests pass fakes.
// This module only maps invoke's outcomes to SyncError, so it takes invoke by its shape, not the library.
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
    /** From a 429's Retry-After: wait at least this long before the next try. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** supabase-js `functions.invoke`'s shape (FunctionsHttpError/FetchError/RelayError carry `context`). */
export type FunctionsInvoke = (
  name: string,
  options: { body: unknown; timeout?: number },
) => Promise<{ data: unknown; error: { name: string; message: string; context?: unknown } | null }>;

export interface InvokeTransportOptions {
  invoke: FunctionsInvoke;
  /** Clerk `session.getToken()` (or the local dev token); null when signed out: nothing is sent. */
  getToken: () => Promise<string | null>;
  /** Function name; default `sync`. */
  name?: string;
  timeoutMs?: number;
}

/** Seconds or an HTTP date, as RFC 9110 allows; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

async function toSyncError(error: { name: string; message: string; context?: unknown }): Promise<SyncError> {
  const response = error.context instanceof Response ? error.context : undefined;
  if (error.name !== 'FunctionsHttpError' || !response) {
    // FunctionsFetchError (network drop, timeout) or FunctionsRelayError: the server may be fine next time.
    const cause = error.context instanceof Error ? error.context.message : error.message;
    return new SyncError(`Network error: ${cause}`, true);
  }
  const payload = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  const code = typeof payload.error === 'string' ? payload.error : undefined;
  const message = typeof payload.message === 'string' ? payload.message : response.statusText;
  // 401 token_expired heals with a fresh token; other 4xx (413 body_too_large, 400) will not heal by retrying.
  const retryable =
    response.status >= 500 ||
    response.status === 429 ||
    code === 'token_expired' ||
    code === 'token_not_yet_valid';
  const wait = response.status === 429 ? retryAfterMs(response.headers.get('retry-after')) : undefined;
  return new SyncError(`Sync ${response.status}: ${message}`, retryable, response.status, code, wait);
}

export function createInvokeTransport(options: InvokeTransportOptions): SyncTransport {
  const name = options.name ?? 'sync';
  const timeout = options.timeoutMs ?? 30_000;
  async function call<T>(body: unknown): Promise<T> {
    if (!(await options.getToken())) throw new SyncError('Not signed in', false, undefined, 'signed_out');
    let result: Awaited<ReturnType<FunctionsInvoke>>;
    try {
      result = await options.invoke(name, { body, timeout });
    } catch (error) {
      throw new SyncError(`Network error: ${error instanceof Error ? error.message : error}`, true);
    }
    if (result.error) throw await toSyncError(result.error);
    return result.data as T;
  }
  return {
    push: (changes) => call<PushResponse>({ action: 'push', changes }),
    pull: (since, limit) => call<PullResponse>({ action: 'pull', since, limit }),
  };
}
