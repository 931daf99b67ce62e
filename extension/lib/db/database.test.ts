import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { JobrakerDatabase } from './database.ts';

describe('database versions', () => {
  it('walks a v1 database forward, giving old jobs the fields later code relies on', async () => {
    const name = `upgrade-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({
      jobs: 'id, &canonicalUrl, fuzzyKey, stage, updatedAt, createdAt, *aliases',
      stageEvents: 'id, jobId, at',
      settings: 'key',
    });
    await v1.table('jobs').add({
      id: '01900000-0000-7000-8000-000000000001',
      title: 'Old job',
      company: 'Legacy Co',
      canonicalUrl: 'https://legacy.example/1',
      stage: 'applied',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-02-01T00:00:00.000Z',
    });
    v1.close();

    const db = new JobrakerDatabase(name);
    try {
      const job = await db.jobs.get('01900000-0000-7000-8000-000000000001');
      expect(job).toMatchObject({
        aliases: [],
        userEdited: [],
        gaps: [],
        stageChangedAt: '2025-02-01T00:00:00.000Z',
      });
      expect(db.verno).toBe(14);
      expect(await db.autoApplyRules.count()).toBe(0); // v6 adds the auto-apply tables
      expect(await db.jobNotes.count()).toBe(0); // v7 adds a job's notes and contacts as rows
      await db.savedAnswers.add({
        id: '01900000-0000-7000-8000-000000000002',
        question: 'Why us?',
        answer: 'Robots.',
        updatedAt: '2025-01-01T00:00:00.000Z',
      });
      expect(await db.savedAnswers.count()).toBe(1);
    } finally {
      await db.delete();
    }
  });

  it('keeps the words of match gaps stored as sentences, now as data', async () => {
    const name = `upgrade-gaps-${Math.random()}`;
    const v3 = new Dexie(name);
    v3.version(3).stores({ matches: 'jobId, score' });
    await v3.table('matches').add({ jobId: 'j1', score: 40, gaps: ['Kubernetes (required)'] });
    v3.close();
    const db = new JobrakerDatabase(name);
    try {
      expect((await db.matches.get('j1'))?.gaps).toEqual([{ kind: 'note', text: 'Kubernetes (required)' }]);
    } finally {
      await db.delete();
    }
  });
});
