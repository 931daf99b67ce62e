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

describe('a JobPosting written as RDFa (Job Bank)', () => {
  it('reads the title, employer, pay and every employment type from `property` attributes', () => {
    const html = `<body vocab="http://schema.org/" typeof="WebPage"><div typeof="JobPosting">
      <h1><span class="wb-inv">Job posting</span> <span property="title">administrative assistant</span></h1>
      <span property="hiringOrganization" typeof="Organization"><span property="name"><strong>Rideau Ledger Accounting Services Inc.</strong></span></span>
      <span property="baseSalary" typeof="MonetaryAmount"><span property="currency" content="CAD"></span><span property="minValue">24.00</span><span property="unitText">HOUR</span></span>
      <span property="employmentType">Permanent employment</span>, <span property="employmentType">Part time</span>
      <div property="description"><p>Answer the phone, book client meetings and keep the office files in order.</p></div></div></body>`;
    const { document } = parseHTML(`<html>${html}</html>`);
    const r = readMicrodata(
      document as unknown as Document,
      new Date('2026-01-01'),
      document.querySelector('[typeof~="JobPosting"]'),
    );
    expect(r?.fields).toMatchObject({
      title: 'administrative assistant',
      company: 'Rideau Ledger Accounting Services Inc.',
      employmentType: 'part_time',
      salary: { min: 24, currency: 'CAD', period: 'HOUR' },
    });
    expect(r?.detail).toBe('RDFa JobPosting');
  });
});
