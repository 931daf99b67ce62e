import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractJob } from '../extract.ts';

const now = () => new Date('2026-01-15T00:00:00Z');

describe('a pay block holding several pay inputs', () => {
  it('reads each input on its own line, so the next input\'s "bonus" title does not sink the base', () => {
    const { document } = parseHTML(`<html><body><h1>Physical Therapist</h1>
      <div class="job-description"><p>${'Treat outpatients after orthopedic surgery and plan their home programs. '.repeat(6)}</p></div>
      <div class="pay-section">
        <div class="pay-item"><div class="title">Base salary</div><div class="pay-range"><span>$92,000</span> — <span>$104,000 USD</span></div></div>
        <div class="pay-item"><div class="title">Signing bonus</div><p>Paid in two parts over 6 months.</p><div class="pay-range"><span>$4,000</span> — <span>$6,000 USD</span></div></div>
      </div></body></html>`);
    const job = extractJob(document, 'https://therapy.example/jobs/31', { now, adapters: [] });
    expect(job.fields.salary).toMatchObject({ min: 92_000, max: 104_000, currency: 'USD', period: 'YEAR' });
  });
});

describe('an FTE fact beside the posting', () => {
  it('gives the type where no type label does: a fraction of a week part-time, a whole post full-time', () => {
    const page = (fte: string) =>
      parseHTML(`<html><body><h1>Science Teacher</h1><table>
        <tr><td>Position Type:</td><td>Licensed/Secondary Science</td></tr><tr><td>FTE:</td><td>${fte}</td></tr></table>
        <div class="job-description"><p>${'Teach grade 9 biology and chemistry in our new labs. '.repeat(6)}</p></div></body></html>`)
        .document;
    const typeOf = (fte: string) =>
      extractJob(page(fte), 'https://district.example/jobs/7', { now, adapters: [] }).fields.employmentType;
    expect(typeOf('0.5 (PM)')).toBe('part_time');
    expect(typeOf('1.0')).toBe('full_time');
    expect(typeOf('Varies')).toBeUndefined();
  });
});

describe('an icon badge beside the title', () => {
  const page = (badge: string) =>
    parseHTML(`<html><body><div class="head"><h1>Warehouse Lead</h1><ul class="meta">
      <li>Reno, NV, United States</li><li>${badge}</li><li>Posted 11/24/2026</li></ul></div>
      <div class="job-description"><p>${'Run the inbound dock and coach a team of eight associates. '.repeat(6)}</p></div></body></html>`)
      .document;
  const workTypeOf = (badge: string) =>
    extractJob(page(badge), 'https://shipco.example/jobs/9', { now, adapters: [] }).fields.workType;

  it('reads the aria-label of a badge that shows only an icon as its chip', () => {
    expect(workTypeOf('<span class="badge" role="img" aria-label="On-site"><svg></svg></span>')).toBe(
      'onsite',
    );
    expect(workTypeOf('<span class="badge" aria-label="Hybrid"><i class="icon-building"></i></span>')).toBe(
      'hybrid',
    );
  });

  it('reads a badge named by a short sentence, as public employers label an icon for screen readers', () => {
    expect(
      workTypeOf(
        '<span class="badge" aria-label="On-site post: this role cannot be worked from home"><svg></svg></span>',
      ),
    ).toBe('onsite');
    expect(
      workTypeOf(
        '<span class="badge" aria-label="Hybrid role: two days a week at our Reno office"><svg></svg></span>',
      ),
    ).toBe('hybrid');
  });

  it('does not read the label of a link, a button or a hidden icon', () => {
    expect(
      workTypeOf('<button aria-label="Save this remote job to your shortlist"><svg></svg></button>'),
    ).toBeUndefined();
    expect(workTypeOf('<a href="/remote" aria-label="Remote jobs"><svg></svg></a>')).toBeUndefined();
    expect(workTypeOf('<span aria-hidden="true" aria-label="Remote"><svg></svg></span>')).toBeUndefined();
  });
});

describe('a board subtitle that links the employer, then gives the place', () => {
  const page = (line: string) =>
    parseHTML(`<html lang="es-MX"><body><main><h1>Desarrollador Front-End React</h1>
      <p>${line}</p><p>$25,000 - $30,000 Mensual</p>
      <div class="box_detail_description"><p>${'Desarrollar interfaces web con React y TypeScript para banca digital. '.repeat(6)}</p></div>
      </main></body></html>`).document;
  const read = (line: string) =>
    extractJob(page(line), 'https://www.example.net/oferta/77', { now, adapters: [] }).fields;

  it("names the employer from the link and the place after it, and the pay is in the place's dollars", () => {
    const f = read(
      '<a href="/soluciones-quetzal">Soluciones Quetzal S.A. de C.V.</a> · Ciudad de México, CDMX',
    );
    expect(f.company).toBe('Soluciones Quetzal S.A. de C.V.');
    expect(f.locations?.[0]).toMatchObject({ city: 'Ciudad de México', country: 'MX' });
    expect(f.salary).toMatchObject({ min: 25_000, max: 30_000, currency: 'MXN', period: 'MONTH' });
  });

  it('takes no employer from a team written as plain text before the place', () => {
    expect(read('Legal Operations · Ciudad de México, CDMX').company).not.toBe('Legal Operations');
  });
});

describe('a short element labelled pay', () => {
  it('reads the one figure it holds, with the extra after it left out', () => {
    const { document } = parseHTML(`<html><body><main><h1>Store Manager</h1><div class="facts">
      <span class="fact fact--location">Ballarat VIC</span><span class="fact fact--pay">$95k + super</span></div>
      <div class="job-body"><p>${'Lead a busy supermarket team and own the store P&L. '.repeat(6)}</p></div></main></body></html>`);
    const job = extractJob(document, 'https://careers.freshway.example/jobs/2291', { now, adapters: [] });
    expect(job.fields.salary).toMatchObject({ min: 95_000, max: 95_000, currency: 'AUD', period: 'YEAR' });
  });
});
