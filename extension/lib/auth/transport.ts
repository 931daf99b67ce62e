import { createFetchTransport, SyncError, type SyncTransport } from '../../../shared/sync/transport.ts';
import type { JobrakerDatabase } from '../db/database.ts';
import { backendUrl, getToken } from './session.ts';

/** The sync transport, reading the backend URL from settings on every call (it can change at run time). */
export function settingsTransport(db: JobrakerDatabase): SyncTransport {
  const current = async () => {
    const url = await backendUrl(db);
    if (!url)
      throw new SyncError('No backend is set: add its URL in Account.', false, undefined, 'no_backend');
    return createFetchTransport({ url: `${url}/functions/v1/sync`, getToken: () => getToken(db) });
  };
  return {
    push: async (changes) => (await current()).push(changes),
    pull: async (since, limit) => (await current()).pull(since, limit),
  };
}
