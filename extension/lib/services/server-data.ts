// "Delete my data on the server": calls the delete-my-data function as the signed-in user, then turns sync
// off (it would otherwise upload this browser's copy again). This browser's data stays unless `wipeLocal`.
import { DELETE_CONFIRMATION, type DeletionReport } from '../../../shared/account/delete-my-data.ts';
import { getToken, signOut } from '../auth/session.ts';
import { backendClient } from '../auth/supabase.ts';
import type { JobrakerDatabase } from '../db/database.ts';
import { setSyncEnabled } from '../sync/index.ts';

export async function deleteServerData(db: JobrakerDatabase, wipeLocal: boolean): Promise<DeletionReport> {
  const client = await backendClient(db);
  if (!client) throw new Error('No backend is set, so there is nothing stored on a server.');
  if (!(await getToken(db))) throw new Error('Sign in first: only you can delete your data, as yourself.');
  const { data, error } = await client.functions.invoke('delete-my-data', {
    body: { confirm: DELETE_CONFIRMATION },
  });
  if (error) {
    const context = (error as { context?: unknown }).context;
    const body =
      context instanceof Response ? ((await context.json().catch(() => ({}))) as { message?: string }) : {};
    throw new Error(`Nothing or not everything was deleted: ${body.message ?? error.message}. Try again.`);
  }
  await setSyncEnabled(db, false);
  if (wipeLocal) await signOut(db, true);
  return data as DeletionReport;
}

/** One line for the Account tab: what the server removed. */
export function describeDeletion(report: DeletionReport): string {
  const tables = Object.entries(report.rows)
    .sort((a, b) => b[1] - a[1])
    .map(([table, n]) => `${table.replaceAll('_', ' ')} ${n}`)
    .join(', ');
  const files = `${report.files} file${report.files === 1 ? '' : 's'}`;
  return report.totalRows === 0 && report.files === 0
    ? 'The server held nothing of yours.'
    : `Removed from the server: ${report.totalRows} records (${tables}) and ${files}.`;
}
