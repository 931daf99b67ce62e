import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import '../adapters/all.ts';
import { extractJob } from '../extract.ts';

const DESCRIPTION = `<p>You will be the first solutions engineer at a small team that builds support agents.</p>
<ul><li>Lead onboarding calls with customers and map their workflows</li><li>Write integration code in TypeScript</li></ul>
<p>We are 14 people and already live with 30 paying customers across North America and Europe.</p>`;
const now = () => new Date('2026-01-15T00:00:00Z');

const shell = (script: string, body = '<div id="root"><h1>Founding Solutions Engineer</h1></div>') =>
  parseHTML(
    `<!doctype html><html><head><title>Jobs</title></head><body>${body}<script>${script}</script></body></html>`,
  ).document;

describe('the posting in the app state a thin page ships', () => {
  it('reads company, place, pay, type and description from window.__appData, over the URL slug', () => {
    const data = {
      organization: { name: 'Halyard Labs' },
      posting: {
        title: 'Founding Solutions Engineer',
        locationName: 'United States',
        workplaceType: 'Remote',
        employmentType: 'FullTime',
        compensation: {
          compensationTiers: [
            {
              components: [
                {
                  compensationType: 'Salary',
                  interval: '1 YEAR',
                  currencyCode: 'USD',
                  minValue: 150000,
                  maxValue: 190000,
                },
              ],
            },
          ],
        },
        descriptionHtml: DESCRIPTION,
      },
    };
    const job = extractJob(
      shell(`window.__appData = ${JSON.stringify(data)};`),
      'https://jobs.ashbyhq.com/work/d41f',
      { now },
    );
    expect(job.fields).toMatchObject({
      title: 'Founding Solutions Engineer',
      company: 'Halyard Labs',
      workType: 'remote',
      employmentType: 'full_time',
      salary: { min: 150000, max: 190000, currency: 'USD', period: 'YEAR' },
    });
    expect(job.fields.locations?.[0]?.country).toBe('US');
    expect(job.fields.descriptionText).toContain('first solutions engineer');
    expect(job.provenance.company?.detail).toMatch(/app state/);
  });

  it('reads a JSON block and a pay summary line; ignores app state with no posting in it', () => {
    const block = `{"jobPostingInfo":{"title":"Maintenance Technician","jobDescription":${JSON.stringify(DESCRIPTION)},"location":"Austin, TX","timeType":"Part time","payRange":"$24.50 - $31.00 per hour"}}`;
    const doc = parseHTML(
      `<html><body><h1>Maintenance Technician</h1><script type="application/json">${block}</script></body></html>`,
    ).document;
    const job = extractJob(doc, 'https://example.test/jobs/1', { now });
    expect(job.fields).toMatchObject({
      employmentType: 'part_time',
      salary: { min: 24.5, max: 31, period: 'HOUR' },
    });
    expect(job.fields.locations?.[0]?.city).toBe('Austin');
    const none = extractJob(
      shell('window.config = {"theme":{"color":"#000"},"flags":{"beta":true}};'),
      'https://example.test/x',
      { now },
    );
    expect(Object.values(none.provenance).some((p) => /app state/.test(p.detail ?? ''))).toBe(false);
  });

  it('reads the employment type from the posting’s named fields when it has no type key', () => {
    const data = {
      props: {
        pageProps: {
          job: {
            title: 'Founding Solutions Engineer',
            content: DESCRIPTION,
            metadata: [{ name: 'Employment type', value: 'Part-time' }],
          },
        },
      },
    };
    const job = extractJob(
      shell(`window.__NEXT_DATA__ = ${JSON.stringify(data)};`),
      'https://example.test/careers/founding-solutions-engineer',
      { now },
    );
    expect(job.fields.employmentType).toBe('part_time');
  });

  it('takes "Remote job: No", "Work Location: In person" and French télétravail days as the arrangement', () => {
    const page = (inner: string) =>
      extractJob(
        parseHTML(`<html><body><h1>Analyst</h1>${inner}</body></html>`).document,
        'https://example.test/j',
        { now },
      );
    expect(page('<dl><dt>Remote job</dt><dd>No</dd></dl><p>Analyse soil samples.</p>').fields.workType).toBe(
      'onsite',
    );
    expect(
      page(
        '<div class="description"><p>Serve customers at the counter.</p><p>Work Location: In person</p></div>',
      ).fields.workType,
    ).toBe('onsite');
    expect(
      page('<div class="description"><ul><li>Télétravail partiel : 2 jours par semaine</li></ul></div>')
        .fields.workType,
    ).toBe('hybrid');
  });
});

describe('a posting fetched by the page and kept as a JSON string', () => {
  it('reads the role inside a fetched response whose body is a JSON string (SvelteKit)', () => {
    const role = {
      role: {
        title: 'Cheese Grader',
        location: { label: 'Skibbereen, Co. Cork', country: 'IE' },
        employmentType: 'PERMANENT_PART_TIME',
        descriptionHtml: DESCRIPTION,
      },
    };
    const fetched = JSON.stringify({ status: 200, headers: {}, body: JSON.stringify(role) });
    const doc = parseHTML(
      `<!doctype html><html><head><title>Careers</title></head><body><div class="skeleton"></div>
      <script type="application/json" data-sveltekit-fetched data-url="/api/roles/grader">${fetched}</script></body></html>`,
    ).document;
    const f = extractJob(doc, 'https://careers.example.ie/roles/grader', { now }).fields;
    expect(f.title).toBe('Cheese Grader');
    expect(f.locations?.[0]?.raw).toMatch(/Skibbereen/);
    expect(f.employmentType).toBe('part_time');
    expect(f.descriptionText).toContain('first solutions engineer');
  });
});

describe('pay the app state carries while the text is in the page', () => {
  const jobPost = (name: string, start: number) => ({
    name,
    workLocations: ['Tampa, FL'],
    payRangeDetails: [{ rangeStart: start, rangeEnd: start + 3, currency: 'USD', frequency: 'PER_HOUR' }],
  });
  const next = (pageProps: unknown) => ({
    props: { pageProps },
    page: '/[companySlug]/jobs/[jobId]',
    query: { companySlug: 'gulfview-dermatology', jobId: '3f6b2c81-7d1e-4a90-b5c4-8e02d7f9a613' },
    buildId: 'r8Jq2mVw',
  });
  const page = (data: unknown, text = '') =>
    extractJob(
      parseHTML(
        `<!doctype html><html><head><title>Scheduler</title></head><body><main><h1>Scheduler</h1>${DESCRIPTION}${text}</main>
        <script id="__NEXT_DATA__" type="application/json">${JSON.stringify(data)}</script></body></html>`,
      ).document,
      'https://careers.example.com/jobs/1',
      { now },
    ).fields.salary;

  it('reads the pay of the one posting object in the data, though it has no description', () => {
    const data = next({ apiData: { jobPost: jobPost('Scheduler', 19) } });
    expect(page(data)).toMatchObject({ min: 19, max: 22, currency: 'USD', period: 'HOUR' });
  });

  it('leaves the pay the page states, and a board estimate, alone', () => {
    const data = next({ apiData: { jobPost: jobPost('Scheduler', 19) } });
    expect(page(data, '<p>Pay: $24.00 - $27.00 per hour.</p>')).toMatchObject({ min: 24, max: 27 });
    const forecast = {
      name: 'Scheduler',
      salary: { type: 'FORECAST', min: 41500, max: 48000, currency: 'EUR' },
    };
    expect(page(next({ job: forecast }))).toBeUndefined();
  });

  it('reads no pay from a list of postings: which one is this job is unknown', () => {
    const data = next({ jobs: [jobPost('Scheduler', 19), jobPost('Receptionist', 16)] });
    expect(page(data)).toBeUndefined();
  });
});
