import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIRST_RUN_SETTING } from '../../../shared/domain/first-run.ts';
import { JobrakerDatabase } from '../db/database.ts';
import { setFirstRun } from './first-run.ts';

let db: JobrakerDatabase;
beforeEach(() => {
  db = new JobrakerDatabase(`test-first-run-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('setFirstRun', () => {
  it('keeps each step recorded so far and adds the new one', async () => {
    await setFirstRun(db, { resumeSkipped: true });
    const next = await setFirstRun(db, { factsChecked: true });
    expect(next).toEqual({ resumeSkipped: true, factsChecked: true });
    expect((await db.settings.get(FIRST_RUN_SETTING))?.value).toEqual(next);
  });

  it('stores only the known steps, as booleans', async () => {
    const stored = await setFirstRun(db, { dismissed: 'yes', extra: 1 } as never);
    expect(stored).toEqual({ dismissed: false });
  });
});
