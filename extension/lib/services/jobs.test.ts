import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobDraft } from '../../../shared/domain/index.ts';
import { JobrakerDatabase } from '../db/database.ts';
import { exportAll, importAll } from './backup.ts';
import { deleteJob, restoreDeleted } from './job-delete.ts';
import { linkSameJob, moveJob, saveDraft, statusForUrl, undoLastMove, updateJob } from './jobs.ts';

let db: JobrakerDatabase;
beforeEach(() => {
  db = new JobrakerDatabase(`test-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const draft = (url: string, over: Partial<JobDraft['fields']> = {}): JobDraft => ({
  url,
  canonicalUrl: url.split('?')[0]!,
  ats: null,
  fields: { title: 'Platform Engineer', company: 'Acme', locations: [{ raw: 'Remote (US)' }], ...over },
  provenance: { title: { source: 'jsonld', confidence: 0.95 } },
  gaps: [],
  extractedAt: '2026-01-01T00:00:00.000Z',
});

describe('jobs service', () => {
  it('capturing the same posting twice leaves one card, updated', async () => {
    const first = await saveDraft(db, draft('https://acme.example/jobs/1?utm_source=li'));
    const second = await saveDraft(
      db,
      draft('https://acme.example/jobs/1', { salary: { min: 1, max: 2, currency: 'USD', period: 'YEAR' } }),
    );
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(await db.jobs.count()).toBe(1);
    expect(second.job.salary?.max).toBe(2);
    expect(await db.stageEvents.count()).toBe(1);
  });

  it('proposes, but does not merge, the same job seen on another board', async () => {
    await saveDraft(db, draft('https://acme.example/jobs/1'));
    const other = await saveDraft(db, draft('https://board.example/view/99'));
    expect(other.created).toBe(true);
    expect(other.sameJobCandidates).toHaveLength(1);
    const merged = await linkSameJob(db, other.sameJobCandidates[0]!.id, other.job.id);
    expect(await db.jobs.count()).toBe(1);
    expect(merged.aliases).toContain('https://board.example/view/99');
    expect(
      await statusForUrl(db, 'https://board.example/view/99', 'https://board.example/view/99'),
    ).not.toBeNull();
  });

  it('records every stage change and can undo the last one', async () => {
    const { job } = await saveDraft(db, draft('https://acme.example/jobs/2'));
    await moveJob(db, job.id, 'applied');
    await moveJob(db, job.id, 'interviewing');
    await expect(moveJob(db, job.id, 'saved')).rejects.toThrow(/can't move from Interviewing to Saved/);
    const back = await undoLastMove(db, job.id);
    expect(back.stage).toBe('applied');
    expect((await db.stageEvents.where('jobId').equals(job.id).toArray()).map((e) => e.to)).toEqual(
      expect.arrayContaining(['saved', 'applied', 'interviewing']),
    );
    expect(await db.stageEvents.where('jobId').equals(job.id).count()).toBe(4);
  });

  it('deletes with undo', async () => {
    const { job } = await saveDraft(db, draft('https://acme.example/jobs/3'));
    await updateJob(db, job.id, { notes: 'Referral from Sam', fields: { title: 'Staff Platform Engineer' } });
    const { trashId } = await deleteJob(db, job.id);
    expect(await db.jobs.count()).toBe(0);
    const restored = await restoreDeleted(db, trashId);
    expect(restored).toMatchObject({ notes: 'Referral from Sam', title: 'Staff Platform Engineer' });
    expect(await db.stageEvents.where('jobId').equals(job.id).count()).toBe(1);
  });

  it('exports everything and imports it into an empty database; a bad file changes nothing', async () => {
    const { job } = await saveDraft(db, draft('https://acme.example/jobs/4'));
    await moveJob(db, job.id, 'applied');
    const file = JSON.stringify(await exportAll(db));

    const other = new JobrakerDatabase(`test-import-${Math.random()}`);
    try {
      await saveDraft(other, draft('https://else.example/jobs/9'));
      await expect(
        importAll(other, '{"format":"jobraker-export","version":1,"jobs":[{"id":"nope"}]}'),
      ).rejects.toThrow(/damaged at/);
      await expect(importAll(other, 'not json')).rejects.toThrow(/not JSON/);
      expect(await other.jobs.count()).toBe(1);
      const summary = await importAll(other, file);
      expect(summary.jobs).toBe(1);
      expect(await other.jobs.count()).toBe(2);
      expect((await other.jobs.get(job.id))?.stage).toBe('applied');
      await importAll(other, file);
      expect(await other.jobs.count()).toBe(2);
    } finally {
      await other.delete();
    }
  });
});
