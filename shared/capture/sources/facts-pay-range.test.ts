import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readFacts } from './facts.ts';
import { salaryOfFacts } from './facts-pay.ts';
import { scanPage } from './scan.ts';

const payOf = (body: string) =>
  salaryOfFacts(readFacts(scanPage(parseHTML(`<html><body>${body}</body></html>`).document).dts));

describe('the two ends of one pay range as two labelled facts', () => {
  it('joins header fields each in its own list, the end abbreviated and the pay noun qualified', () => {
    const pay = payOf(`<h1>Service Plumber</h1>
      <div class="tag"><dl><dt>Job ID</dt><dd>2024-118</dd></dl></div>
      <div class="tag"><dl><dt>Min. Hiring Rate</dt><dd>USD $28.40/Hr.</dd></dl></div>
      <div class="tag"><dl><dt>Max. Hiring Rate</dt><dd>USD $34.10/Hr.</dd></dl></div>`);
    expect(pay).toMatchObject({ min: 28.4, max: 34.1, currency: 'USD', period: 'HOUR' });
  });

  it('joins table rows whose labels put the end after the pay noun', () => {
    const pay = payOf(`<h1>Payroll Clerk</h1><table>
      <tr><th>Hourly rate (min)</th><td>$21.00</td></tr>
      <tr><th>Hourly rate (max)</th><td>$25.50</td></tr></table>`);
    expect(pay).toMatchObject({ min: 21, max: 25.5, currency: 'USD' });
  });

  it('joins label and value blocks ("Minimum base salary" / "Maximum base salary")', () => {
    const pay = payOf(`<h1>Data Engineer</h1><div class="facts">
      <div><span class="field-label">Minimum base salary</span><span>€58,000 per year</span></div>
      <div><span class="field-label">Maximum base salary</span><span>€66,000 per year</span></div></div>`);
    expect(pay).toMatchObject({ min: 58_000, max: 66_000, currency: 'EUR', period: 'YEAR' });
  });

  it('takes no range from labels that are not pay ("Minimum experience")', () => {
    const pay = payOf(`<h1>Data Engineer</h1><dl>
      <dt>Minimum experience</dt><dd>3 years</dd><dt>Max. travel</dt><dd>20%</dd></dl>`);
    expect(pay).toBeNull();
  });
});

describe('the two ends of one pay range as two chips beside the title', () => {
  it('joins icon chips that print each end with its label', async () => {
    const { readGeneric } = await import('./generic.ts');
    const { pageSignals } = await import('./page.ts');
    const { document } = parseHTML(`<html><body><main><div class="head"><h1>Line Cook</h1>
      <ul class="chips"><li><i class="icon-pin"></i><span>Tacoma, WA</span></li>
      <li><i class="icon-cash"></i><span>Min. rate: $20.50/hr</span></li>
      <li><i class="icon-cash"></i><span>Max. rate: $24.00/hr</span></li></ul></div>
      <p>${'Prep the line, run the grill on busy nights and keep the walk-in in order. '.repeat(6)}</p></main></body></html>`);
    const doc = document as unknown as Document;
    const page = scanPage(doc);
    const got = readGeneric(
      doc,
      pageSignals(doc, new URL('https://cooks.example/jobs/4'), page),
      new Date(),
      new Set(),
      page,
    );
    expect(got.fields.salary).toMatchObject({ min: 20.5, max: 24, currency: 'USD', period: 'HOUR' });
  });
});

describe('a pay figure beside the most the post pays', () => {
  it('reads "Hiring rate" and "Max rate" as the two ends of one range', () => {
    const pay = payOf(`<h1>Lineworker</h1><dl>
      <dt>Hiring rate</dt><dd>$33.75/hr</dd><dt>Max rate</dt><dd>$39.20/hr</dd></dl>`);
    expect(pay).toMatchObject({ min: 33.75, max: 39.2, currency: 'USD', period: 'HOUR' });
  });

  it('keeps the figure alone beside a maximum in another period or below it', () => {
    const year = payOf(`<h1>Lineworker</h1><dl>
      <dt>Pay rate</dt><dd>$33.75/hr</dd><dt>Maximum salary</dt><dd>$81,000 per year</dd></dl>`);
    expect(year).toMatchObject({ min: 33.75, max: 33.75 });
  });
});
