import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractJob } from './extract.ts';

/** Humanitarian, development and nonprofit postings (capture171). */
const now = () => new Date('2026-01-15T00:00:00Z');
const read = (body: string, url = 'https://careers.ngo.example/jobs/4120') =>
  extractJob(parseHTML(`<html><head><title>Post</title></head><body>${body}</body></html>`).document, url, {
    now,
    adapters: [],
  }).fields;
const fact = (term: string, value: string) => `<dt>${term}</dt><dd>${value}</dd>`;
const ABOUT =
  '<p>The programme rehabilitated strategic boreholes and shallow wells, established water user committees and supported households with hygiene promotion. The evaluation will assess relevance, effectiveness and sustainability, and document lessons for the next phase.</p>';

describe("a consultancy's terms", () => {
  it('a daily fee "up to a maximum of USD 450 per day" is the pay, and "Type: Consultancy" a contract', () => {
    const f = read(
      `<h1>Final Evaluation Consultant</h1><dl>${fact('Type', 'Consultancy')}</dl><div class="description">${ABOUT}<h3>Fees</h3><p>The daily fee will be commensurate with qualifications and experience, up to a maximum of USD 450 per day. Flights and a daily subsistence allowance will be covered separately.</p></div>`,
    );
    expect(f.salary).toMatchObject({ min: null, max: 450, currency: 'USD', period: 'DAY' });
    expect(f.employmentType).toBe('contract');
  });
});

describe("a post's facts as NGOs and the UN print them", () => {
  it('"Duty Station" is where the post is, and an intern\'s "Stipend" is the pay', () => {
    const f = read(
      `<h1>Communications Intern</h1><dl>${fact('Duty Station', 'Bangkok')}${fact('Stipend', 'CHF 2,200 per month (gross)')}</dl><div class="description">${ABOUT}</div>`,
    );
    expect(f.locations?.map((l) => l.raw)).toEqual(['Bangkok']);
    expect(f.salary).toMatchObject({ min: 2200, max: 2200, currency: 'CHF', period: 'MONTH' });
  });
});
