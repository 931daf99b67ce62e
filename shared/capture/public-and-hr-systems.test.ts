import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import './adapters/all.ts';
import { extractJob } from './extract.ts';
import { contractorEngagementInProse } from './normalize/employment-prose.ts';
import { parseSalary } from './normalize/salary.ts';

const now = () => new Date('2026-12-01T00:00:00Z');
const extract = (head: string, body: string, url = 'https://jobs.example.gov/posting/1') =>
  extractJob(
    parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document,
    url,
    {
      now,
    },
  );
const DUTIES =
  '<li>Review grant applications and advise program staff on eligibility and reporting rules</li>'.repeat(6);

describe('titles a public job site prints with its page kind and the posting number', () => {
  it('drops "Job Posting", the job code and a "Job Posting:" prefix from the title metadata', () => {
    const cal = extract(
      '<title>CalCareers - Job Posting - JC-478123 - Associate Governmental Program Analyst</title>',
      `<div><ul>${DUTIES}</ul></div>`,
    );
    expect(cal.fields.title).toBe('Associate Governmental Program Analyst');
    const district = extract(
      '<title>Cedar Hollow School District - Job Posting: Science Teacher - Middle School</title><meta property="og:site_name" content="Cedar Hollow School District">',
      `<div><ul>${DUTIES}</ul></div>`,
    );
    expect(district.fields.title).toBe('Science Teacher - Middle School');
  });

  it('reads the title from an h2 when a form wraps the whole page (PeopleSoft)', () => {
    const job = extract(
      '<title>Job Details</title><meta property="og:site_name" content="University of the Plains Medical Center">',
      `<form name="win0"><h1>Job Details</h1><h2 id="HRS_SCH_WRK2_POSTING_TITLE">Patient Care Technician - Emergency Department</h2>
       <div><span>Full/Part Time</span><span>Full-Time</span></div><a href="/apply">Apply</a>
       <h3>Job Description</h3><p>Under the direction of the registered nurse, the Patient Care Technician gives direct patient care in a 48-bed emergency department.</p><h4>Responsibilities</h4><ul>${DUTIES}</ul><h4>Qualifications</h4><p>BLS certification and one year of patient care experience.</p></form>`,
    );
    expect(job.fields.title).toBe('Patient Care Technician - Emergency Department');
    expect(job.fields.employmentType).toBe('full_time');
  });
});

describe('employment facts a public or HR system lists', () => {
  it('reads "Contract type" over "Permanent" as no contract, and several facts as one list', () => {
    const uk = extract(
      '<title>Policy Adviser</title>',
      `<div class="panel"><h1>Policy Adviser</h1><div class="h"><h2>Salary</h2></div><div class="v">£38,120 - £41,460</div><div class="h"><h2>Contract type</h2></div><div class="v">Permanent</div><div class="h"><h2>Working pattern</h2></div><div class="v">Flexible working, Full-time</div></div><div><ul>${DUTIES}</ul></div>`,
    );
    expect(uk.fields.employmentType).toBe('full_time');
    const aps = extract(
      '<title>Senior Policy Officer</title>',
      `<h1>Senior Policy Officer</h1><dl><dt>Employment type</dt><dd>Non-ongoing</dd><dt>Working hours</dt><dd>Full-time</dd></dl><div><ul>${DUTIES}</ul></div>`,
    );
    expect(aps.fields.employmentType).toBe('temporary');
  });

  it("reads Taleo's value past the colon it prints as an element of its own", () => {
    const job = extract(
      '<title>Respiratory Therapist - PRN</title>',
      `<h1>Respiratory Therapist - PRN</h1><div><span class="subtitle">Primary Location</span><span class="inline">:&nbsp;</span><span class="text">United States-Wisconsin-Milwaukee</span></div><div><ul>${DUTIES}</ul></div>`,
    );
    expect(job.fields.locations?.[0]?.raw).toBe('United States-Wisconsin-Milwaukee');
  });
});

describe('money and engagements in the text', () => {
  it('reads "$75 per week in Fernhollow groceries" as a perk, not the pay', () => {
    expect(parseSalary('Benefits\n• $75 per week in Fernhollow groceries')).toBeNull();
  });

  it("reads a contractor's engagement from a line, a role for contractors, and a day rate that is invoiced", () => {
    expect(contractorEngagementInProse('Independent contractor agreement, 40 hours per week')).toBe(true);
    expect(
      contractorEngagementInProse('This is a remote role for contractors based in EMEA time zones.'),
    ).toBe(true);
    expect(contractorEngagementInProse('Day rate: €500 - €600 per day, invoiced monthly')).toBe(true);
    expect(contractorEngagementInProse('We work with independent contractors on some projects.')).toBe(false);
  });
});

describe("Job Bank's work setting", () => {
  it('reads "On site" over "There is no option to work remotely" as on-site', () => {
    const job = extract(
      '<title>Orchard worker</title>',
      `<h1>Orchard worker</h1><div><ul>${DUTIES}</ul></div><h3>Work setting</h3><p><strong>On site</strong><br>Work must be completed at the physical location. There is no option to work remotely.</p>`,
    );
    expect(job.fields.workType).toBe('onsite');
  });
});
