import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractJob } from '../extract.ts';
import lever from './lever.ts';

const now = () => new Date('2026-01-15T00:00:00Z');
const wrap = (inner: string) => `<div class="section-wrapper page-full-width">${inner}</div>`;

describe('Lever description', () => {
  it('reads every section after the intro when each sits in its own wrapper', () => {
    const { document } =
      parseHTML(`<html><body><div class="content-wrapper posting-page"><div class="content">
      ${wrap(`<div class="section page-centered posting-header"><div class="posting-headline"><h2>Sales Engineer</h2>
        <div class="posting-categories"><div class="location">Bristol</div></div></div></div>`)}
      ${wrap('<div class="section page-centered" data-qa="job-description"><div>You own whether the cell will work.</div></div>')}
      ${wrap('<div class="section page-centered"><h3>What the job involves</h3><ul><li>Scoping machine-tending cells on site</li></ul></div>')}
      ${wrap('<div class="section page-centered"><h3>The package</h3><ul><li>25 days of holiday</li></ul></div>')}
      <div class="section page-centered last-section-apply"><a class="postings-btn" href="/apply">Apply for this job</a></div>
      </div></div></body></html>`);
    const job = extractJob(document, 'https://jobs.lever.co/halyard/3b7e9c41-55d2-4f0a-9a1e-2c6d8e0f7a13', {
      now,
      adapters: [lever],
    });
    const text = job.fields.descriptionText ?? '';
    expect(text).toContain('You own whether the cell will work.');
    expect(text).toContain('Scoping machine-tending cells on site');
    expect(text).toContain('25 days of holiday');
    expect(text).not.toContain('Bristol');
    expect(text).not.toContain('Apply for this job');
  });
});
