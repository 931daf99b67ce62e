import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractJob } from './extract.ts';

/** Structured data a template filled in, beside a page that says otherwise (capture178). */
const now = () => new Date('2026-01-15T00:00:00Z');
const ld = (o: object) =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org/', '@type': 'JobPosting', ...o })}</script>`;
const read = (head: string, body: string) =>
  extractJob(
    parseHTML(`<html><head><title>Post</title>${head}</head><body>${body}</body></html>`).document,
    'https://careers.quillmate.com/jobs/4711',
    { now, adapters: [] },
  ).fields;
const TEXT =
  '<p>We are looking for someone to rebuild our API reference and guides, work with engineers on every release and keep the docs site fast and searchable for the developers who use it every day.</p>';

describe("structured data's FULL_TIME beside a page that names the engagement", () => {
  it('the page\'s own "Contract" wins over a default FULL_TIME', () => {
    const head = ld({ title: 'Technical Writer', employmentType: 'FULL_TIME', description: TEXT });
    const contract = read(
      head,
      `<h1>Technical Writer</h1><p class="employment-type">Contract</p><div class="description">${TEXT}</div>`,
    );
    expect(contract.employmentType).toBe('contract');
    // (a label span run into its value, "Contract type Permanent", names no contract)
    const permanent = read(
      head,
      `<h1>Technical Writer</h1><div data-at="metadata-contract-type"><span>Contract type</span><span>Permanent</span></div><div class="description">${TEXT}</div>`,
    );
    expect(permanent.employmentType).toBe('full_time');
  });

  it("a baseSalary of 1 is a placeholder: the page's visible pay is read instead", () => {
    const head = ld({
      title: 'Registered Nurse',
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'USD',
        value: { minValue: 1, maxValue: 1, unitText: 'HOUR' },
      },
    });
    const f = read(
      head,
      `<h1>Registered Nurse</h1><dl><dt>Pay range</dt><dd>$52.10 - $78.15 per hour</dd></dl><div class="description">${TEXT}</div>`,
    );
    expect(f.salary).toMatchObject({ min: 52.1, max: 78.15, period: 'HOUR' });
  });

  it("an intern's stipend named for the internship is the pay", () => {
    const f = read(
      '',
      `<h1>Marketing Intern</h1><div class="description">${TEXT}<ul><li>Internship stipend of €900 per month (gross)</li><li>Lunch vouchers</li></ul></div>`,
    );
    expect(f.salary).toMatchObject({ min: 900, max: 900, currency: 'EUR', period: 'MONTH' });
  });
});

describe('structured data about another job than the one the page shows', () => {
  const page = (head: string) =>
    extractJob(
      parseHTML(
        `<html><head><title>Senior Data Analyst - Ridgeline Outdoor Co.</title>${head}</head><body><h1>Senior Data Analyst</h1><div class="description">${TEXT}<p>Salary range: $118,000 – $138,000 per year.</p></div></body></html>`,
      ).document,
      'https://careers.ridgeline.com/jobs/4711',
      { now, adapters: [] },
    ).fields;

  it("a sibling requisition's JSON-LD ('Data Analyst II' on the 'Senior Data Analyst' page) is not read", () => {
    const f = page(
      ld({
        title: 'Data Analyst II',
        baseSalary: {
          '@type': 'MonetaryAmount',
          currency: 'USD',
          value: { minValue: 82000, maxValue: 96000, unitText: 'YEAR' },
        },
      }),
    );
    expect(f.title).toBe('Senior Data Analyst');
    expect(f.salary).toMatchObject({ min: 118000, max: 138000 });
  });

  it('of several JobPostings, the one about the job shown is read', () => {
    const list = `<script type="application/ld+json">${JSON.stringify([
      {
        '@context': 'https://schema.org/',
        '@type': 'JobPosting',
        title: 'Picker Packer',
        employmentType: 'TEMPORARY',
      },
      {
        '@context': 'https://schema.org/',
        '@type': 'JobPosting',
        title: 'Senior Data Analyst',
        employmentType: 'FULL_TIME',
      },
    ])}</script>`;
    expect(page(list).employmentType).toBe('full_time');
  });

  it('JSON-LD whose title is the shown title without its decorations is still this job', () => {
    const f = page(ld({ title: 'Senior Data Analyst (Hybrid)', employmentType: 'PART_TIME' }));
    expect(f.employmentType).toBe('part_time');
  });
});
