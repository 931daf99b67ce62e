import { describe, expect, it } from 'vitest';
import type { Salary } from '../types.ts';
import { updatedPayOverPosted } from './updated-pay.ts';

const posted = (min: number, max: number, currency = 'USD', period: Salary['period'] = 'HOUR'): Salary => ({
  min,
  max,
  currency,
  period,
  text: `${min}-${max}`,
});

describe("the role's pay as the text updates it", () => {
  it('takes the figure the text says this role was moved to over the posted range', () => {
    const text =
      'Pay update (Oct 6): we looked at what local firms pay and moved this role to $26–$30 an hour. The range in the sidebar is from the original post.\nAlso a $40/month phone stipend.';
    expect(updatedPayOverPosted(posted(24, 28), text)).toMatchObject({ min: 26, max: 30, period: 'HOUR' });
  });

  it('reads other wordings of a change already made', () => {
    const raised = 'We have since raised the rate for this position to $24.50 an hour.';
    expect(updatedPayOverPosted(posted(22, 22), raised)).toMatchObject({ min: 24.5, max: 24.5 });
    const salary = 'Update: the salary for this role has been increased to £31,000 a year.';
    expect(updatedPayOverPosted(posted(29_000, 29_000, 'GBP', 'YEAR'), salary)).toMatchObject({
      min: 31_000,
    });
    const head = 'Salary update (March): now $58,000 – $64,000 a year.';
    expect(updatedPayOverPosted(posted(52_000, 60_000, 'USD', 'YEAR'), head)).toMatchObject({
      min: 58_000,
      max: 64_000,
    });
  });

  it('keeps the posted pay beside a raise to come, another currency or period, or no update', () => {
    const later = 'The rate rises to $24 after 90 days.';
    expect(updatedPayOverPosted(posted(22, 22), later)).toMatchObject({ min: 22, max: 22 });
    const monthly = 'We moved this role to $4,200 a month last spring.';
    expect(updatedPayOverPosted(posted(24, 28), monthly)).toMatchObject({ min: 24, max: 28 });
    const none = 'You get a $40/month phone stipend and a 3% 401(k) match.';
    expect(updatedPayOverPosted(posted(24, 28), none)).toMatchObject({ min: 24, max: 28 });
  });
});
