// Coach sharing from the extension: every call goes to the coach function through supabase-js as the
// signed-in user (their own token), never through sync. Errors come back as the function's own sentence.
import type {
  ClientView,
  CoachNote,
  CoachOverview,
  CoachRequest,
  Invitation,
  Redemption,
  Relationship,
} from '../../../shared/coach/protocol.ts';
import { authStatus, getToken } from '../auth/session.ts';
import { backendClient } from '../auth/supabase.ts';
import type { JobrakerDatabase } from '../db/database.ts';

async function callCoach<T>(db: JobrakerDatabase, request: CoachRequest): Promise<T> {
  const client = await backendClient(db);
  if (!client) throw new Error('No backend is set: coach sharing needs an account on a server.');
  if (!(await getToken(db))) throw new Error('Sign in first: coach sharing works between signed-in people.');
  const { data, error } = await client.functions.invoke('coach', { body: request });
  if (error) {
    const context = (error as { context?: unknown }).context;
    const body =
      context instanceof Response ? ((await context.json().catch(() => ({}))) as { message?: string }) : {};
    throw new Error(body.message ?? `Coach sharing failed: ${error.message}. Try again.`);
  }
  return data as T;
}

/**
 * A client's new one-time code, with the name the coach will see them by. Only with sync on: the coach
 * sees what this browser has synced.
 */
export async function inviteCoach(db: JobrakerDatabase, displayName?: string): Promise<Invitation> {
  if (!(await authStatus(db)).syncEnabled)
    throw new Error('Turn on sync first: your coach sees the pipeline this browser syncs to your account.');
  return callCoach(db, { action: 'invite', displayName });
}

/** A coach redeems a client's code, with the name the client will see them by. */
export const redeemCoachCode = (db: JobrakerDatabase, code: string, displayName?: string) =>
  callCoach<Redemption>(db, { action: 'redeem', code, displayName });
export const coachOverview = (db: JobrakerDatabase) => callCoach<CoachOverview>(db, { action: 'list' });
export const setCoachStatus = (
  db: JobrakerDatabase,
  relationshipId: string,
  status: 'active' | 'paused' | 'ended',
) => callCoach<Relationship>(db, { action: 'setStatus', relationshipId, status });
/** Changes the caller's own name on one relationship (as its client or its coach). */
export const renameInCoachRelationship = (
  db: JobrakerDatabase,
  relationshipId: string,
  displayName: string,
) => callCoach<Relationship>(db, { action: 'rename', relationshipId, displayName });
export const coachClientView = (db: JobrakerDatabase, relationshipId: string) =>
  callCoach<ClientView>(db, { action: 'clientView', relationshipId });
export const addCoachNote = (
  db: JobrakerDatabase,
  relationshipId: string,
  jobId: string | null,
  body: string,
) => callCoach<CoachNote>(db, { action: 'addNote', relationshipId, jobId, body });
