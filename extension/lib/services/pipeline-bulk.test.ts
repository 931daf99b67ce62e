import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { numberedDraft } from '../../../shared/domain/testing.ts';
import { JobrakerDatabase } from '../db/database.ts';
import { moveJob, saveDraft } from './jobs.ts';
import { archiveJobs, deleteJobs, moveJobs, restoreJobs, undoMoves } from './pipeline-bulk.ts';

let db: JobrakerDatabase;
beforeEach(() => {
  db = new JobrakerDatabase(`test-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const saveThree = async () =>
  Promise.all([1, 2, 3].map(async (n) => (await saveDraft(db, numberedDraft(n))).job.id));

describe('pipeline bulk actions', () => {
  it('moves the jobs that may move, says why the others refused, and undoes only the moved ones', async () => {
    const [a, b, c] = (await saveThree()) as [string, string, string];
    await moveJob(db, c, 'applied');
    const result = await moveJobs(db, [a, b, c], 'applied');
    expect(result.moved.map((j) => j.id)).toEqual([a, b]);
    expect(result.refused).toEqual([
      {
        jobId: c,
        title: 'Engineer 3',
        message: expect.stringContaining("can't move from Applied to Applied"),
      },
    ]);
    await undoMoves(
      db,
      result.moved.map((j) => j.id),
    );
    expect((await db.jobs.bulkGet([a, b, c])).map((j) => j?.stage)).toEqual(['saved', 'saved', 'applied']);
  });

  it('archives and brings back jobs, keeping their stage and history', async () => {
    const [a, b] = (await saveThree()) as [string, string];
    const archived = await archiveJobs(db, [a, b], true);
    expect(archived.every((j) => j.archivedAt && j.stage === 'saved')).toBe(true);
    expect((await db.jobs.get(a))?.archivedAt).toBeTruthy();
    await archiveJobs(db, [a, b], false);
    expect((await db.jobs.get(b))?.archivedAt).toBeNull();
    expect(await db.stageEvents.where('jobId').equals(a).count()).toBe(1);
  });

  it('deletes jobs into the trash and restores every one of them', async () => {
    const ids = await saveThree();
    const { trashIds } = await deleteJobs(db, ids.slice(0, 2));
    expect(await db.jobs.count()).toBe(1);
    await restoreJobs(db, trashIds);
    expect((await db.jobs.toArray()).map((j) => j.title).sort()).toEqual([
      'Engineer 1',
      'Engineer 2',
      'Engineer 3',
    ]);
    expect(await db.stageEvents.count()).toBe(3);
  });

  it('changes nothing when one job of an archive is gone', async () => {
    const [a] = (await saveThree()) as [string];
    await expect(archiveJobs(db, [a, '01900000-0000-7000-8000-00000000dead'], true)).rejects.toThrow(
      /no longer saved/,
    );
    expect((await db.jobs.get(a))?.archivedAt).toBeUndefined();
  });
});
