import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pickCompany } from './company.ts';
import { pageSignals } from './page.ts';
import { pickTitle } from './title-company.ts';

const signalsOf = (head: string, body: string, url = 'https://jobs.example.org/Posting.aspx?id=5521') =>
  pageSignals(
    parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document,
    new URL(url),
  );

describe('a public-sector board page titled only by its kind and number', () => {
  const sig = signalsOf(
    '<title>PortJobs - Job Posting - PJ-5521</title>',
    `<header><a href="/"><img alt="PortJobs" src="/logo.png"></a></header>
     <h1>Harbour Master</h1><h2>Eastwick Port Authority</h2><p>Closing date: 4 May</p>`,
  );

  it('takes the h1 as the title, not "Job Posting - PJ-5521"', () => {
    expect(pickTitle(sig)?.value).toBe('Harbour Master');
  });

  it('takes the organisation under the title as the company, not the board brand in the logo', () => {
    expect(pickCompany(sig)?.value).toBe('Eastwick Port Authority');
  });

  it('does not take a place or a section heading under the title as the company', () => {
    const placed = signalsOf(
      '<title>Job Posting</title>',
      '<h1>Harbour Master</h1><h2>Portland, Oregon</h2>',
    );
    expect(pickCompany(placed)?.detail).not.toBe('heading right under the h1');
    const section = signalsOf('<title>Job Posting</title>', '<h1>Harbour Master</h1><h2>About the role</h2>');
    expect(pickCompany(section)?.detail).not.toBe('heading right under the h1');
  });
});

describe("a job board's one-word brand as the site name", () => {
  it('is not cut down to a made-up employer ("Hirejobs" → "Hire")', () => {
    const sig = signalsOf(
      '<title>Sous Chef | Hirejobs</title><meta property="og:site_name" content="Hirejobs">',
      '<h1>Sous Chef</h1><p>A busy bistro kitchen.</p>',
    );
    expect(pickCompany(sig)?.value).not.toBe('Hire');
  });
});

describe("a careers site's logo named with its careers words", () => {
  it('takes the brand without "Careers" ("Halvard Freight Careers" → "Halvard Freight")', () => {
    const sig = signalsOf(
      '<title>Dispatcher</title>',
      '<header><a class="brand" href="/halvard"><img alt="Halvard Freight Careers" src="/h.png"></a></header><h2>Dispatcher</h2>',
      'https://jobs.jobvite.com/halvard/job/x1',
    );
    expect(pickCompany(sig)?.value).toBe('Halvard Freight');
  });
});

describe('a requisition number appended to the title in <title>', () => {
  it('is not part of the title', () => {
    const sig = signalsOf(
      '<title>Job Description - Crane Operator (Tower) (31-2207)</title>',
      '<p>Apply</p>',
    );
    expect(pickTitle(sig)?.value).toBe('Crane Operator (Tower)');
    const req = signalsOf('<title>Buyer II (REQ-40517)</title>', '<p>Apply</p>');
    expect(pickTitle(req)?.value).toBe('Buyer II');
  });

  it('keeps a year or a model code in brackets', () => {
    expect(pickTitle(signalsOf('<title>Summer Analyst (2026)</title>', '<p>Apply</p>'))?.value).toBe(
      'Summer Analyst (2026)',
    );
    expect(pickTitle(signalsOf('<title>Avionics Technician (C-130)</title>', '<p>Apply</p>'))?.value).toBe(
      'Avionics Technician (C-130)',
    );
  });
});

describe('a brand only in <title>, not in og:title', () => {
  it('takes the trailing segment of <title> when og:title carries the job alone', () => {
    const sig = signalsOf(
      `<title>Seasonal Merchandiser - Phoenix Metro | Saguaro Threads</title>
       <meta property="og:title" content="Seasonal Merchandiser - Phoenix Metro">`,
      '<h1>Seasonal Merchandiser - Phoenix Metro</h1><p>Stores</p>',
      'https://ats.example-hr.com/saguaro-threads/jobs/1',
    );
    expect(pickCompany(sig)).toMatchObject({ value: 'Saguaro Threads', detail: 'trailing title segment' });
  });
});

describe('titles written in other scripts', () => {
  it('takes a Korean h1 that the metadata names, not the board logo h1 that <title> also names', () => {
    const sig = signalsOf(
      '<title>[다온에듀] 중등부 수학 전임강사 모집 - 일자리인 채용정보</title>',
      `<div id="hd"><h1 class="logo"><a href="/zf_user/">일자리인</a></h1></div>
       <div class="jv_header"><a class="company" href="/c/1">(주)다온에듀</a><h1>중등부 수학 전임강사 모집</h1></div>`,
      'https://www.example-jobs.kr/zf_user/jobs/view?rec_idx=5',
    );
    expect(pickTitle(sig)?.value).toBe('중등부 수학 전임강사 모집');
  });

  it('reads a Chinese or Russian h1 as a title, not as an empty name', () => {
    const zh = signalsOf('<title>「苏州机械结构工程师招聘」_澄明智能招聘</title>', '<h1>机械结构工程师</h1>');
    expect(pickTitle(zh)?.value).toBe('机械结构工程师');
    const ru = signalsOf('<title>Вакансия Java-разработчик</title>', '<h1>Java-разработчик</h1>');
    expect(pickTitle(ru)?.value).toBe('Java-разработчик');
  });
});

describe("titles on small employers' own sites (capture96)", () => {
  const site = 'https://www.maplegrovedentistry.com/careers';
  it('passes over a generic h1 and a title metadata that is only the site and its place', () => {
    const sig = signalsOf(
      '<title>Careers | Maple Grove Family Dentistry | Boise, ID</title>',
      '<h1>Join Our Team</h1><h2>Front Desk Receptionist</h2><p>Full-time, Monday to Friday.</p>',
      site,
    );
    expect(pickTitle(sig, 'Maple Grove Family Dentistry')?.value).toBe('Front Desk Receptionist');
  });

  it('drops "Now hiring:" and reads a heading\'s first line only', () => {
    const hiring = signalsOf(
      '<title>Now Hiring Stylists | Copper &amp; Sage Salon</title>',
      '<h1>Now Hiring: Hair Stylist</h1>',
      site,
    );
    expect(pickTitle(hiring, 'Copper & Sage Salon')?.value).toBe('Hair Stylist');
    const lines = signalsOf(
      '<title>Careers</title>',
      '<h2>Accounts Assistant<br><font>Permanent · Full-Time · Cork City</font></h2>',
      site,
    );
    expect(pickTitle(lines)?.value).toBe('Accounts Assistant');
  });
});

describe('an employer named before the job site that closes the title (GC Jobs)', () => {
  it("takes the public body's full name, not the site", () => {
    const sig = signalsOf(
      '<title>Data Analyst - Canadian Agency for Northern Infrastructure - GC Jobs</title>',
      '<h1>Data Analyst</h1><p>Reference number: CNI25J-148820</p>',
      'https://emploisfp-psjobs.cfp-psc.gc.ca/psrs-srfp/applicant/page1800?poster=2187431',
    );
    expect(pickCompany(sig)?.value).toBe('Canadian Agency for Northern Infrastructure');
  });
});

describe('a page titled by its site, the kind of page and the job', () => {
  it('takes the job after "Job Posting" or "Vacancy Details", not the whole title', () => {
    const at = (title: string) =>
      pickTitle(signalsOf(`<title>${title}</title>`, '<main><p>Apply by 4 May.</p></main>'))?.value;
    expect(at('CalCareers - Job Posting - Grants Program Analyst')).toBe('Grants Program Analyst');
    expect(at('StateJobsNY - Vacancy Details - Environmental Program Specialist 1')).toBe(
      'Environmental Program Specialist 1',
    );
  });

  it('keeps a title printed before the site\'s section ("… - Vacancies - Trent Meadows Homes")', () => {
    const sig = signalsOf(
      '<title>Income Recovery Officer - Vacancies - Trent Meadows Homes</title>',
      '<main><p>Apply by 4 May.</p></main>',
    );
    expect(pickTitle(sig)?.value).toMatch(/^Income Recovery Officer/);
  });
});
