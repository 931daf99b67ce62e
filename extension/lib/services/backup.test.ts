import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storedJob } from '../../../shared/domain/testing.ts';
import { JobrakerDatabase } from '../db/database.ts';
import { exportAll, importAll } from './backup.ts';
import { addDocument } from './profile.ts';

let db: JobrakerDatabase;
beforeEach(() => {
  db = new JobrakerDatabase(`test-backup-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const at = '2026-01-01T00:00:00.000Z';
const job = storedJob;

async function hostileFile(over: Record<string, unknown>): Promise<string> {
  return JSON.stringify({ ...(await exportAll(db)), ...over });
}

describe('import of a hostile export file', () => {
  it('writes nothing when one link is javascript:, one file is an .exe path', async () => {
    const before = await exportAll(db);
    await expect(
      importAll(db, await hostileFile({ jobs: [job({ applyUrl: 'javascript:alert(1)' })] })),
    ).rejects.toThrow(/jobs\.0\.applyUrl: Only http and https links/);
    const evil = {
      id: '01900000-0000-7000-8000-000000000002',
      kind: 'resume',
      fileName: '../../evil.exe',
      mimeType: 'application/x-msdownload',
      size: 2,
      sha256: 'b'.repeat(64),
      text: '',
      createdAt: at,
      base64: 'TVo=',
    };
    await expect(importAll(db, await hostileFile({ documents: [evil] }))).rejects.toThrow(/documents\.0\./);
    expect({ ...(await exportAll(db)), exportedAt: before.exportedAt }).toEqual(before);
  });

  it('stores an imported description sanitized', async () => {
    const html = '<p>Ship it<script>steal()</script><iframe src="https://evil.example"></iframe></p>';
    await importAll(db, await hostileFile({ jobs: [job({ descriptionHtml: html })] }));
    expect((await db.jobs.toArray())[0]?.descriptionHtml).toBe('<p>Ship it</p>');
  });

  it('keeps only PDF, DOCX and text files with plain names when a resume is added', async () => {
    const base = { kind: 'resume' as const, base64: 'JVBERi0=', text: 'Resume' };
    await expect(
      addDocument(db, { ...base, fileName: 'cv.exe', mimeType: 'application/x-msdownload' }),
    ).rejects.toThrow(/not a PDF, DOCX or plain-text file/);
    await expect(
      addDocument(db, { ...base, fileName: '../cv.pdf', mimeType: 'application/pdf' }),
    ).rejects.toThrow(/cannot be kept/);
    expect(
      (await addDocument(db, { ...base, fileName: 'cv.pdf', mimeType: 'application/pdf' })).fileName,
    ).toBe('cv.pdf');
  });
});

describe('a backup holds a job’s own records', () => {
  const ids = (n: number) => `01900000-0000-7000-8000-00000000010${n}`;
  const jobId = ids(0);
  async function seed(into: JobrakerDatabase) {
    await into.jobs.put(job({ id: jobId }) as never);
    await into.jobNotes.put({
      id: ids(1),
      jobId,
      body: 'Asked about the on-call rota',
      createdAt: at,
      updatedAt: at,
    });
    await into.jobContacts.put({
      id: ids(2),
      jobId,
      role: 'recruiter',
      name: 'Ana Ruiz',
      createdAt: at,
      updatedAt: at,
    });
    await into.interviews.put({
      id: ids(3),
      jobId,
      kind: 'technical',
      scheduledAt: at,
      interviewers: ['Sam'],
      questions: ['Design a rate limiter'],
      notes: 'Revise token buckets',
      createdAt: at,
      updatedAt: at,
    } as never);
    await into.offers.put({
      id: ids(4),
      jobId,
      status: 'pending',
      baseSalary: 120000,
      currency: 'EUR',
      period: 'YEAR',
      startDate: null,
      respondBy: '2026-02-01',
      notes: '',
      createdAt: at,
      updatedAt: at,
    } as never);
    await into.people.put({
      id: ids(5),
      name: 'Ana Ruiz',
      role: 'recruiter',
      jobIds: [jobId],
      createdAt: at,
      updatedAt: at,
    });
    await into.interactions.put({
      id: ids(6),
      personId: ids(5),
      jobId,
      on: '2026-01-02',
      channel: 'call',
      summary: 'Screening call went well',
      createdAt: at,
      updatedAt: at,
    });
  }

  it('restores notes, contacts, rounds, offers, people and their log on another browser', async () => {
    await seed(db);
    const file = JSON.stringify(await exportAll(db));
    const other = new JobrakerDatabase(`test-backup-other-${Math.random()}`);
    try {
      const summary = await importAll(other, file);
      expect(summary.total).toBeGreaterThanOrEqual(7);
      expect((await other.jobNotes.toArray()).map((n) => n.body)).toEqual(['Asked about the on-call rota']);
      expect((await other.jobContacts.toArray()).map((c) => c.name)).toEqual(['Ana Ruiz']);
      expect((await other.interviews.toArray())[0]?.questions).toEqual(['Design a rate limiter']);
      expect((await other.offers.toArray())[0]?.baseSalary).toBe(120000);
      expect((await other.people.toArray())[0]?.jobIds).toEqual([jobId]);
      expect((await other.interactions.toArray())[0]?.summary).toBe('Screening call went well');
    } finally {
      await other.delete();
    }
  });

  it('still imports a file written before these records were backed up', async () => {
    const older: Record<string, unknown> = { ...(await exportAll(db)), jobs: [job({ id: jobId })] };
    for (const key of ['jobNotes', 'jobContacts', 'interviews', 'offers', 'people', 'interactions'])
      delete older[key];
    await expect(importAll(db, JSON.stringify(older))).resolves.toMatchObject({ jobs: 1, total: 1 });
  });

  it('rejects a damaged note and writes nothing', async () => {
    const file = await hostileFile({
      jobNotes: [{ id: ids(1), jobId, body: '', createdAt: at, updatedAt: at }],
    });
    await expect(importAll(db, file)).rejects.toThrow(/jobNotes\.0\.body: Write the note/);
    expect(await db.jobNotes.count()).toBe(0);
  });
});

describe('a backup holds reminders’ decisions, follow-up days and watched companies', () => {
  const jobId = '01900000-0000-7000-8000-000000000201';
  const alert = (id: string, name: string) => ({
    id,
    boardKey: 'greenhouse:northwind',
    ats: 'greenhouse' as const,
    board: 'northwind',
    name,
    frequency: 'daily' as const,
    criteria: { titles: ['Engineer'], locations: [], remoteOnly: false },
    minScore: 40,
    enabled: true,
    createdAt: at,
    updatedAt: at,
  });

  it('restores them on another browser; a board it already watches keeps its own alert', async () => {
    await db.reminderDecisions.put({
      id: '01900000-0000-7000-8000-000000000202',
      key: `follow-up:${jobId}`,
      jobId,
      doneAt: at,
      updatedAt: at,
    });
    await db.followUps.put({ jobId, days: 10, updatedAt: at });
    await db.watchAlerts.put(alert('01900000-0000-7000-8000-000000000203', 'Northwind from the backup'));
    const file = JSON.stringify(await exportAll(db));
    expect(file).not.toContain('boardKey');

    const other = new JobrakerDatabase(`test-backup-extras-${Math.random()}`);
    try {
      await other.watchAlerts.put(alert('01900000-0000-7000-8000-000000000204', 'Northwind here'));
      await importAll(other, file);
      expect((await other.reminderDecisions.toArray())[0]?.doneAt).toBe(at);
      expect(await other.followUps.get(jobId)).toMatchObject({ days: 10 });
      expect((await other.watchAlerts.toArray()).map((a) => a.name)).toEqual(['Northwind here']);
    } finally {
      await other.delete();
    }
  });

  it('refuses absurd follow-up days with the place named, and writes nothing', async () => {
    const file = await hostileFile({ followUps: [{ jobId, days: 100000, updatedAt: at }] });
    await expect(importAll(db, file)).rejects.toThrow(/damaged at followUps\.0\.days/);
    expect(await db.followUps.count()).toBe(0);
  });
});
