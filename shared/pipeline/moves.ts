import {
  assertTransition,
  STAGE_LABELS,
  STAGES,
  type Stage,
  StageTransitionError,
} from '../domain/stages.ts';

/** Why a job in `from` cannot be dropped on `to` (the same words the background would answer), or null if it can. */
export function moveRefusal(from: Stage, to: Stage): string | null {
  if (from === to) return `It is already in ${STAGE_LABELS[to]}.`;
  try {
    assertTransition(from, to, 'user');
    return null;
  } catch (error) {
    if (error instanceof StageTransitionError) return error.message;
    throw error;
  }
}

/** The column `step` places left (-1) or right (+1) of `stage`, stopping at the ends (keyboard moves). */
export function neighbourStage(stage: Stage, step: -1 | 1): Stage {
  const at = STAGES.indexOf(stage) + step;
  return STAGES[Math.min(STAGES.length - 1, Math.max(0, at))] as Stage;
}
