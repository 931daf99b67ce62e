import { describe, expect, it } from 'vitest';
import { cleanSiteName } from './site-name.ts';

describe("a site's own name", () => {
  it('drops the careers words around an employer, but keeps an agency named "… Talent"', () => {
    expect(cleanSiteName('Roblox Careers')).toBe('Roblox');
    expect(cleanSiteName('Careers at Netflix')).toBe('Netflix');
    expect(cleanSiteName('Acme | Talent')).toBe('Acme');
    expect(cleanSiteName('Acme Talent Acquisition')).toBe('Acme');
    expect(cleanSiteName('Aldgate Talent')).toBe('Aldgate Talent');
  });
});
