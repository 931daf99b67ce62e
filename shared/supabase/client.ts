// The one Supabase client per backend URL: supabase-js with Clerk's session token (or the local dev token)
// as `accessToken`, so Functions, Storage and Realtime all send the user's JWT. No supabase.auth: Clerk owns
// sign-in (contracts-ai-storage.md §5.1).
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { createInvokeTransport, type FunctionsInvoke, type SyncTransport } from '../sync/transport.ts';

export interface BackendClientOptions {
  url: string;
  /** The project's publishable (anon) key; the local stack accepts any value. */
  publishableKey?: string;
  getToken: () => Promise<string | null>;
  /** Instead of the global fetch (tests count bytes or cut the connection). */
  fetch?: typeof fetch;
}

/** Sent where no publishable key is configured (the local stack does not check it). */
export const LOCAL_PUBLISHABLE_KEY = 'local-publishable-key';

/** Node 20 has no WebSocket and supabase-js wants one at construction; Realtime then cannot connect. */
class NoWebSocket {
  constructor() {
    throw new Error('Realtime needs a WebSocket, which this runtime lacks');
  }
}

export function createBackendClient(options: BackendClientOptions): SupabaseClient {
  const hasWebSocket = typeof (globalThis as { WebSocket?: unknown }).WebSocket === 'function';
  return createClient(options.url, options.publishableKey || LOCAL_PUBLISHABLE_KEY, {
    accessToken: options.getToken,
    ...(options.fetch ? { global: { fetch: options.fetch } } : {}),
    ...(hasWebSocket ? {} : { realtime: { transport: NoWebSocket as never } }),
  });
}

/** The client's functions.invoke in the shape the sync transport takes. */
export function functionsInvoke(client: SupabaseClient): FunctionsInvoke {
  return (name, options) => client.functions.invoke(name, options as { body: Record<string, unknown> });
}

/** The sync transport over a new client for `options.url` (tests and benches; the extension caches clients). */
export function syncTransport(options: BackendClientOptions): SyncTransport {
  return createInvokeTransport({
    invoke: functionsInvoke(createBackendClient(options)),
    getToken: options.getToken,
  });
}
