import { z } from 'zod';
import { Id, IsoDateTime } from './common.ts';
import { boundedText, FIELD_LIMITS } from './limits.ts';
import { STAGE_LABELS, STAGES } from './stage-names.ts';

export { STAGE_LABELS, STAGES };
export const Stage = z.enum(STAGES);
export type Stage = z.infer<typeof Stage>;

/**
 * Moves a job may make. Forward moves may skip steps (a screening call is often skipped);
 * a ghosted application can come back to life; a withdrawn one can be reconsidered.
 * Anything else is a mistake the UI should catch, and undo covers genuine slips.
 */
const NEXT: Record<Stage, readonly Stage[]> = {
  saved: ['applied', 'withdrawn'],
  applied: ['screening', 'interviewing', 'offer', 'rejected', 'withdrawn', 'ghosted'],
  screening: ['interviewing', 'offer', 'rejected', 'withdrawn', 'ghosted'],
  interviewing: ['offer', 'rejected', 'withdrawn', 'ghosted'],
  offer: ['accepted', 'rejected', 'withdrawn'],
  accepted: ['withdrawn'],
  rejected: [],
  withdrawn: ['saved'],
  ghosted: ['screening', 'interviewing', 'offer', 'rejected', 'withdrawn'],
};

export const allowedNextStages = (from: Stage): readonly Stage[] => NEXT[from];

/** Why a stage changed: `capture` for the first save, `user` for a move, `undo` for a revert, `autofill`
 * after submitting, `sync` for a change from another device, `skyvern` when a Skyvern run submitted it. */
export const StageCause = z.enum(['capture', 'user', 'undo', 'autofill', 'sync', 'skyvern']);
export type StageCause = z.infer<typeof StageCause>;

export const StageEvent = z.object({
  id: Id,
  jobId: Id,
  from: Stage.nullable(),
  to: Stage,
  at: IsoDateTime,
  cause: StageCause,
  note: boundedText(FIELD_LIMITS.stageNote).optional(),
});
export type StageEvent = z.infer<typeof StageEvent>;

export class StageTransitionError extends Error {
  constructor(
    readonly from: Stage,
    readonly to: Stage,
  ) {
    const options = NEXT[from].map((s) => STAGE_LABELS[s]).join(', ') || 'none';
    super(
      `A job can't move from ${STAGE_LABELS[from]} to ${STAGE_LABELS[to]}. From ${STAGE_LABELS[from]} it can go to: ${options}.`,
    );
    this.name = 'StageTransitionError';
  }
}

/** Checks a move; undo may revert to any earlier stage, since it only replays history backwards. */
export function assertTransition(from: Stage, to: Stage, cause: StageEvent['cause']): void {
  if (cause === 'undo' || cause === 'sync') return;
  if (from === to || !NEXT[from].includes(to)) throw new StageTransitionError(from, to);
}
