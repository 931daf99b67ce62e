// Which backend and user the Realtime subscription should follow right now (null: signed out or no backend).
import type { SupabaseClient } from '@supabase/supabase-js';
import { backendUrl, getToken } from '../auth/session.ts';
import { backendClient } from '../auth/supabase.ts';
import type { JobrakerDatabase } from '../db/database.ts';
import { subjectOf } from './account.ts';
import type { RealtimeClientLike } from './realtime.ts';

export async function realtimeTarget(
  db: JobrakerDatabase,
): Promise<{ url: string; userId: string; client: RealtimeClientLike } | null> {
  const [url, token, client] = await Promise.all([backendUrl(db), getToken(db), backendClient(db)]);
  const userId = token ? subjectOf(token) : null;
  if (!url || !userId || !client) return null;
  return { url, userId, client: client as SupabaseClient as unknown as RealtimeClientLike };
}
