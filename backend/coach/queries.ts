// The coach function's SQL, run inside asUser (the caller's claims, role authenticated), so RLS decides
// every row: a coach's reads of a client go through the coach read policies, scoped by `jobraker.read_as`.
import type pg from 'pg';
import {
  type ClientView,
  type CoachedJob,
  type CoachNote,
  type CoachOverview,
  type Invitation,
  materialPreview,
  type Redemption,
  type Relationship,
} from '../../shared/coach/protocol.ts';

type Db = Pick<pg.PoolClient, 'query'>;

const RELATIONSHIP = `r.id, r.user_id as "clientId", r.coach_id as "coachId", r.client_name as "clientName",
  r.coach_name as "coachName", r.status,
  r.created_at as "createdAt", r.invite_expires_at as "inviteExpiresAt", r.activated_at as "activatedAt",
  r.paused_at as "pausedAt", r.ended_at as "endedAt"`;
const ME = `(select auth.jwt() ->> 'sub')`;

/** Timestamps as ISO strings, as every Jobraker wire type carries them. */
function iso<T extends object>(row: T): T {
  const out = { ...row } as Record<string, unknown>;
  for (const [key, value] of Object.entries(out)) if (value instanceof Date) out[key] = value.toISOString();
  return out as T;
}

export async function createInvite(db: Db, displayName: string | null): Promise<Invitation> {
  const { rows } = await db.query('select * from public.create_coach_invite($1)', [displayName]);
  const row = rows[0];
  return { relationshipId: row.relationship_id, code: row.code, expiresAt: row.expires_at.toISOString() };
}

export async function redeemInvite(db: Db, code: string, displayName: string | null): Promise<Redemption> {
  const { rows } = await db.query('select * from public.redeem_coach_invite($1, $2)', [code, displayName]);
  return { outcome: rows[0].outcome, clientName: rows[0].client_name };
}

const NOTE = `n.id, n.relationship_id as "relationshipId", n.user_id as "coachId", r.coach_name as "coachName", n.job_id as "jobId",
  n.body, n.created_at as "createdAt"`;

export async function overview(db: Db): Promise<CoachOverview> {
  const mine = await db.query<Relationship>(
    `select ${RELATIONSHIP} from public.coach_relationships r where r.user_id = ${ME} order by r.created_at desc`,
  );
  const coached = await db.query<Relationship>(
    `select ${RELATIONSHIP} from public.coach_relationships r where r.coach_id = ${ME} order by r.created_at desc`,
  );
  // The client's own jobs label the notes (a coach's note on a job the client deleted keeps no label).
  const notes = await db.query<CoachNote>(
    `select ${NOTE}, case when j.id is null then null else j.title || ' at ' || j.company end as "jobLabel"
       from public.coach_notes n join public.coach_relationships r on r.id = n.relationship_id
       left join public.jobs j on j.id = n.job_id
      where r.user_id = ${ME} order by n.created_at desc limit 200`,
  );
  return { asClient: mine.rows.map(iso), asCoach: coached.rows.map(iso), notesForMe: notes.rows.map(iso) };
}

/** The client may pause, resume or end; the trigger refuses other moves (23514), RLS other people's rows. */
export async function setStatus(db: Db, id: string, status: string): Promise<Relationship | null> {
  const { rows } = await db.query<Relationship>(
    `update public.coach_relationships r set status = $2 where r.id = $1 and r.user_id = ${ME}
     returning ${RELATIONSHIP}`,
    [id, status],
  );
  return rows[0] ? iso(rows[0]) : null;
}

/** The caller's own side of the relationship gets the name; null when it is not theirs to rename. */
export async function rename(db: Db, id: string, displayName: string | null): Promise<Relationship | null> {
  const renamed = await db.query('select s.id from public.set_coach_display_name($1, $2) s', [
    id,
    displayName,
  ]);
  if (!renamed.rows[0]) return null;
  // A second statement: one statement's snapshot would still show the name from before the change.
  const { rows } = await db.query<Relationship>(
    `select ${RELATIONSHIP} from public.coach_relationships r where r.id = $1`,
    [id],
  );
  return rows[0] ? iso(rows[0]) : null;
}

const enterCoachView = (db: Db) => db.query("select set_config('jobraker.read_as', 'coach', true)");

/** The client's pipeline as the coach may see it now, or null when the relationship is not active. */
export async function clientView(db: Db, relationshipId: string): Promise<ClientView | null> {
  await enterCoachView(db);
  const rel = await db.query<Relationship>(
    `select ${RELATIONSHIP} from public.coach_relationships r
      where r.id = $1 and r.coach_id = ${ME} and r.status = 'active'`,
    [relationshipId],
  );
  const relationship = rel.rows[0];
  if (!relationship) return null;
  const client = relationship.clientId;
  const jobs = await db.query<CoachedJob & { jobNotes: string }>(
    `select j.id, j.title, j.company, j.stage, j.updated_at as "updatedAt",
            array_remove(array[nullif(trim(j.notes), '')] || coalesce((select array_agg(n.body order by n.created_at)
              from public.job_notes n where n.job_id = j.id and n.user_id = $1 and n.deleted_at is null), '{}'), null) as notes,
            coalesce((select json_agg(json_build_object('from', e.from_stage, 'to', e.to_stage, 'at', e.at) order by e.created_at)
              from public.job_stage_events e where e.job_id = j.id and e.user_id = $1), '[]') as events,
            coalesce((select json_agg(json_build_object('kind', m.kind, 'chosenAt', m.chosen_at, 'content', m.content) order by m.kind)
              from public.job_current_materials m where m.job_id = j.id and m.user_id = $1), '[]') as materials
       from public.jobs j where j.user_id = $1 and j.deleted_at is null
      order by j.updated_at desc limit 500`,
    [client],
  );
  const notes = await db.query<CoachNote>(
    `select ${NOTE}, null as "jobLabel" from public.coach_notes n
       join public.coach_relationships r on r.id = n.relationship_id
      where n.relationship_id = $1 order by n.created_at`,
    [relationshipId],
  );
  return {
    relationship: iso(relationship),
    jobs: jobs.rows.map((j) => ({
      ...iso(j),
      materials: (j.materials as unknown as { kind: string; chosenAt: string; content: string }[]).map(
        (m) => ({
          kind: m.kind,
          chosenAt: m.chosenAt,
          preview: materialPreview(m.content),
        }),
      ),
    })),
    notes: notes.rows.map(iso),
  };
}

/** A coach note, or null when RLS refuses it (the relationship is not active, or the job is not the client's). */
export async function addNote(
  db: Db,
  relationshipId: string,
  jobId: string | null,
  body: string,
): Promise<CoachNote | null> {
  await enterCoachView(db);
  await db.query('savepoint note');
  try {
    const { rows } = await db.query<CoachNote>(
      `with n as (insert into public.coach_notes (relationship_id, job_id, body) values ($1, $2, $3) returning *)
       select ${NOTE}, null as "jobLabel" from n join public.coach_relationships r on r.id = n.relationship_id`,
      [relationshipId, jobId, body],
    );
    return rows[0] ? iso(rows[0]) : null;
  } catch (error) {
    if ((error as { code?: string }).code !== '42501') throw error;
    await db.query('rollback to savepoint note');
    return null;
  }
}
