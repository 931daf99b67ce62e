// The analytics page's "Compare with synced data": the analytics function's figures for what this account holds
// on the server, computed there in SQL as the user (backend/analytics). Needs a backend and a signed-in user.
import type { PipelineAnalytics } from '../../../shared/analytics/index.ts';
import { getToken } from '../auth/session.ts';
import { backendClient } from '../auth/supabase.ts';
import type { JobrakerDatabase } from '../db/database.ts';

const NOT_SYNCED = 'Sign in and turn sync on (Account tab) to see the figures for your synced data.';

export async function serverAnalytics(db: JobrakerDatabase): Promise<PipelineAnalytics> {
  const client = await backendClient(db);
  if (!client || !(await getToken(db))) throw new Error(NOT_SYNCED);
  const { data, error } = await client.functions.invoke('analytics', { method: 'GET' });
  if (error) {
    const context = (error as { context?: unknown }).context;
    const body =
      context instanceof Response ? ((await context.json().catch(() => ({}))) as { message?: string }) : {};
    throw new Error(`The server's figures could not be read: ${body.message ?? error.message}. Try again.`);
  }
  return data as PipelineAnalytics;
}
