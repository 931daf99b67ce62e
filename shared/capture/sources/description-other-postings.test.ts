import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import '../adapters/all.ts';
import { extractJob } from '../extract.ts';

const card = (title: string, place: string, wfh: string) =>
  `<div class="card"><a href="/job/${title.length}">${title}</a><div>${place}</div><div>${wfh}</div></div>`;

describe('a description container that also holds other postings', () => {
  it('leaves the "Similar jobs" cards out of the description and out of its readings', () => {
    const { document } =
      parseHTML(`<html><head><title>Senior Software Engineer | Northwind Careers</title></head><body>
      <main><h1>Senior Software Engineer</h1><div class="body">
        <section><h2>Overview</h2><p>Northwind's identity team builds the token service that every product signs in through. We are hiring a senior engineer to lead the move of the issuance pipeline to a region-isolated design, working with security, reliability and product partners across three time zones.</p></section>
        <section><h2>Responsibilities</h2><ul><li>Write secure, well-tested code in C# and Rust.</li><li>Mentor engineers on the team and take part in hiring.</li><li>Join the on-call rotation for the token service.</li></ul></section>
        <section><h2>Similar jobs</h2>${card('Principal Software Engineer', 'Multiple Locations, United States', 'Up to 100% work from home')}${card('Software Engineer II', 'Redmond, Washington', 'Up to 50% work from home')}</section>
      </div></main></body></html>`);
    const f = extractJob(document, 'https://careers.northwind.example/job/1').fields;
    expect(f.descriptionText).toContain('token service');
    expect(f.descriptionText).not.toContain('Principal Software Engineer');
    expect(f.workType).not.toBe('remote');
  });
});
