import { describe, expect, it } from 'vitest';
import type { Salary } from '../types.ts';
import { payBoundsOverPoint } from './pay-bounds.ts';

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
