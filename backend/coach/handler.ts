// POST /functions/v1/coach {action, ...} (shared/coach/protocol.ts): coach sharing, as the verified caller.
// Every statement runs as that user under RLS (asUser); invites and redemptions go through the
// security-definer SQL functions of 20261204205300_coach_invites.sql, which read the caller's sub.
import type pg from 'pg';
import { CoachRequest } from '../../shared/coach/protocol.ts';
import { withAuth } from '../auth/middleware.ts';
import type { TokenVerifier } from '../auth/verify.ts';
import { asUser } from '../db/pool.ts';
import { BodyTooLargeError, readCappedText } from '../http/body.ts';
import { withCors } from '../http/cors.ts';
import { invalidRequest, json, jsonError } from '../http/json.ts';
import { addNote, clientView, createInvite, overview, redeemInvite, rename, setStatus } from './queries.ts';

export interface CoachDeps {
  pool: pg.Pool | undefined;
  verify: TokenVerifier;
}

const MAX_BODY_BYTES = 64 * 1024;
const NOT_SHARING = 'This client is not sharing with you now: they paused or ended it, or never invited you.';

export function createCoachHandler(deps: CoachDeps): (request: Request) => Promise<Response> {
  return withCors(
    withAuth(deps.verify, async (request, claims) => {
      if (request.method !== 'POST') return jsonError(405, 'method_not_allowed', 'Use POST');
      let raw: unknown;
      try {
        raw = JSON.parse(await readCappedText(request, MAX_BODY_BYTES));
      } catch (error) {
        return error instanceof BodyTooLargeError
          ? jsonError(413, 'body_too_large', `Request body is over ${MAX_BODY_BYTES} bytes`)
          : jsonError(400, 'invalid_json', 'Body must be JSON');
      }
      const parsed = CoachRequest.safeParse(raw);
      if (!parsed.success) {
        return invalidRequest(parsed.error, 'Request does not match the coach protocol');
      }
      if (!deps.pool) return jsonError(503, 'db_unconfigured', 'SUPABASE_DB_URL is not set');
      const pool = deps.pool;
      const body = parsed.data;
      try {
        return await asUser(pool, claims, async (db) => {
          switch (body.action) {
            case 'invite':
              return json(await createInvite(db, body.displayName ?? null));
            case 'redeem':
              return json(await redeemInvite(db, body.code, body.displayName ?? null));
            case 'list':
              return json(await overview(db));
            case 'setStatus': {
              const changed = await setStatus(db, body.relationshipId, body.status);
              return changed
                ? json(changed)
                : jsonError(404, 'not_found', 'No such coach relationship of yours');
            }
            case 'rename': {
              const renamed = await rename(db, body.relationshipId, body.displayName ?? null);
              return renamed
                ? json(renamed)
                : jsonError(404, 'not_found', 'No coach relationship of yours to rename (it may have ended)');
            }
            case 'clientView': {
              const view = await clientView(db, body.relationshipId);
              return view ? json(view) : jsonError(403, 'not_sharing', NOT_SHARING);
            }
            case 'addNote': {
              const note = await addNote(db, body.relationshipId, body.jobId ?? null, body.body);
              return note
                ? json(note)
                : jsonError(403, 'not_sharing', `${NOT_SHARING} The note was not saved.`);
            }
          }
        });
      } catch (error) {
        const code = (error as { code?: string }).code;
        const message = error instanceof Error ? error.message : String(error);
        // The SQL functions' and trigger's own refusals are the user's to read; anything else stays in the log.
        if (code === '23514' || code === '54000' || code === '42501')
          return jsonError(409, 'refused', message);
        console.error('[coach]', message);
        return jsonError(
          503,
          'database_unavailable',
          'Coach sharing could not reach the database; try again',
          {
            retryable: true,
          },
        );
      }
    }),
  );
}
