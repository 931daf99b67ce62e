import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractJob } from '../extract.ts';
import linkedin from './linkedin.ts';

const now = () => new Date('2026-01-15T00:00:00Z');

describe('LinkedIn top card chips', () => {
  it("reads the pay the card shows, not the viewer's own pay preference said to screen readers", () => {
    const { document } = parseHTML(`<html><body><main class="jobs-search__job-details--container">
      <div class="job-details-jobs-unified-top-card__job-title"><h1>Senior Data Analyst</h1></div>
      <ul><li class="job-details-jobs-unified-top-card__job-insight"><span><span class="ui-label">
        <span aria-hidden="true">$95K/yr - $120K/yr</span>
        <span class="visually-hidden">Matches your job preferences, minimum pay preference is 90000.</span></span>
        <span><span class="ui-label"><span aria-hidden="true">Full-time</span></span></span></span></li></ul>
      <div class="jobs-description__content"><p>Own the freight pricing dashboards and the weekly margin review with the commercial team.</p></div>
      </main></body></html>`);
    const job = extractJob(document, 'https://www.linkedin.com/jobs/view/4012345678/', {
      now,
      adapters: [linkedin],
    });
    expect(job.fields.salary).toMatchObject({ min: 95000, max: 120000, currency: 'USD', period: 'YEAR' });
    expect(job.fields.employmentType).toBe('full_time');
  });
});
