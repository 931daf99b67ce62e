import { describe, expect, it } from 'vitest';
import { payUnderPeriodHead } from './pay-table-head.ts';

describe('a pay table whose column head names the period', () => {
  it('reads the span of its rows in the period of the head', () => {
    const steps =
      'Placement on the scale is by experience.\nStep Hourly\nStep 1 (new grad) $46.12\nStep 20 $69.18\nNight shift differential is $4.25/hr.';
    expect(payUnderPeriodHead(steps)).toMatchObject({
      min: 46.12,
      max: 69.18,
      currency: 'USD',
      period: 'HOUR',
    });
    const grades = 'Grade Annual salary\nGrade 5 £28,400\nGrade 6 £31,900\nGrade 7 £36,200';
    expect(payUnderPeriodHead(grades)).toMatchObject({
      min: 28_400,
      max: 36_200,
      currency: 'GBP',
      period: 'YEAR',
    });
  });

  it('reads nothing without a period head, from one row, or from rows of ranges', () => {
    expect(payUnderPeriodHead('Step 1 $46.12\nStep 20 $69.18')).toBeNull();
    expect(payUnderPeriodHead('Step Hourly\nStep 1 $46.12\nApply by Friday.')).toBeNull();
    expect(payUnderPeriodHead('Level Hourly\nI $20 – $24\nII $25 – $29')).toBeNull();
  });
});
