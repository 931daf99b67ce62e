import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractJob } from './extract.ts';

/** School job boards and the places a posting lists (capture175, capture177). */
const now = () => new Date('2026-01-15T00:00:00Z');
const read = (url: string, title: string, body: string) =>
  extractJob(
    parseHTML(`<html><head><title>${title}</title></head><body>${body}</body></html>`).document,
    url,
    { now, adapters: [] },
  ).fields;
const DUTIES =
  '<p>Plan and teach visual art lessons for students in grades K-4, assess their progress, and exhibit their work at the spring show. Collaborate with the Unified Arts team and the building principals on a shared curriculum.</p>';

describe('a school board posting', () => {
  it("the employer's element names the district, and the board's own links for employers do not", () => {
    const f = read(
      'https://www.schoolspring.com/jobs?jobid=4823105',
      'Art Teacher (0.6 FTE) - Northborough Public Schools | SchoolSpring',
      `<h1>Art Teacher (0.6 FTE)</h1><div class="ss-job__employer">Northborough Public Schools</div><div class="description">${DUTIES}</div><footer><a href="/employers/login">Employer Login</a></footer>`,
    );
    expect(f.company).toBe('Northborough Public Schools');
  });

  it("the board's name in the title is not the employer", () => {
    for (const [url, site] of [
      ['https://www.edjoin.org/Home/JobPosting/2104587', 'EDJOIN'],
      ['https://www.tes.com/jobs/vacancy/teacher-of-mathematics-1984213', 'Tes'],
      ['https://www.teachaway.com/teaching-jobs-abroad/online/esl-teacher', 'Teach Away'],
      ['https://www.searchassociates.com/jobs/vacancy.php?id=58213', 'Search Associates'],
    ])
      expect(
        read(url!, `Art Teacher | ${site}`, `<h1>Art Teacher</h1><div class="description">${DUTIES}</div>`)
          .company,
        site,
      ).not.toBe(site);
  });
});

describe('pay in the currency of the place', () => {
  it('a location list that opens with "Work from Home" is paid where its first named place is', () => {
    const f = read(
      'https://careers.wattlehealth.com/jobs/contact-centre-consultant',
      'Contact Centre Consultant',
      `<h1>Contact Centre Consultant</h1><span class="location"><b>Location:</b> Work from Home / Parramatta, NSW</span><div class="salary">$68,000 - $72,000 per year</div><div class="description">${DUTIES}</div>`,
    );
    expect(f.salary?.currency).toBe('AUD');
  });
});
