import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractJob } from '../extract.ts';
import workday from './workday.ts';

const now = () => new Date('2026-01-15T00:00:00Z');
const URL =
  'https://mercyvalley.wd5.myworkdayjobs.com/en-US/MVH_Careers/job/Sacramento-CA/Registered-Nurse_R-0048213';
const companyOf = (banner: string, logo: string) => {
  const { document } = parseHTML(
    `<html><body><header>${logo}</header>${banner}<main>
    <h2 data-automation-id="jobPostingHeader">Registered Nurse - Medical Surgical</h2>
    <div data-automation-id="locations"><dt>locations</dt><dd>Sacramento, CA</dd></div>
    <div data-automation-id="jobPostingDescription"><p>Provide direct care to adult patients recovering from surgery on a 32-bed unit.</p></div>
    </main></body></html>`,
  );
  const job = extractJob(document, URL, { now, adapters: [workday] });
  return { company: job.fields.company, source: job.provenance.company?.detail };
};

describe('Workday company', () => {
  it('is the employer the page spells out (its logo), not the tenant slug of the address', () => {
    const got = companyOf(
      '',
      '<a data-automation-id="logoLink" href="/"><img alt="Mercy Valley Health" src="/logo.png"></a>',
    );
    expect(got.company).toBe('Mercy Valley Health');
  });

  it('is the career site banner when there is one', () => {
    expect(companyOf('<h1>CAREERS AT MERCY VALLEY HEALTH</h1>', '').company).toBe('MERCY VALLEY HEALTH');
  });

  it('falls back to the tenant when the page names no employer, and says so', () => {
    const got = companyOf('', '');
    expect(got.company).toBe('Mercyvalley');
    expect(got.source).toMatch(/subdomain|address/);
  });
});
