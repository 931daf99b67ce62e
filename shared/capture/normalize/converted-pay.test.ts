import { describe, expect, it } from 'vitest';
import type { Salary } from '../types.ts';
import { employerPayOverConverted } from './converted-pay.ts';

const boardUsd: Salary = { min: 90000, max: 110000, currency: 'USD', period: 'YEAR' };
const posting = 'Pay\n£5,200 – £6,100 gross per month, paid in GBP.';

describe("the employer's pay over a board's converted figure", () => {
  it("takes the description's own pay when the page says the board converted its figure", () => {
    const page = () => 'All salaries on this board are converted to USD per year for comparison.';
    expect(employerPayOverConverted(boardUsd, posting, page)).toMatchObject({
      min: 5200,
      max: 6100,
      currency: 'GBP',
      period: 'MONTH',
    });
  });

  it('keeps the figure when nothing says it was converted, or the currencies agree', () => {
    expect(employerPayOverConverted(boardUsd, posting, () => 'Apply by Friday.')).toBe(boardUsd);
    const page = () => 'Salaries converted to USD by the board.';
    expect(employerPayOverConverted(boardUsd, 'Pay: $90,000 – $110,000 a year.', page)).toBe(boardUsd);
  });
});
