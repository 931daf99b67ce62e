import { describe, expect, it } from 'vitest';
import { JobrakerDatabase } from '../db/database.ts';
import { saveDraft } from '../services/jobs.ts';
import { unwatch, updateWatch, watchCompany } from './alerts.ts';

const fresh = () => new JobrakerDatabase(`alerts-${Math.random()}`);
const draft = (url: string, ats: { ats: 'lever'; id: string; board: string } | null) => ({
  url,
  canonicalUrl: url,
  ats,
  fields: { title: 'Backend Engineer', company: 'Quillfeather' },
  provenance: {},
  gaps: [],
  extractedAt: '2026-12-04T00:00:00.000Z',
});

describe('following a company', () => {
  it('from a saved job: its board, named after its company; twice is still one alert', async () => {
    const db = fresh();
    const { job } = await saveDraft(
      db,
      draft('https://jobs.lever.co/quillfeather/5a1c2d3e-0000-4000-8000-00000000a001', {
        ats: 'lever',
        id: '5a1c2d3e-0000-4000-8000-00000000a001',
        board: 'quillfeather',
      }),
    );
    const a = await watchCompany(db, { jobId: job.id });
    expect(a).toMatchObject({
      ats: 'lever',
      board: 'quillfeather',
      name: 'Quillfeather',
      frequency: 'daily',
    });
    const b = await watchCompany(db, { url: 'https://jobs.lever.co/QuillFeather' });
    expect(b.id).toBe(a.id);
    expect(await db.watchAlerts.count()).toBe(1);
  });

  it('refuses a job or URL that is not on a board with a public list, saying why', async () => {
    const db = fresh();
    const { job } = await saveDraft(db, draft('https://www.linkedin.com/jobs/view/123', null));
    await expect(watchCompany(db, { jobId: job.id })).rejects.toThrow(
      'is not a Greenhouse, Lever or Ashby board',
    );
    await expect(watchCompany(db, { url: 'ftp://jobs.lever.co/x' })).rejects.toThrow('Paste the company');
    expect(await db.watchAlerts.count()).toBe(0);
  });

  it('edits clamp the threshold, and stopping forgets what the alert saw', async () => {
    const db = fresh();
    const a = await watchCompany(db, { url: 'https://jobs.ashbyhq.com/lumenforge' });
    expect((await updateWatch(db, a.id, { minScore: 140 })).minScore).toBe(100);
    await db.watchSeen.add({
      id: `${a.id}|x`,
      alertId: a.id,
      postingId: 'x',
      title: 't',
      url: 'https://jobs.ashbyhq.com/lumenforge/x',
      location: null,
      firstSeenAt: a.createdAt,
      score: null,
      matched: true,
      body: {},
    });
    await unwatch(db, a.id);
    expect(await db.watchAlerts.count()).toBe(0);
    expect(await db.watchSeen.count()).toBe(0);
    await expect(updateWatch(db, a.id, { enabled: false })).rejects.toThrow('removed');
  });
});
