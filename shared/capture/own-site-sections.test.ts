import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import './adapters/all.ts';
import { extractJob } from './extract.ts';

const now = () => new Date('2026-12-01T00:00:00Z');
const extract = (title: string, body: string, url = 'https://www.ashcombepark.vic.edu.au/employment/') =>
  extractJob(
    parseHTML(
      `<!doctype html><html><head><title>${title}</title><meta property="og:site_name" content="${title.split(/ [-|] /).pop()}"></head><body>${body}</body></html>`,
    ).document,
    url,
    { now },
  );
const DUTIES =
  '<li>Plan, teach and assess a program aligned with the curriculum, with a focus on literacy</li>'.repeat(
    16,
  );
const POSTING = `<p>We are seeking an enthusiastic primary teacher to join our Junior School team from the start of Term 3, working with two other Year 3 teachers who plan together every week.</p><ul>${DUTIES}</ul><p>Salary and conditions are in accordance with our Enterprise Agreement, with salary packaging and a subsidised staff lunch each day.</p>`;

describe("an employer's own careers page that holds one vacancy", () => {
  it('reads the job written out under "Current Vacancies" as the posting, and its heading as the title', () => {
    const job = extract(
      'Employment Opportunities - Ashcombe Park Grammar',
      `<header class="elementor elementor-location-header"><nav><a href="/">About Us</a> <a href="/junior">Junior School</a> <a href="/contact">Contact</a></nav></header>
       <h1>Employment Opportunities</h1>
       <section><h2>Current Vacancies</h2><h3>Year 3 Classroom Teacher</h3><p><strong>Full-time, ongoing position</strong></p>${POSTING}</section>`,
    );
    expect(job.fields.title).toBe('Year 3 Classroom Teacher');
    expect(job.fields.descriptionText).toContain('Junior School team');
    // a theme builder's header slot ("elementor-location-header") is where on the page, not a place
    expect(job.fields.locations ?? []).toEqual([]);
  });

  it('still leaves a short "Current vacancies" list of other jobs out of the posting', () => {
    const job = extract(
      'Payroll Officer - Ashcombe Park Grammar',
      `<h1>Payroll Officer</h1>${POSTING}<section><h2>Current vacancies</h2><ul><li><a href="/2">Groundskeeper</a> $31 an hour</li></ul></section>`,
    );
    expect(job.fields.title).toBe('Payroll Officer');
    expect(job.fields.salary).toBeUndefined();
  });

  it('reads "Current Vacancy: Night Porter" as the job Night Porter', () => {
    const job = extract(
      'Work With Us | Corran Bay Hotel',
      `<h1>Work With Us</h1><h2>Current Vacancy: Night Porter</h2>${POSTING}`,
      'https://www.corranbayhotel.co.uk/work-with-us',
    );
    expect(job.fields.title).toBe('Night Porter');
  });

  it('reads a "Where:" line whose address runs on past commas up to its sentence end', () => {
    const job = extract(
      'Community Fundraising Officer | The Larder Project',
      `<h1>Community Fundraising Officer</h1>${POSTING}<p><strong>Where:</strong> our office at the Old Chapel, Stapleton Road, Easton, Bristol. Hybrid working is possible, with up to one day a week from home once you have settled in and know the team.</p>`,
      'https://www.thelarderproject.org.uk/blog/fundraising-officer',
    );
    expect(job.fields.locations?.map((l) => l.raw).join(' ')).toContain('Bristol');
  });
});

describe('an aggregator that prints the employer and the place in one container (Jora)', () => {
  it('names the employer, not the board, and reads the place from its own element', () => {
    const job = extractJob(
      parseHTML(`<!doctype html><html><head><title>Administration Officer Job in Toowoomba QLD - Jora</title></head><body>
        <h1 class="job-title">Administration Officer</h1>
        <div class="company-location-container"><span class="company">Darling Downs Rural Supplies</span> <span class="location">Toowoomba QLD</span></div>
        <div id="job-description-container"><p>We are a locally owned rural supplies business looking for an administration officer to run accounts payable and the front counter.</p>${POSTING}</div>
        </body></html>`).document,
      'https://au.jora.com/job/Administration-Officer-1a2b3c',
      { now },
    );
    expect(job.fields.company).toBe('Darling Downs Rural Supplies');
    expect(job.fields.locations?.map((l) => l.raw)).toEqual(['Toowoomba QLD']);
  });
});
