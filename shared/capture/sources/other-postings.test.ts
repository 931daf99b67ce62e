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
