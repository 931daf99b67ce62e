// The device's stage history in a push: its last move per job is the server trigger's to record; the
// earlier ones are recorded as they were, each refused with a reason when it cannot be.
import { STAGES } from '../../shared/domain/stage-names.ts';
import type { Change, PushResponse } from '../../shared/sync/protocol.ts';
import type { Db } from './db.ts';
import { ClientStageEvent as StageEventSchema } from './tables-schemas.ts';

/**
 * Stage history is written by the server's trigger for a job's last move; the device's earlier moves are
 * recorded as they were. An event whose job is not the caller's is refused.
 */
export async function settleEvents(db: Db, changes: Change[], result: PushResponse): Promise<void> {
  if (changes.length === 0) return;
  const { rows } = await db.query<{ id: string }>(
    'select id from public.job_stage_events where id = any($1::uuid[])',
    [changes.map((c) => c.id)],
  );
  const stored = new Set(rows.map((r) => r.id));
  // Moves before a job's last one in this push: recorded as history of the caller's own jobs.
  const earlier = changes.flatMap((c) => {
    if (stored.has(c.id) || c.op !== 'upsert') return [];
    const parsed = StageEventSchema.safeParse(c.row);
    const isStage = (s: string | null) => s === null || (STAGES as readonly string[]).includes(s);
    return parsed.success && isStage(parsed.data.from) && isStage(parsed.data.to) ? [parsed.data] : [];
  });
  if (earlier.length) {
    // In its own savepoint: a bad row must not abort the rest of the push.
    await db.query('savepoint history');
    try {
      const { rows: recorded } = await db.query<{ id: string }>(
        'select public.record_synced_stage_history($1::jsonb) as id',
        [JSON.stringify(earlier)],
      );
      for (const r of recorded) stored.add(r.id);
      await db.query('release savepoint history');
    } catch {
      await db.query('rollback to savepoint history');
    }
  }
  for (const change of changes) {
    const parsed = change.op === 'upsert' ? StageEventSchema.safeParse(change.row) : null;
    if (stored.has(change.id)) result.applied.push(change.id);
    else if (parsed && !parsed.success) {
      const issue = parsed.error.issues[0];
      result.rejected.push({
        id: change.id,
        table: 'stage_events',
        reason: `invalid stage event: ${issue?.path.join('.') || 'row'}: ${issue?.message}`,
      });
    } else if (change.op === 'delete') {
      result.rejected.push({ id: change.id, table: 'stage_events', reason: 'stage history is immutable' });
    } else {
      result.rejected.push({
        id: change.id,
        table: 'stage_events',
        reason: 'not recorded: no matching stage change of its job was pushed with it',
      });
    }
  }
}
