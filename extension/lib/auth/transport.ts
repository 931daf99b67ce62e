import { functionsInvoke } from '../../../shared/supabase/client.ts';
import { createInvokeTransport, SyncError, type SyncTransport } from '../../../shared/sync/transport.ts';
import type { JobrakerDatabase } from '../db/database.ts';
import { getToken } from './session.ts';
import { backendClient } from './supabase.ts';

/** The sync transport over supabase-js, reading the backend URL from settings on every call (it can change). */
export function settingsTransport(db: JobrakerDatabase): SyncTransport {
  const current = async () => {
    const client = await backendClient(db);
    if (!client)
      throw new SyncError('No backend is set: add its URL in Account.', false, undefined, 'no_backend');
    return createInvokeTransport({
      invoke: functionsInvoke(client),
      getToken: () => getToken(db),
    });
  };
  return {
    push: async (changes) => (await current()).push(changes),
    pull: async (since, limit) => (await current()).pull(since, limit),
  };
}
