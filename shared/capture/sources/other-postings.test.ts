import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import '../adapters/all.ts';
import { extractJob } from '../extract.ts';

const now = () => new Date('2026-01-15T00:00:00Z');
const extract = (body: string, url = 'https://careers.example.test/jobs/1') =>
  extractJob(parseHTML(`<html><body>${body}</body></html>`).document, url, { now });
const POSTING = `<h1>Pharmacy Dispenser</h1><div class="description"><p>Dispense prescriptions accurately and
  help customers with over-the-counter advice in a busy community pharmacy.</p><ul><li>NVQ Level 2 in
  pharmacy services</li><li>Friendly and patient</li></ul></div>
  <dl><dt>Work schedule</dt><dd>Part-time</dd></dl>`;

describe('what belongs to other postings on the page', () => {
  it('takes no pay, place or type from a "People also viewed" or "Similar jobs" list', () => {
    const named = extract(`${POSTING}<div data-testid="relatedJobsContainer"><h2>People also viewed</h2>
      <div class="salary-snippet-container">£12.60 - £13.40 an hour</div><div data-testid="text-location">Stockport SK4</div></div>`);
    expect(named.fields.salary).toBeUndefined();
    const aside = extract(
      `${POSTING}<aside><h2>Similar jobs</h2><div class="salary">$85,000 - $95,000 a year</div></aside>`,
    );
    expect(aside.fields.salary).toBeUndefined();
    expect(aside.fields.employmentType).toBe('part_time'); // "Work schedule" is the type
  });

  it('takes no pay from a "More open roles" list at the foot of a careers page', () => {
    const job = extract(`${POSTING}<aside class="more-roles"><h2>More open roles</h2><ul>
      <li><a href="/jobs/2">Store Manager</a><span class="role-pay">$61,000 – $68,000</span></li></ul></aside>`);
    expect(job.fields.salary).toBeUndefined();
    const travel = extract(`${POSTING}<section><h3>Other travel assignments</h3><table><tr>
      <td>ICU RN, Tucson</td><td>$2,300 – $2,500/wk</td></tr></table></section>`);
    expect(travel.fields.salary).toBeUndefined();
  });

  it("reads a board's pay class on the posting, not on a similar job's card", () => {
    const job = extract(
      `<h1 class="job_title">Night Auditor</h1><div class="hiring_company_text">Saguaro Inn</div>
       <div class="job_description"><p>Balance the day's ledger overnight at a 90-room hotel.</p></div>
       <section class="similar_jobs"><h2>Similar Jobs</h2><span class="pay">$17 to $19 per hour</span></section>`,
      'https://www.ziprecruiter.com/c/Saguaro-Inn/Job/Night-Auditor/-in-Tucson,AZ?jid=0a1b2c3d',
    );
    expect(job.adapter).toBe('ziprecruiter');
    expect(job.fields.salary).toBeUndefined();
  });

  it("takes no pay from a board's estimate or area-average box", () => {
    const job = extract(`${POSTING}<section class="pay_estimate"><h2>Estimated pay</h2>
      <p>$16 – $19 an hour</p></section><section class="salary-insights"><h2>Dispenser pay near you</h2>
      <p>Dispensers here earn £23,400 – £26,100 a year on average.</p></section>`);
    expect(job.fields.salary).toBeUndefined();
  });

  it("takes no pay from a public employer's table of pay steps, only from its hiring range", () => {
    const job =
      extract(`${POSTING}<table><tr><th scope="row">Hiring range</th><td>$34.06 &ndash; $37.55/hour</td></tr></table>
      <table class="pay-steps"><thead><tr><th>Step</th><th>Hourly</th><th>Annual</th></tr></thead><tbody>
      <tr><td>1</td><td>$34.06</td><td>$70,845</td></tr><tr><td>2</td><td>$35.76</td><td>$74,381</td></tr></tbody></table>`);
    expect(job.fields.salary).toMatchObject({ min: 34.06, max: 37.55, period: 'HOUR' });
  });

  it("takes no pay from a board's salary guide printed as terms and figures", () => {
    const job = extract(`${POSTING}<section id="salaryGuide"><h2>Salary guide</h2>
      <p>Pay for this job was not included by the employer.</p><dl><dt>Indeed's estimate</dt>
      <dd>$35.2K - $41.6K a year</dd><dt>Average for Dispenser in Leeds</dt><dd>£11.44 an hour</dd></dl></section>`);
    expect(job.fields.salary).toBeUndefined();
  });

  it('still reads the posting\'s own facts from a list named "job insights"', () => {
    const job = extract(`<div><h1>Route Planner</h1><ul class="top-card__job-insight">
      <li><span>Part-time</span></li><li><span>Leeds, England</span></li></ul></div>
      <div class="description"><p>Plan next-day delivery routes for a fleet of 40 vans across Yorkshire,
      balancing driver hours, drop windows and fuel.</p></div>`);
    expect(job.fields.employmentType).toBe('part_time');
  });

  it("keeps a board's requirement and benefit sections in the description (Workable)", () => {
    const job = extract(
      `<h1 data-ui="job-title">SRE</h1><section data-ui="job-description"><p>Migrate clusters.</p></section>
       <section data-ui="job-requirements"><ul><li>Solid Linux networking knowledge</li></ul></section>
       <section data-ui="job-benefits"><ul><li>Day rate up to €600, depending on experience</li></ul></section>`,
      'https://apply.workable.com/acme/j/9F3A21C7D0/',
    );
    expect(job.fields.descriptionText).toContain('Solid Linux networking knowledge');
    expect(job.fields.salary).toMatchObject({ max: 600, currency: 'EUR', period: 'DAY' });
  });
});

describe('a side card with the posting facts above its list of other openings', () => {
  it("reads the card's facts, and still skips the openings listed under the heading", () => {
    const body = `<h1>Kennel Assistant</h1><div class="description"><p>Walk, feed and settle the dogs in our
      boarding kennels, keep the runs clean and talk owners through drop-off and collection.</p><ul><li>Experience
      with dogs</li><li>Early starts</li></ul></div>
      <aside class="side-card"><dl><dt>Employment Type</dt><dd>Part-Time</dd></dl>
      <div class="OtherOpenings"><h3>Other Openings</h3><ul><li>Dog Groomer · Full-Time</li></ul></div></aside>`;
    expect(extract(body).fields.employmentType).toBe('part_time');
  });
});

describe("a pay figure its own note calls the board's", () => {
  it('takes no pay from a fact whose info button calls it a salary forecast or a board estimate', () => {
    const forecast = extract(`${POSTING}<ul><li class="job-salary">€48,000 – €57,000<button
      aria-label="About this salary forecast: calculated from similar jobs, not provided by the employer">i</button></li></ul>`);
    expect(forecast.fields.salary).toBeUndefined();
    const estimate = extract(`${POSTING}<p class="pay">$41,000 - $52,000<span role="img"
      title="Pay estimate based on comparable postings in the area">?</span></p>`);
    expect(estimate.fields.salary).toBeUndefined();
  });

  it("keeps the employer's own figure with an info note about it", () => {
    const own = extract(`${POSTING}<ul><li class="job-salary">$61,000 – $68,000<button
      aria-label="The estimated base range for this role, set by the hiring team">i</button></li></ul>`);
    expect(own.fields.salary).toMatchObject({ min: 61000, max: 68000 });
  });
});

describe("a board's own pay figure", () => {
  const page = (pay: string) =>
    extract(
      `${POSTING}<section class="salary"><h2>Gehalt</h2>${pay}</section>`,
      'https://www.board.example/job/77',
    );

  it('is not the pay when a note beside it says the board estimated it', () => {
    const stepstone = page(`<p class="salary-range">55.000 € – 68.000 € <span>/ Jahr</span></p>
      <p class="salary-note">Geschätztes Gehalt: eine Einschätzung des Portals, nicht vom Arbeitgeber gemacht.</p>`);
    expect(stepstone.fields.salary).toBeUndefined();
    const tooltip = page(`<div class="row"><span class="pay-range">$118K - $146K a year</span>
      <span title="Calculated from similar job postings. The employer did not provide pay.">ⓘ</span></div>`);
    expect(tooltip.fields.salary).toBeUndefined();
    // The employer's own figure beside an ordinary note stays.
    const own = page(`<p class="salary-range">55.000 € – 68.000 € / Jahr</p><p>Plus Urlaubsgeld.</p>`);
    expect(own.fields.salary).toMatchObject({ min: 55_000, max: 68_000, currency: 'EUR' });
  });

  it('is not the pay when labelled "Estimated:" or printed in the search results beside the posting', () => {
    const job =
      extract(`<ul class="sh-serp"><li><h3>Full Stack Developer</h3><p>$110,000 - $135,000 a year</p></li>
      <li><h3>Pharmacy Dispenser</h3><p>Estimated: $24 - $28 an hour</p></li></ul>${POSTING}
      <div><span>Pay</span> <span>Estimated: $24 - $28 an hour</span></div>`);
    expect(job.fields.salary).toBeUndefined();
  });

  it("keeps an agency's own pay that calls itself an estimated weekly gross", () => {
    const job = extract(
      `${POSTING}<p class="job-pay"><strong>$2,310 - $2,580/week</strong> <span>estimated weekly gross</span></p>`,
    );
    expect(job.fields.salary).toMatchObject({ min: 2310, max: 2580, currency: 'USD', period: 'WEEK' });
  });
});

describe("a board's result list and its estimate box named in camel case or by data-test", () => {
  it('takes no pay from another card in a "searchSerpJobList" (SimplyHired)', () => {
    const job =
      extract(`${POSTING}<div data-testid="searchSerpJobList"><ul><li><div data-testid="searchSerpJob">
      <h2>LPN - Day Shift</h2><p data-testid="searchSerpJobSalaryConfirmed">$29 - $35 an hour</p></div></li></ul></div>`);
    expect(job.fields.salary).toBeUndefined();
  });

  it('takes no pay from a "Glassdoor estimate from 96 salaries" section', () => {
    const duties =
      '<li>Check prescriptions for accuracy and label medicines for collection and delivery</li>'.repeat(8);
    const job =
      extract(`<h1>Pharmacy Dispenser</h1><div class="description"><ul>${duties}</ul></div><section data-test="salary-section"><h2>Pharmacy Dispenser base pay range</h2>
      <p>Leeds · Glassdoor estimate from 96 salaries</p><p><span>£21K</span> — <strong>Median £24K</strong> — <span>£27K</span></p></section>`);
    expect(job.fields.salary).toBeUndefined();
  });
});

describe("a board's pay box that says the employer gave none", () => {
  it('takes no pay from "(Glassdoor est.)" or a box saying "The employer has not provided a pay range"', () => {
    const duties =
      '<li>Reconcile member accounts and prepare month-end journal entries for review</li>'.repeat(8);
    const job = extract(`<h1>Staff Accountant</h1><div class="description"><ul>${duties}</ul></div>
      <div data-test="detailSalary">$62K - $78K <span>(Glassdoor est.)</span></div>
      <section data-test="pay-module"><h2>Base pay range</h2><div><span>$62K</span> <span>$78K</span></div>
      <p>The employer has not provided a pay range for this job.</p></section>`);
    expect(job.fields.salary).toBeUndefined();
  });
});
