import { describe, expect, it } from 'vitest';
import { parseNumber } from './money-amount.ts';

describe('parseNumber', () => {
  it.each([
    ['60.000', 60_000],
    ['60,000', 60_000],
    ['1,234,567', 1_234_567],
    ['1.234.567,89', 1_234_567.89],
    ['60.000,5', 60_000.5],
    ['45,5', 45.5],
    ['18.50', 18.5],
    ['1 234', 1_234],
    ["1'234'000", 1_234_000],
    ['12,00,000', 1_200_000],
  ] as const)('%s → %d', (raw, n) => {
    expect(parseNumber(raw)).toBe(n);
  });
});
