import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractJob } from '../extract.ts';
import './all.ts';

const now = () => new Date('2026-12-01T00:00:00Z');
// Another posting's card in the list beside the pane: none of it may leak into the capture.
const LIST = `<ul role="list"><li aria-selected="false"><div>Night Picker</div><div>Other Logistics Ltd</div>
  <div>Bedford</div><span>£11.50 an hour</span><span>Full-time</span></li></ul>`;
const extract = (html: string, url: string) => {
  const { document } = parseHTML(`<html><head><title>warehouse jobs - Google Search</title></head><body>
    <form role="search"><textarea class="gLFyf" aria-label="Search"></textarea></form>${LIST}${html}</body></html>`);
  return extractJob(document, url, { now }).fields;
};

describe('a search engine jobs panel', () => {
  it('reads the opened posting from the details pane: title, company, place and the chips', () => {
    const f = extract(
      `<div role="main" aria-label="Job details"><h2 class="KLsYvd">Warehouse Operative - Nights</h2>
       <div><div class="nJlQNd">Marlow &amp; Finch</div><div>Milton Keynes, UK</div><div>via Indeed</div></div>
       <div><span>2 days ago</span><span>£13.10 an hour</span><span>Part-time</span><span>Work from home</span></div>
       <a href="https://indeed.example/viewjob?jk=1">Apply on Indeed</a>
       <div>Job description</div><div>Pick and pack orders on the night shift.</div></div>`,
      'https://www.google.co.uk/search?q=warehouse+jobs&ibp=htl;jobs',
    );
    expect(f.title).toBe('Warehouse Operative - Nights');
    expect(f.company).toBe('Marlow & Finch');
    expect(f.locations?.[0]?.city).toBe('Milton Keynes');
    expect(f.salary).toMatchObject({ min: 13.1, currency: 'GBP', period: 'HOUR' });
    expect(f.employmentType).toBe('part_time');
    expect(f.workType).toBe('remote');
    expect(f.descriptionText).toContain('Pick and pack');
  });

  it('takes the company printed above the title and a place joined to the carrier by a bullet (a saved page)', () => {
    const f = extract(
      `<div role="region" aria-label="Payroll Clerk"><div>Pennine Ledger</div><h1>Payroll Clerk</h1>
       <div>Leeds, UK • via Reed</div><div aria-label="Job details"><span>Full-time</span></div>
       <div role="heading" aria-level="2">Job description</div><div>Run the monthly payroll.</div></div>`,
      'file:///home/me/saved.html',
    );
    expect(f.title).toBe('Payroll Clerk');
    expect(f.company).toBe('Pennine Ledger');
    expect(f.locations?.[0]?.city).toBe('Leeds');
    expect(f.employmentType).toBe('full_time');
    expect(f.descriptionText).toContain('monthly payroll');
    expect(f.descriptionText).not.toContain('Night Picker');
  });

  it('never takes a title from the results page itself when no posting is open', () => {
    const f = extract('', 'https://www.google.com/search?q=warehouse+jobs');
    expect(f.company).not.toBe('Other Logistics Ltd');
    expect(f.salary).toBeUndefined();
  });
});
