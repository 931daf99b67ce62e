import { FIRST_RUN_SETTING, type FirstRunState } from '../../../shared/domain/first-run.ts';
import type { JobrakerDatabase } from '../db/database.ts';

/** Records a step of the first-run path (skipped, checked, closed); the rest of the record stays. */
export async function setFirstRun(db: JobrakerDatabase, patch: FirstRunState): Promise<FirstRunState> {
  return db.transaction('rw', db.settings, async () => {
    const current = ((await db.settings.get(FIRST_RUN_SETTING))?.value ?? {}) as FirstRunState;
    const next: FirstRunState = {
      ...current,
      ...(patch.resumeSkipped !== undefined && { resumeSkipped: patch.resumeSkipped === true }),
      ...(patch.factsChecked !== undefined && { factsChecked: patch.factsChecked === true }),
      ...(patch.dismissed !== undefined && { dismissed: patch.dismissed === true }),
    };
    await db.settings.put({ key: FIRST_RUN_SETTING, value: next });
    return next;
  });
}
