import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractJob } from './extract.ts';
import { workTypeFromProse } from './normalize/arrangement.ts';
import { parseEmploymentType } from './normalize/employment.ts';
import { employmentTypeOfTitle } from './normalize/employment-title.ts';
import { parseSalary } from './normalize/salary.ts';
import { plainTitle } from './normalize/title-decorations.ts';

/**
 * Career pages that state the terms only in running text (capture197), staffing agencies' postings
 * (capture198), large employers' ATS pages abroad (capture199) and pay-transparency pages (capture193).
 */
const now = () => new Date('2026-01-15T00:00:00Z');
const fields = (body: string, head = '') =>
  extractJob(
    parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document,
    'https://jobs.example/p/1',
    {
      now,
      adapters: [],
    },
  ).fields;
const filler =
  'You will work with a small team on real projects and learn a great deal along the way. '.repeat(3);

describe("other teams' ways of working are not this job's", () => {
  it('reads a named team working remote-first, and an internship not available fully remotely, as not remote', () => {
    const text =
      'You will work from our office in Berlin-Kreuzberg (Wassertorhof 8, 10969 Berlin) at least three days a week and can work from home on the other days. Our engineering team in Lisbon works remote-first, but for interns we want you close to your team, so this internship is not available fully remotely.';
    expect(workTypeFromProse(text)).toBe('hybrid');
  });

  it('reads a job done fully remotely from anywhere in the country as remote, whatever the workshop staff do', () => {
    expect(
      workTypeFromProse(
        'Our workshop and shop staff work on-site in Sydenham for obvious reasons, but the books live in the cloud. The role can be done fully remotely from anywhere in New Zealand.',
      ),
    ).toBe('remote');
  });
});

describe('a page that prints no location', () => {
  it('takes the one office the description says the job works from', () => {
    const job = fields(`<h1>Product Marketing Intern</h1><div class="description"><p>${filler}</p>
      <p>You will work from our office in Berlin-Kreuzberg at least three days a week and can work from home on the other days.</p></div>`);
    expect(job.locations?.[0]).toMatchObject({ city: 'Berlin', country: 'DE' });
  });
});

describe("a bare dollar named with its country's pension", () => {
  it('is Australian "plus superannuation" and New Zealand\'s "plus KiwiSaver"', () => {
    expect(parseSalary('We are offering a salary of up to $95,000 plus superannuation')).toMatchObject({
      max: 95_000,
      currency: 'AUD',
    });
    expect(parseSalary('$28 an hour plus KiwiSaver')).toMatchObject({ currency: 'NZD' });
    expect(parseSalary('$95,000 plus benefits')).toMatchObject({ currency: 'USD' });
  });
});

describe("a staffing agency's terms", () => {
  it('reads "Job Type | Contract" in a summary table, and a "Contract" pill beside the title', () => {
    const table = fields(`<h1>Clinical Research Coordinator II</h1><table>
      <tr><th scope="row">Location</th><td>Cambridge, MA</td></tr><tr><th scope="row">Job Type</th><td>Contract</td></tr>
      <tr><th scope="row">Schedule</th><td>Hybrid – 2 days per week on site</td></tr></table><div class="description"><p>${filler}</p></div>`);
    expect(table.employmentType).toBe('contract');
    const pills = fields(`<main><h1>Senior UX Designer</h1><p class="loc">Minneapolis, MN</p>
      <p><span class="pill">Contract</span> <span class="pill">6 months</span></p><div class="description"><p>${filler}</p></div></main>`);
    expect(pills.employmentType).toBe('contract');
  });

  it('does not read the pay of a "You might also like" card as the job\'s', () => {
    const job = fields(`<main><h1>Senior UX Designer</h1><div class="description"><p>${filler}</p>
      <p>Pay for this role is $70–80/hr on W2, based on experience.</p></div>
      <aside><div class="card"><h3>You might also like</h3><ul class="related">
      <li><a href="/jobs/2">UX Researcher</a><br><small>Remote · Contract · $60–68/hr</small></li>
      <li><a href="/jobs/3">Content Designer</a><br><small>Minneapolis, MN · Contract · $55–62/hr</small></li></ul></div></aside></main>`);
    expect(job.salary).toMatchObject({ min: 70, max: 80, period: 'HOUR' });
  });

  it('reads a direct hire with "no contract period" as full-time, and a title\'s "6 Month Contract" as a contract', () => {
    expect(parseEmploymentType('Direct hire, full-time (no contract period)')).toBe('full_time');
    expect(employmentTypeOfTitle('Senior .NET Developer - 6 Month Contract')).toBe('contract');
    expect(employmentTypeOfTitle('Contract Manager')).toBeNull();
  });

  it('reads a Workday "Worker Type: Intern" line over the full-time time type', () => {
    const job = fields(
      `<h1>Intern – Embedded Software</h1><div class="description"><p><b>Worker Type:</b> Intern (Fixed Term)<br><b>Stipend:</b> ₹35,000 per month</p><p>${filler}</p></div>`,
      `<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Intern – Embedded Software","employmentType":"FULL_TIME","hiringOrganization":{"@type":"Organization","name":"Asterion"}}</script>`,
    );
    expect(job.employmentType).toBe('internship');
  });
});

describe('pay ranges laid out for a country, or in spans', () => {
  it("reads the range given for the job's country in its own currency", () => {
    const job = fields(
      `<h1>Software Engineer, Mobile (iOS)</h1><div class="location">Montréal, Québec, Canada</div><div class="description"><p>${filler}</p>
      <p>For candidates in the United States, the base salary range is $135,000 – $165,000 USD. The range for this role in Canada is $118,000 – $142,000 CAD.</p></div>`,
    );
    expect(job.salary).toMatchObject({ min: 118_000, max: 142_000, currency: 'CAD' });
  });

  it('reads a range whose ends are spans around a divider', () => {
    const job = fields(`<h1>Senior Software Engineer</h1><div class="description"><p>${filler}</p></div>
      <div class="pay-range"><span>$184,000</span><span class="divider"></span><span>$230,000 USD</span></div>`);
    expect(job.salary).toMatchObject({ min: 184_000, max: 230_000, currency: 'USD' });
  });
});

describe("a requisition's number after the title", () => {
  it("is left out of Taleo's heading", () => {
    expect(plainTitle('Respiratory Therapist - PRN - 25004417')).toBe('Respiratory Therapist - PRN');
    expect(plainTitle('Nurse - 2026')).toBe('Nurse - 2026');
  });
});

describe('the last probes (capture203, capture204)', () => {
  it('reads an internship\'s own "Stipend:" line as its pay, and a home-working contribution as no pay', () => {
    expect(
      parseSalary('Internship details\n• Duration: 6 months\n• Stipend: ₹40,000 per month'),
    ).toMatchObject({
      min: 40_000,
      currency: 'INR',
      period: 'MONTH',
    });
    expect(parseSalary('Home office stipend: $500')).toBeNull();
    expect(parseSalary('£40 a month towards your home working costs')).toBeNull();
  });

  it("takes the title's contract over a board's one category for contract and temp work", () => {
    const job = fields(
      `<h1>Business Analyst - 6 Month Contract</h1><div class="description"><p>${filler}</p></div>`,
      `<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Business Analyst - 6 Month Contract","employmentType":"TEMPORARY","hiringOrganization":{"@type":"Organization","name":"Harbourlight Energy"}}</script>`,
    );
    expect(job.employmentType).toBe('contract');
  });

  it('keeps a part-time chip beside "a permanent contract after one year", which says nothing of the hours', () => {
    const job =
      fields(`<h1>Office Manager</h1><ul class="chips"><li>On-site</li><li>Part-time</li><li>24 - 28 hours per week</li></ul>
      <div class="description"><p>${filler}</p><ul><li>A salary of €2,450 – €2,850 gross per month for 28 hours</li><li>A permanent contract after one year of good cooperation</li></ul></div>`);
    expect(job.employmentType).toBe('part_time');
  });
});
