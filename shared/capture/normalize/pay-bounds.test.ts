import { describe, expect, it } from 'vitest';
import type { Salary } from '../types.ts';
import { columnsAsPoints, payBoundsOverPoint } from './pay-bounds.ts';

const hourly = (v: number): Salary => ({ min: v, max: v, currency: 'USD', period: 'HOUR' });

describe('a pay scale printed as its labelled points', () => {
  it('pays from the minimum to the maximum where the midpoint was picked', () => {
    const text =
      'Pay scale: Minimum $22.10 | Midpoint $27.60 | Maximum $33.15 per hour. Offers depend on experience.';
    expect(payBoundsOverPoint(hourly(27.6), text)).toMatchObject({ min: 22.1, max: 33.15, period: 'HOUR' });
  });

  it('reads "Pay Range Minimum:" / "Pay Range Maximum:" lines', () => {
    const text = 'Pay Range Minimum: $61,500\nPay Range Maximum: $84,000';
    const one: Salary = { min: 61_500, max: 61_500, currency: 'USD', period: 'YEAR' };
    expect(payBoundsOverPoint(one, text)).toMatchObject({ min: 61_500, max: 84_000 });
  });

  it('leaves pay alone where no scale is labelled or the figure is off the scale', () => {
    expect(payBoundsOverPoint(hourly(27.6), 'We pay $27.60 an hour, with a minimum of 3 shifts.')).toEqual(
      hourly(27.6),
    );
    const text = 'Minimum $22.10 | Maximum $33.15 per hour for the previous grade.';
    expect(payBoundsOverPoint(hourly(40), text)).toEqual(hourly(40));
  });
});

describe('a pay scale printed as a table', () => {
  it('joins each figure to the point name over its column', () => {
    const text =
      'Pay for this position\nMinimum Midpoint Maximum\n$46.80 $57.35 $67.90\nHourly, by experience.';
    expect(columnsAsPoints(text)).toBe('Minimum $46.80 | Midpoint $57.35 | Maximum $67.90');
    const upTo: Salary = { min: null, max: 46.8, currency: 'USD', period: 'HOUR' };
    expect(payBoundsOverPoint(upTo, text)).toMatchObject({ min: 46.8, max: 67.9, period: 'HOUR' });
    const grade = 'Grade 12\nMin | Mid | Max\n$71,400 | $84,000 | $96,600';
    const mid: Salary = { min: 84_000, max: 84_000, currency: 'USD', period: 'YEAR' };
    expect(payBoundsOverPoint(mid, grade)).toMatchObject({ min: 71_400, max: 96_600, period: 'YEAR' });
  });

  it('leaves a table alone whose columns are not a scale or do not line up', () => {
    expect(columnsAsPoints('Day Evening Night\n$20 $22 $25')).toBe('');
    expect(columnsAsPoints('Minimum Maximum\n$40,000 $52,000 $60,000')).toBe('');
    expect(columnsAsPoints('Minimum Maximum\nsee the schedule')).toBe('');
  });
});
