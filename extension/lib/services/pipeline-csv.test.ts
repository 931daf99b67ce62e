import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JobrakerDatabase } from '../db/database.ts';
import { confirmCsvImport, exportPipelineCsv, previewCsvImport } from './pipeline-csv.ts';
import { dueReminders, markReminder, setFollowUpDays } from './reminders.ts';

let db: JobrakerDatabase;
beforeEach(() => {
  db = new JobrakerDatabase(`test-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const huntr = fs.readFileSync('tests/fixtures/pipeline-csv/huntr-sample.csv', 'utf8');

describe('pipeline CSV in the database', () => {
  it('previews without writing, then imports the new rows with their history', async () => {
    const preview = await previewCsvImport(db, huntr);
    expect(preview.counts).toEqual({ new: 5, duplicate: 0, error: 2 });
    expect(await db.jobs.count()).toBe(0);
    expect(await confirmCsvImport(db, huntr)).toEqual({ imported: 5, duplicates: 0, errors: 2 });
    expect(await db.jobs.count()).toBe(5);
    const contoso = await db.jobs.filter((j) => j.company === 'Contoso').first();
    const events = await db.stageEvents.where('jobId').equals(contoso!.id).sortBy('at');
    expect(events.map((e) => [e.to, e.note])).toEqual([
      ['saved', 'Imported from Huntr CSV'],
      ['applied', 'Imported from Huntr CSV'],
    ]);
    // A second run of the same file adds nothing.
    expect(await confirmCsvImport(db, huntr)).toEqual({ imported: 0, duplicates: 5, errors: 2 });
    expect(await db.jobs.count()).toBe(5);
    const csv = await exportPipelineCsv(db);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(6);
  });

  it('a broken file throws its reason and writes nothing', async () => {
    await expect(confirmCsvImport(db, 'Name,Email\nAna,a@example.com')).rejects.toThrow(
      'These columns are not a Huntr or Teal export.',
    );
    expect(await db.jobs.count()).toBe(0);
  });
});

describe('reminders in the database', () => {
  it('an imported applied job without an answer is due for follow-up; per-job days and done are kept', async () => {
    await confirmCsvImport(db, huntr);
    const now = new Date('2026-12-04T12:00:00Z');
    const followUps = (await dueReminders(db, now)).due.filter((r) => r.kind === 'follow-up');
    expect(followUps.map((r) => r.title)).toEqual(['Backend Developer']);
    const contoso = followUps[0]!;
    await setFollowUpDays(db, { jobId: contoso.jobId, days: 60 });
    expect((await dueReminders(db, now)).due.filter((r) => r.kind === 'follow-up')).toEqual([]);
    await setFollowUpDays(db, { jobId: contoso.jobId, days: null });
    await markReminder(db, contoso.key, contoso.jobId, 'done', now);
    expect((await dueReminders(db, now)).due.filter((r) => r.kind === 'follow-up')).toEqual([]);
    await expect(setFollowUpDays(db, { days: 0 })).rejects.toThrow('Follow-up days: At least 1 day.');
  });
});
