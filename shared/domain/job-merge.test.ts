import { describe, expect, it } from 'vitest';
import type { JobDraft } from './job.ts';
import { fuzzyKey } from './job-identity.ts';
import { applyUserEdit, jobFromDraft, mergeDraftIntoJob } from './job-merge.ts';

const draft = (over: Partial<JobDraft> = {}): JobDraft => ({
  url: 'https://boards.example/acme/jobs/1?utm_source=x',
  canonicalUrl: 'https://boards.example/acme/jobs/1',
  ats: null,
  fields: { title: 'Backend Engineer', company: 'Acme Inc.', locations: [{ raw: 'Berlin, Germany' }] },
  provenance: {
    title: { source: 'heuristic', confidence: 0.5 },
    company: { source: 'meta', confidence: 0.7 },
  },
  gaps: ['salary'],
  extractedAt: '2026-01-01T00:00:00.000Z',
  ...over,
});

describe('job merge', () => {
  it('makes a saved card from a first capture, remembering the tracking URL as an alias', () => {
    const job = jobFromDraft(draft(), '01900000-0000-7000-8000-000000000000', '2026-01-01T00:00:00.000Z');
    expect(job).toMatchObject({ stage: 'saved', title: 'Backend Engineer', gaps: ['salary'] });
    expect(job.aliases).toEqual(['https://boards.example/acme/jobs/1?utm_source=x']);
    expect(job.fuzzyKey).toBe(fuzzyKey('Acme', 'Backend Engineer', 'Berlin'));
  });

  it('lets a stronger source replace a weaker one, never the reverse', () => {
    const job = jobFromDraft(draft(), '01900000-0000-7000-8000-000000000000', '2026-01-01T00:00:00.000Z');
    const better = mergeDraftIntoJob(
      job,
      draft({
        fields: { title: 'Senior Backend Engineer', company: 'Guess Co' },
        provenance: {
          title: { source: 'jsonld', confidence: 0.95 },
          company: { source: 'heuristic', confidence: 0.3 },
        },
      }),
      '2026-01-02T00:00:00.000Z',
    );
    expect(better.title).toBe('Senior Backend Engineer');
    expect(better.company).toBe('Acme Inc.');
  });

  it('keeps the user edits across recaptures', () => {
    const job = jobFromDraft(draft(), '01900000-0000-7000-8000-000000000000', '2026-01-01T00:00:00.000Z');
    const edited = applyUserEdit(job, { title: 'Staff Engineer' }, '2026-01-02T00:00:00.000Z');
    const again = mergeDraftIntoJob(
      edited,
      draft({
        fields: { title: 'Backend Engineer' },
        provenance: { title: { source: 'api', confidence: 1 } },
      }),
      '2026-01-03T00:00:00.000Z',
    );
    expect(again.title).toBe('Staff Engineer');
    expect(again.provenance.title?.source).toBe('user');
  });

  it('fills a gap when a later capture finds the field', () => {
    const job = jobFromDraft(draft(), '01900000-0000-7000-8000-000000000000', '2026-01-01T00:00:00.000Z');
    const salary = { min: 1, max: 2, currency: 'EUR', period: 'YEAR' as const };
    const next = mergeDraftIntoJob(
      job,
      draft({ fields: { salary }, provenance: {} }),
      '2026-01-02T00:00:00.000Z',
    );
    expect(next.salary).toEqual(salary);
    expect(next.gaps).toEqual([]);
  });

  it('ignores legal suffixes and accents in the fuzzy key', () => {
    expect(fuzzyKey('Société Générale S.A.', 'Data Engineer', 'Paris (Hybrid)')).toBe(
      fuzzyKey('Societe Generale', 'Data  Engineer', 'Paris'),
    );
  });
});
