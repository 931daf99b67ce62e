import { describe, expect, it } from 'vitest';
import { employmentTypeInProse } from './employment-prose.ts';
import { employmentTypeOfTitle } from './employment-title.ts';

describe("the hours or engagement a job's title names", () => {
  it.each([
    ['[Hiring] Part-Time Virtual Assistant for a small candle business', 'part_time'],
    ['Now hiring: Part-time Counter Help', 'part_time'],
    ['Line Cook - Full Time', 'full_time'],
    ['Barista (Part Time)', 'part_time'],
    ['Seasonal Warehouse Associate', 'temporary'],
    ['Data Engineer – Contract', 'contract'],
  ])('%s', (title, type) => {
    expect(employmentTypeOfTitle(title)).toBe(type);
  });

  it('reads no job whose name opens with a contract word as its engagement', () => {
    expect(employmentTypeOfTitle('Contract Manager')).toBeNull();
    expect(employmentTypeOfTitle('Temporary Works Engineer')).toBeNull();
    expect(employmentTypeOfTitle('Senior Accountant')).toBeNull();
  });
});

describe('the hire a post seeks, named with its hours', () => {
  it('"looking for a part-time …" and "seeks a full-time …" state the type', () => {
    expect(
      employmentTypeInProse('So I am looking for a part-time virtual assistant to take admin off my plate.'),
    ).toBe('part_time');
    expect(employmentTypeInProse('Cedar Run Apartments seeks a full-time maintenance tech to join us.')).toBe(
      'full_time',
    );
  });

  it('not a choice, nor another ad with no article', () => {
    expect(employmentTypeInProse('We are looking for a full-time or part-time cashier.')).toBeNull();
    expect(employmentTypeInProse('Corner deli seeks part-time counter help, mornings.')).toBeNull();
  });
});

describe('an intern named in the title', () => {
  it('reads "Supply Chain Analytics Intern (Summer 2026)" as an internship, not "Internal Auditor"', () => {
    expect(employmentTypeOfTitle('Supply Chain Analytics Intern (Summer 2026)')).toBe('internship');
    expect(employmentTypeOfTitle('Internal Auditor')).toBeNull();
  });
});
