import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import '../adapters/all.ts';
import { extractJob } from '../extract.ts';

const page = (flags: string) =>
  parseHTML(`<html><head><title>Seasonal Tax Preparer at Brookmere Tax Services - Remote.co</title>
    <link rel="canonical" href="https://www.remote.co/job/seasonal-tax-preparer/"></head><body><main><article>
    <div class="job_listing-company"><img class="company_logo" alt="Brookmere Tax Services" src="/l.png"><div>
      <h1>Seasonal Tax Preparer</h1><p class="company_name"><strong>Brookmere Tax Services</strong> <a class="website" href="https://b.example">Website</a></p>
    </div></div>
    <div class="job_meta_wrap"><div><strong>Location:</strong> US National</div><div>${flags}</div><div><strong>Posted:</strong> January 8, 2025</div></div>
    <div class="job_description"><p>Brookmere Tax Services has helped families file their taxes since 1994. We are adding preparers for the 2025 filing season, from January to April, and train every new preparer on our software.</p>
    <p>Prepare federal and state individual returns and interview clients by video call. The pay for this position is $24 per hour.</p></div>
  </article></main></body></html>`).document;

describe("a board's flags under the title block", () => {
  it("reads a lone 'Remote' flag as the arrangement and the employer after 'at' in the title, not the board's name", () => {
    const f = extractJob(
      page('<span class="job_flag">Remote</span><span class="job_flag">Temporary</span>'),
      'https://www.remote.co/job/seasonal-tax-preparer/',
    ).fields;
    expect(f.workType).toBe('remote');
    expect(f.employmentType).toBe('temporary');
    expect(f.company).toBe('Brookmere Tax Services');
  });

  it("keeps 'Remote' a label when an answer follows it ('Remote' over 'No')", () => {
    const f = extractJob(
      page('<span>Remote</span><span>No</span><span>Temporary</span>'),
      'https://www.remote.co/job/x/',
    ).fields;
    expect(f.workType).not.toBe('remote');
  });
});
