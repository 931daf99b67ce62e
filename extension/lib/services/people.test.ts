// People across jobs and the job detail rows, against a real Dexie database (fake-indexeddb).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { numberedDraft } from '../../../shared/domain/testing.ts';
import { JobrakerDatabase } from '../db/database.ts';
import { deleteJob, restoreDeleted } from './job-delete.ts';
import { deleteDetail, restoreDetail, saveNote, saveOffer } from './job-detail.ts';
import { saveDraft } from './jobs.ts';
import { addInteraction, linkPerson, savePerson, unlinkPerson } from './people.ts';

let db: JobrakerDatabase;
beforeEach(() => {
  db = new JobrakerDatabase(`test-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const twoJobs = async () => [
  (await saveDraft(db, numberedDraft(1))).job.id,
  (await saveDraft(db, numberedDraft(2))).job.id,
];

describe('one person on several jobs', () => {
  it('links the same person to a second job and keeps one row for them', async () => {
    const [a, b] = await twoJobs();
    const rita = await savePerson(db, {
      jobId: a!,
      name: 'Rita',
      role: 'recruiter',
      email: 'rita@acme.example',
    });
    await linkPerson(db, rita.id, b!);
    expect(await db.people.count()).toBe(1);
    expect((await db.people.where('jobIds').equals(b!).toArray()).map((p) => p.name)).toEqual(['Rita']);
    expect((await db.people.where('jobIds').equals(a!).toArray()).map((p) => p.name)).toEqual(['Rita']);
  });

  it('removing them from one job keeps them and their log on the other; undo links them back', async () => {
    const [a, b] = await twoJobs();
    const rita = await savePerson(db, { jobId: a!, name: 'Rita', role: 'recruiter' });
    await linkPerson(db, rita.id, b!);
    await addInteraction(db, {
      personId: rita.id,
      jobId: a!,
      on: '2026-12-01',
      channel: 'call',
      summary: 'Intro',
    });
    const { trashId } = await unlinkPerson(db, rita.id, a!);
    expect((await db.people.get(rita.id))?.jobIds).toEqual([b]);
    expect(await db.interactions.count()).toBe(1);
    await restoreDetail(db, trashId);
    expect((await db.people.get(rita.id))?.jobIds).toEqual([a, b]);
  });

  it('removing them from their last job removes their log too, and undo brings both back', async () => {
    const [a] = await twoJobs();
    const rita = await savePerson(db, { jobId: a!, name: 'Rita', role: 'recruiter' });
    await addInteraction(db, {
      personId: rita.id,
      jobId: null,
      on: '2026-12-01',
      channel: 'email',
      summary: 'Sent CV',
    });
    const { trashId } = await unlinkPerson(db, rita.id, a!);
    expect(await db.people.count()).toBe(0);
    expect(await db.interactions.count()).toBe(0);
    expect(await restoreDetail(db, trashId)).toEqual({ restored: 2 });
    expect(await db.interactions.where('personId').equals(rita.id).count()).toBe(1);
  });

  it('refuses a bad email or link naming the field, and stores nothing', async () => {
    const [a] = await twoJobs();
    await expect(
      savePerson(db, { jobId: a!, name: 'Rita', role: 'recruiter', email: 'rita' }),
    ).rejects.toThrow('Email: Enter an email like name@example.com');
    await expect(
      savePerson(db, { jobId: a!, name: 'Rita', role: 'recruiter', linkedinUrl: 'javascript:alert(1)' }),
    ).rejects.toThrow(/^LinkedIn: /);
    await expect(savePerson(db, { jobId: a!, name: '  ', role: 'recruiter' })).rejects.toThrow(
      'Name: Add the name',
    );
    expect(await db.people.count()).toBe(0);
  });
});

describe('notes and offers', () => {
  it('edits a note in place and brings a deleted one back with undo', async () => {
    const [a] = await twoJobs();
    const note = await saveNote(db, { jobId: a!, body: 'Ask about on-call' });
    await saveNote(db, { id: note.id, jobId: a!, body: 'Ask about on-call and pager pay' });
    expect((await db.jobNotes.get(note.id))?.body).toBe('Ask about on-call and pager pay');
    const { trashId } = await deleteDetail(db, 'jobNotes', note.id);
    expect(await db.jobNotes.count()).toBe(0);
    await restoreDetail(db, trashId);
    expect((await db.jobNotes.get(note.id))?.createdAt).toBe(note.createdAt);
    await expect(restoreDetail(db, trashId)).rejects.toThrow('That delete can no longer be undone.');
  });

  it('deleting a job takes its notes, rounds and offers with it, and its Undo brings them back', async () => {
    const [a, b] = await twoJobs();
    await saveNote(db, { jobId: a!, body: 'Ask about on-call' });
    await saveNote(db, { jobId: b!, body: 'Other job' });
    await saveOffer(db, {
      jobId: a!,
      status: 'pending',
      baseSalary: 100_000,
      currency: 'USD',
      period: 'YEAR',
      startDate: null,
      respondBy: null,
      notes: '',
    });
    const { trashId } = await deleteJob(db, a!);
    expect((await db.jobNotes.toArray()).map((n) => n.body)).toEqual(['Other job']);
    expect(await db.offers.count()).toBe(0);
    await restoreDeleted(db, trashId);
    expect(await db.jobNotes.where('jobId').equals(a!).count()).toBe(1);
    expect(await db.offers.where('jobId').equals(a!).count()).toBe(1);
  });

  it('refuses an offer for a job that is gone, and a negative base naming the field', async () => {
    const [a] = await twoJobs();
    const terms = {
      status: 'pending' as const,
      baseSalary: -5,
      currency: 'USD',
      period: 'YEAR' as const,
      startDate: null,
      respondBy: null,
      notes: '',
    };
    await expect(saveOffer(db, { ...terms, jobId: a! })).rejects.toThrow(/^Base salary: /);
    await expect(
      saveOffer(db, { ...terms, baseSalary: 1, jobId: '01900000-0000-7000-8000-0000000000ff' }),
    ).rejects.toThrow('That job is no longer saved');
    expect(await db.offers.count()).toBe(0);
  });
});
