import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractJob } from '../extract.ts';
import teamtailor from './teamtailor.ts';

const now = () => new Date('2026-01-15T00:00:00Z');

describe('Teamtailor description', () => {
  it('joins the requirement and benefit sections the career site prints after the body', () => {
    const section = (model: string, inner: string) =>
      `<section class="block-text" data-section-model="${model}"><div class="prose">${inner}</div></section>`;
    const { document } = parseHTML(`<html><body><main>
      <section data-section-model="job-header"><h1>Ferry Deck Officer</h1></section>
      ${section('job-body', '<p>Keep the car deck of our island ferry loading on time, all year round.</p>')}
      ${section('job-requirements', '<h3>You bring</h3><ul><li>A deck officer licence for coastal waters</li></ul>')}
      ${section('job-benefits', '<h3>We offer</h3><ul><li>Free crossings for your family</li></ul>')}
      <section data-section-model="other-jobs"><h2>Other jobs</h2><ul><li><a href="/jobs/2">Cook</a></li></ul></section>
      </main></body></html>`);
    const job = extractJob(document, 'https://saaristo.teamtailor.com/jobs/77-ferry-deck-officer', {
      now,
      adapters: [teamtailor],
    });
    expect(job.fields.descriptionText).toContain('car deck');
    expect(job.fields.descriptionText).toContain('coastal waters');
    expect(job.fields.descriptionText).toContain('Free crossings');
    expect(job.fields.descriptionText).not.toContain('Cook');
  });
});
