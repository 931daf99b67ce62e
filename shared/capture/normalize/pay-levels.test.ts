import { describe, expect, it } from 'vitest';
import { payOfOpeningLevel, payRowForLevel, paySpanOverLevels } from './pay-levels.ts';

const lowerBand = { min: 120_000, max: 140_000, currency: 'USD', period: 'YEAR' as const };
const text =
  'We will hire at Mid or Senior level, depending on the interviews. Mid: $120,000 – $140,000. Senior: $145,000 – $170,000. Equity on top.';

describe('one opening hired at either of two levels', () => {
  it('pays from the lower level minimum to the higher level maximum', () => {
    expect(paySpanOverLevels(lowerBand, text, 'Mid / Senior Backend Engineer')).toMatchObject({
      min: 120_000,
      max: 170_000,
    });
  });

  it('keeps one band when the title names one level only', () => {
    expect(paySpanOverLevels(lowerBand, text, 'Mid-level Backend Engineer')).toBe(lowerBand);
  });

  it('spans the levels the text opens with "or" when the title names none, each named in its sentence', () => {
    const prose =
      'We are hiring this role at E4 or E5. The base range at level E4 is $101,000 - $119,000 per year and at level E5 is $117,000 - $139,000 per year.';
    const e4 = { min: 101_000, max: 119_000, currency: 'USD', period: 'YEAR' as const };
    expect(paySpanOverLevels(e4, prose, 'Site Reliability Engineer')).toMatchObject({
      min: 101_000,
      max: 139_000,
    });
  });

  it('keeps the band when the text names levels but never opens the role at more than one', () => {
    const prose =
      'The base range at level E4 is $101,000 - $119,000 per year and at level E5 is $117,000 - $139,000 per year.';
    const e4 = { min: 101_000, max: 119_000, currency: 'USD', period: 'YEAR' as const };
    expect(paySpanOverLevels(e4, prose, 'Site Reliability Engineer')).toBe(e4);
  });
});

describe("the opening's level's row of a pay table", () => {
  const table = [
    'Our engineering pay table (base salary):',
    'E3 Software Engineer $90,000 – $110,000',
    'E4 Senior Software Engineer $115,000 – $140,000',
    'E5 Principal Engineer $145,000 – $175,000',
    'Everyone gets a yearly bonus.',
  ].join('\n');
  const family = { min: 90_000, max: 175_000, currency: 'USD', period: 'YEAR' as const };

  it('takes the row the title names where the whole table was chosen', () => {
    expect(payRowForLevel(family, table, 'Senior Software Engineer (E4)')).toMatchObject({
      min: 115_000,
      max: 140_000,
    });
    const placed = `${table}\nThis role is hired at E5.`;
    expect(payRowForLevel(family, placed, 'Principal Engineer')).toMatchObject({
      min: 145_000,
      max: 175_000,
    });
  });

  it('reads a level named by a Roman numeral or a number after its name', () => {
    const csm = [
      'We publish the base salary for both CSM levels:',
      'Level Base salary',
      'CSM I $72,000 – $86,000',
      'CSM II $90,000 – $104,000',
      'This opening is at CSM II. On top of base there is a retention bonus.',
    ].join('\n');
    const band = { min: 72_000, max: 104_000, currency: 'USD', period: 'YEAR' as const };
    expect(payRowForLevel(band, csm, 'Customer Success Manager')).toMatchObject({
      min: 90_000,
      max: 104_000,
    });
    const planner = ['Planner I $58,000 – $66,000', 'Planner II $68,000 – $79,000'].join('\n');
    const both = { min: 58_000, max: 79_000, currency: 'USD', period: 'YEAR' as const };
    expect(payRowForLevel(both, planner, 'Planner II, Long Range')).toMatchObject({
      min: 68_000,
      max: 79_000,
    });
    // No level placed: the whole table stays.
    expect(
      payRowForLevel(band, csm.replace('This opening is at CSM II.', ''), 'Customer Success Manager'),
    ).toBe(band);
  });

  it('keeps a figure that is not the whole table, or a title naming no row', () => {
    const one = { ...family, min: 115_000, max: 140_000 };
    expect(payRowForLevel(one, table, 'Software Engineer (E3)')).toBe(one);
    expect(payRowForLevel(family, table, 'Software Engineer')).toBe(family);
  });
});

describe("the opening's level's range inside a range covering all levels", () => {
  const all = {
    min: 29_000,
    max: 41_000,
    currency: 'GBP',
    period: 'YEAR' as const,
    text: '£29,000 - £41,000',
  };
  it('reads the range the text gives for the level the opening is at', () => {
    const text =
      'The range shown below covers all three levels of this role. This opening is at level II, which pays £33,500 – £36,500 a year. For reference, level I pays £29,000 – £32,500.';
    expect(payOfOpeningLevel(all, text)).toMatchObject({ min: 33_500, max: 36_500 });
  });
  it('keeps the range when the level figure lies outside it', () => {
    const text = 'This opening is at level IV, which pays £45,000 – £48,000 a year.';
    expect(payOfOpeningLevel(all, text)).toMatchObject({ min: 29_000, max: 41_000 });
  });
});
