import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobDraft } from '../../../shared/domain/index.ts';
import { JobrakerDatabase } from '../db/database.ts';
import { saveDraft } from './jobs.ts';
import { recomputeMatches } from './matches.ts';
import { getProfile, newPersona, savePersona, saveProfile } from './profile.ts';

let db: JobrakerDatabase;
beforeEach(() => {
  db = new JobrakerDatabase(`matches-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const posting = (n: number, title: string, description: string): JobDraft => ({
  url: `https://jobs.example.com/${n}`,
  canonicalUrl: `https://jobs.example.com/${n}`,
  ats: null,
  fields: {
    title,
    company: 'Acme',
    descriptionText: description,
    locations: [{ raw: 'Remote' }],
    workType: 'remote',
  },
  provenance: {},
  gaps: [],
  extractedAt: '2026-01-01T00:00:00.000Z',
});

describe('recomputeMatches', () => {
  it('scores nothing until the profile says something about the person', async () => {
    await saveDraft(db, posting(1, 'Backend Engineer', 'Requirements: Go, PostgreSQL, Kubernetes.'));
    await getProfile(db);
    expect(await recomputeMatches(db)).toBe(0);
    expect(await db.matches.count()).toBe(0);
  });

  it('ranks the job that fits the profile above the one that does not, with evidence', async () => {
    const backend = await saveDraft(
      db,
      posting(1, 'Backend Engineer', 'Requirements:\n- 3+ years of Go\n- PostgreSQL\n- Kubernetes'),
    );
    const nurse = await saveDraft(
      db,
      posting(2, 'Registered Nurse', 'Requirements:\n- RN license\n- 2 years of ICU experience'),
    );
    const profile = await getProfile(db);
    await saveProfile(db, {
      ...profile,
      targetTitles: ['Backend Engineer'],
      workTypes: ['remote'],
      skills: [
        { name: 'Go', source: 'input', years: 4 },
        { name: 'PostgreSQL', source: 'input' },
        { name: 'Kubernetes', source: 'input' },
      ],
    });
    await savePersona(db, newPersona('Backend', ['Backend Engineer']));
    expect(await recomputeMatches(db)).toBe(2);
    const good = (await db.matches.get(backend.job.id))!;
    const bad = (await db.matches.get(nurse.job.id))!;
    expect(good.score).toBeGreaterThan(bad.score);
    expect(good.requirements.some((r) => r.status === 'met' && r.evidence)).toBe(true);
    expect(good.personaId).not.toBeNull();
  });
});
