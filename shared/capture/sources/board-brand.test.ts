import { describe, expect, it } from 'vitest';
import '../adapters/all.ts';
import { isBoardBrand } from './page.ts';

describe("a board's own brand, as its pages spell it", () => {
  it('reads a board named by its domain with the ending spelled out as a word', () => {
    expect(isBoardBrand('Just Join IT')).toBe(true);
    expect(isBoardBrand('Odrasoft')).toBe(false);
    expect(isBoardBrand('Harbour IT')).toBe(false);
  });
});
