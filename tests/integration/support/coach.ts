// Coach sharing calls committed as a user (backend asUser, as the coach function runs them): invite,
// redeem and status changes through the SQL functions and the client's status grant.
import type pg from 'pg';
import { asUser as commitAs } from '../../../backend/db/pool.ts';

export const claims = (sub: string) => ({ sub, role: 'authenticated' });

export function coachCalls(pool: pg.Pool) {
  const commit = <T>(sub: string, sql: string, params: unknown[] = []) =>
    commitAs(pool, claims(sub), async (db) => (await db.query(sql, params)).rows as T[]);
  return {
    commit,
    invite: async (client: string, displayName: string | null = null) =>
      (
        await commit<{ relationship_id: string; code: string }>(
          client,
          'select * from public.create_coach_invite($1)',
          [displayName],
        )
      )[0]!,
    redeem: async (coach: string, code: string, displayName: string | null = null) =>
      (
        await commit<{ outcome: string; client_id: string | null; client_name: string | null }>(
          coach,
          'select * from public.redeem_coach_invite($1, $2)',
          [code, displayName],
        )
      )[0]!,
    setStatus: (client: string, id: string, status: string) =>
      commit(client, 'update public.coach_relationships set status = $2 where id = $1', [id, status]),
  };
}
