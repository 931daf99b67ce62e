import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readMicrodata } from './microdata.ts';

const REF = new Date('2026-01-15T00:00:00Z');
const read = (body: string) =>
  readMicrodata(parseHTML(`<html><body>${body}</body></html>`).document, REF)?.fields ?? {};

describe('a microdata posting split across properties', () => {
  it('reads the description with its qualifications and incentives, where the pay is', () => {
    const f = read(`<div itemscope itemtype="http://schema.org/JobPosting">
      <h1 itemprop="title">Care Representative</h1>
      <section><div itemprop="description"><p>Answer calls from customers.</p></div></section>
      <section><div itemprop="qualifications"><p>Six months of service experience.</p></div></section>
      <section><div itemprop="incentives"><p>Pay: $18.50 per hour.</p></div></section>
      <meta itemprop="jobBenefits" content="">
    </div>`);
    expect(f.descriptionText).toContain('Answer calls from customers.');
    expect(f.descriptionText).toContain('Six months of service experience.');
    expect(f.descriptionText).toContain('Pay: $18.50 per hour.');
  });

  it('reads a part nested inside the description once', () => {
    const f = read(`<div itemscope itemtype="http://schema.org/JobPosting">
      <div itemprop="description"><p>Answer calls.</p><div itemprop="qualifications">Patience.</div></div>
    </div>`);
    expect(f.descriptionText?.match(/Patience/g)).toHaveLength(1);
  });
});
