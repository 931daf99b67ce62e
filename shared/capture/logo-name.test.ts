import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { logoName } from './dom.ts';

const img = (alt: string) => parseHTML(`<img alt="${alt}">`).document.querySelector('img')!;

describe("a logo's name", () => {
  it('is the name without what the image is or where its link goes', () => {
    expect(logoName(img("St. Finbarr's University Hospital home"))).toBe("St. Finbarr's University Hospital");
    expect(logoName(img('Acme Logistics logo'))).toBe('Acme Logistics');
    expect(logoName(img('Seal of the State of California'))).toBe('State of California');
    expect(logoName(img('Northwind - go to homepage'))).toBe('Northwind');
  });

  it('keeps a name that only contains such a word', () => {
    expect(logoName(img('Homebase'))).toBe('Homebase');
    expect(logoName(img('Care Home Partners'))).toBe('Care Home Partners');
  });
});
