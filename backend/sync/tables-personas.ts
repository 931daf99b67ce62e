// Personas with their tuner weights (one `weight_<factor>` column per match factor).
import { boundedText, FIELD_LIMITS } from '../../shared/domain/limits.ts';
import { MATCH_FACTORS, Persona } from '../../shared/domain/profile.ts';
import type { Db } from './db.ts';
import { byId, iso, type RecordSpec, type Row } from './records.ts';

const weightColumn = (factor: string) => `weight_${factor}`;

export const personas: RecordSpec = {
  wire: 'personas',
  table: 'personas',
  schema: Persona.extend({ name: boundedText(FIELD_LIMITS.title).trim().min(1) }),
  idOf: byId,
  columns: ['id', 'name', 'target_titles', 'resume_document_id', 'active', 'updated_at', 'deleted_at'].concat(
    MATCH_FACTORS.map(weightColumn),
  ),
  clock: 'updated_at',
  tombstones: true,
  toServer: (p, at) => ({
    id: p.id,
    name: p.name,
    target_titles: p.targetTitles,
    resume_document_id: p.resumeDocumentId ?? null,
    active: p.active,
    ...Object.fromEntries(
      MATCH_FACTORS.map((f) => [weightColumn(f), (p.weights as Record<string, number>)[f] ?? null]),
    ),
    updated_at: at,
    deleted_at: null,
  }),
  fromServer: (r) => ({
    id: r.id,
    name: r.name,
    targetTitles: r.target_titles,
    resumeDocumentId: r.resume_document_id ?? null,
    weights: Object.fromEntries(
      MATCH_FACTORS.filter((f) => r[weightColumn(f)] != null).map((f) => [f, Number(r[weightColumn(f)])]),
    ),
    active: r.active,
    updatedAt: iso(r.updated_at),
  }),
  // One persona is active per user. Activating one here deactivates the others on the server first (the
  // unique index checks row by row), so the device that activated last decides, as it did locally.
  beforeWrite: async (db: Db, rows: Row[]) => {
    // A resume the server does not hold (a plain-text one stays on its device) leaves the link empty there
    // rather than refusing the persona: the link syncs once the document does.
    const linked = rows.map((r) => r.resume_document_id).filter((id): id is string => typeof id === 'string');
    if (linked.length > 0) {
      const { rows: held } = await db.query<{ id: string }>(
        'select id from public.documents where id = any($1::uuid[]) and deleted_at is null',
        [linked],
      );
      const known = new Set(held.map((d) => d.id));
      for (const r of rows) if (!known.has(String(r.resume_document_id))) r.resume_document_id = null;
    }
    const activating = rows.filter((r) => r.active === true && r.deleted_at == null).map((r) => r.id);
    if (activating.length === 0) return;
    await db.query(
      `update public.personas set active = false
        where active and deleted_at is null and user_id = (select auth.jwt() ->> 'sub') and id <> all($1::uuid[])`,
      [activating],
    );
  },
};
