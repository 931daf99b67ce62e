// The extension's Supabase client: one per backend URL (the URL can change at run time in Account), fed by
// the signed-in session's token (Clerk, or the local dev token in development builds).
import type { SupabaseClient } from '@supabase/supabase-js';
import { createBackendClient } from '../../../shared/supabase/client.ts';
import type { JobrakerDatabase } from '../db/database.ts';
import { backendUrl, getToken } from './session.ts';

const PUBLISHABLE_KEY: string | undefined = import.meta.env.WXT_SUPABASE_PUBLISHABLE_KEY || undefined;
const clients = new Map<string, SupabaseClient>();

/** The client for the current backend, or null when no backend is set. */
export async function backendClient(db: JobrakerDatabase): Promise<SupabaseClient | null> {
  const url = await backendUrl(db);
  if (!url) return null;
  let client = clients.get(url);
  if (!client) {
    client = createBackendClient({ url, publishableKey: PUBLISHABLE_KEY, getToken: () => getToken(db) });
    clients.set(url, client);
  }
  return client;
}
