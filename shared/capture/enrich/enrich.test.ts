import { describe, expect, it } from 'vitest';
import type { JobDraft } from '../../domain/job.ts';
import { enrichDraft } from './enrich.ts';

const draft = (over: Partial<JobDraft> = {}): JobDraft => ({
  url: 'https://job-boards.greenhouse.io/acme/jobs/4012345',
  canonicalUrl: 'https://job-boards.greenhouse.io/acme/jobs/4012345',
  ats: { ats: 'greenhouse', id: '4012345', board: 'acme' },
  fields: { title: 'Site Reliability Engineer', company: 'Acme' },
  provenance: { title: { source: 'adapter', confidence: 0.85 } },
  gaps: ['salary', 'locations'],
  extractedAt: '2026-11-01T00:00:00.000Z',
  ...over,
});

// Shaped like the public Greenhouse job endpoint's answer (fields from its published docs).
const GREENHOUSE = {
  id: 4012345,
  title: 'SRE (from the API)',
  location: { name: 'Denver, CO' },
  absolute_url: 'https://job-boards.greenhouse.io/acme/jobs/4012345',
  content: '&lt;p&gt;Keep the lights on.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;',
  pay_input_ranges: [{ min_cents: 15000000, max_cents: 19000000, currency_type: 'USD' }],
};

describe('enrichDraft', () => {
  it('fills only what the page lacked, marking the source as the API', async () => {
    const asked: string[] = [];
    const out = await enrichDraft(draft(), async (url) => {
      asked.push(url);
      return GREENHOUSE;
    });
    expect(asked).toEqual([
      'https://boards-api.greenhouse.io/v1/boards/acme/jobs/4012345?pay_transparency=true',
    ]);
    expect(out.fields.title).toBe('Site Reliability Engineer');
    expect(out.fields.salary).toEqual({ min: 150000, max: 190000, currency: 'USD', period: 'YEAR' });
    expect(out.fields.locations?.[0]?.raw).toBe('Denver, CO');
    expect(out.fields.descriptionHtml).toContain('Keep the lights on.');
    expect(out.fields.descriptionHtml).not.toContain('script');
    expect(out.provenance.salary).toMatchObject({ source: 'api' });
    expect(out.gaps).toEqual([]);
    expect(out.enrichment).toMatchObject({ api: 'greenhouse', ok: true });
  });

  it('records a failure and changes nothing else', async () => {
    const before = draft();
    const out = await enrichDraft(before, async () => {
      throw new Error('HTTP 500 from boards-api.greenhouse.io');
    });
    expect(out.fields).toEqual(before.fields);
    expect(out.gaps).toEqual(before.gaps);
    expect(out.enrichment).toMatchObject({ ok: false, message: 'HTTP 500 from boards-api.greenhouse.io' });
  });

  it('reads Lever and finds the Ashby job among the board’s jobs', async () => {
    const lever = await enrichDraft(
      draft({
        ats: { ats: 'lever', id: '8a5c0f1e-1111-4a2b-9c3d-1234567890ab', board: 'acme' },
        fields: { title: 'X' },
        gaps: ['salary'],
      }),
      async () => ({
        text: 'X',
        categories: { location: 'Remote - US', commitment: 'Full-time' },
        workplaceType: 'remote',
        salaryRange: { currency: 'USD', interval: 'per-year-salary', min: 120000, max: 140000 },
      }),
    );
    expect(lever.fields).toMatchObject({
      employmentType: 'full_time',
      workType: 'remote',
      salary: { min: 120000, period: 'YEAR' },
    });

    const ashby = await enrichDraft(
      draft({ ats: { ats: 'ashby', id: 'b2', board: 'acme' }, fields: { title: 'Y' }, gaps: [] }),
      async () => ({
        jobs: [
          { id: 'b1', title: 'Other' },
          { id: 'b2', title: 'Y', location: 'Berlin', isRemote: false, employmentType: 'FullTime' },
        ],
      }),
    );
    expect(ashby.fields.locations?.[0]?.raw).toBe('Berlin');
    expect(ashby.enrichment?.ok).toBe(true);
  });

  it('leaves pages from other boards alone', async () => {
    const other = draft({ ats: { ats: 'linkedin', id: '123' } });
    expect(await enrichDraft(other, async () => ({}))).toBe(other);
  });
});
