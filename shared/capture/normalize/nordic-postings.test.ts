import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import '../adapters/all.ts';
import { extractJob } from '../extract.ts';
import { parseSalary } from './salary.ts';

// capture94: Norwegian, Danish, Swedish and Finnish boards name the pay's period in the pay's own word.
describe('Nordic pay', () => {
  it.each([
    ['Timeløn 168,50 kr. efter serviceoverenskomsten', 168.5, 168.5, 'HOUR'],
    ['Månadslön 33 500 kr enligt transportavtalet', 33_500, 33_500, 'MONTH'],
    ['tehtäväkohtainen palkka alkaen 2 350 € / kk', 2_350, null, 'MONTH'],
  ])('%s', (text, min, max, period) => {
    expect(parseSalary(text)).toMatchObject({ min, max, period });
  });

  it("reads a shift's clock times as no pay", () => {
    expect(parseSalary('Løn efter overenskomst. Arbejdstid kl. 6.00–14.00 på hverdage')).toBeNull();
  });
});

describe('Nordic facts', () => {
  const page = (body: string) =>
    extractJob(
      parseHTML(
        `<!doctype html><html><head><title>Barnehagelærer - vikariat</title></head><body>${body}</body></html>`,
      ).document as never,
      'https://arbeidsplassen.nav.no/stillinger/stilling/5b8e1c2a',
    ).fields;

  it('reads "Type ansettelse: Vikariat" and the workplace, not the employer over the title, as the place', () => {
    const f = page(
      `<p>Solsiden Barnehage SA</p><h1>Barnehagelærer - vikariat</h1>
       <dl><dt>Arbeidssted</dt><dd>Trondheim</dd><dt>Arbeidsgiver</dt><dd>Solsiden Barnehage SA</dd></dl>
       <p>Vi søker en barnehagelærer til et vikariat i 100 % stilling fra 1. august.</p>
       <dl><dt>Type ansettelse</dt><dd>Vikariat</dd></dl>`,
    );
    expect(f.employmentType).toBe('temporary');
    expect(f.locations?.[0]?.raw).toMatch(/^Trondheim/);
  });
});

describe('a workload in per cent and a Minijob', () => {
  it('reads "Pensum: 60 – 80%" as part-time and "100 %" as full-time', async () => {
    const { typeOfFte } = await import('./employment-hours.ts');
    expect(typeOfFte('60 – 80%')).toBe('part_time');
    expect(typeOfFte('100 %')).toBe('full_time');
    expect(typeOfFte('80 – 100%')).toBeNull();
    expect(typeOfFte('0.5')).toBe('part_time');
  });

  it('takes a Minijob for part-time work', async () => {
    const { parseEmploymentType } = await import('./employment.ts');
    expect(parseEmploymentType('Minijob')).toBe('part_time');
    expect(parseEmploymentType('auf Minijob-Basis')).toBe('part_time');
  });
});

describe('full-time telework, as public employers write it', () => {
  it('is remote', async () => {
    const { workTypeFromProse } = await import('./arrangement.ts');
    expect(
      workTypeFromProse(
        'This position will be performed on a full-time telework basis from a location in Canada.',
      ),
    ).toBe('remote');
    expect(workTypeFromProse('Full-time telework is not available for this position.')).not.toBe('remote');
  });
});
