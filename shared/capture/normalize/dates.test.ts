import { describe, expect, it } from 'vitest';
import { parseDate, startsWithMonth } from './dates.ts';

const REF = new Date('2026-03-15T12:00:00Z');

describe('parseDate', () => {
  it.each([
    ['2025-10-09T00:00:00', '2025-10-09'],
    ['2025-01-13', '2025-01-13'],
    ['2025-1-3', '2025-01-03'],
    ['2025/02/28', '2025-02-28'],
    ['March 3, 2025', '2025-03-03'],
    ['Mar 3rd 2025', '2025-03-03'],
    ['September 30, 2024', '2024-09-30'],
    ['3 March 2025', '2025-03-03'],
    ['21st Nov 2025', '2025-11-21'],
    ['3. März 2025', '2025-03-03'],
    ['12 janv. 2025', '2025-01-12'],
    ['15 de marzo de 2025', '2025-03-15'],
    ['15.03.2025', '2025-03-15'],
    ['03/15/2025', '2025-03-15'],
    ['15/03/2025', '2025-03-15'],
    ['Posted Today', '2026-03-15'],
    ['Just posted', '2026-03-15'],
    ['Posted 5 hours ago', '2026-03-15'],
    ['Posted Yesterday', '2026-03-14'],
    ['Posted 3 days ago', '2026-03-12'],
    ['Posted 30+ Days Ago', '2026-02-13'],
    ['2 weeks ago', '2026-03-01'],
    ['1 month ago', '2026-02-13'],
    ['4d ago', '2026-03-11'],
    ['vor 3 Tagen', '2026-03-12'],
    ['2025-02-30', null],
    ['not a date', null],
    ['', null],
  ] as const)('%s → %s', (input, want) => {
    expect(parseDate(input, REF)).toBe(want);
  });

  it('reads day-first when asked', () => {
    expect(parseDate('04/05/2025', REF, true)).toBe('2025-05-04');
    expect(parseDate('04/05/2025', REF)).toBe('2025-04-05');
  });

  it('reads epoch milliseconds (Lever createdAt)', () => {
    expect(parseDate(Date.UTC(2025, 5, 1), REF)).toBe('2025-06-01');
  });
});

describe('a month name after numbers', () => {
  it('reads "December" or "March" right after the numbers, and "may" only as a month', () => {
    expect(startsWithMonth(' December, Christmas Eve')).toBe(true);
    expect(startsWithMonth(' Mar. 2027')).toBe(true);
    expect(startsWithMonth(' May 2027')).toBe(true);
    expect(startsWithMonth(' may vary with experience')).toBe(false);
    expect(startsWithMonth(' per hour')).toBe(false);
  });
});
