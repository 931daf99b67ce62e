import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pickCompany } from './company.ts';
import { pageSignals } from './page.ts';

const signalsOf = (head: string, body: string, url: string) =>
  pageSignals(
    parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document,
    new URL(url),
  );

describe('the employer a post introduces on a classifieds, community or freelance site', () => {
  it.each([
    ['Hi all! I own Wildfern Candle Co., a small hand-poured candle shop.', 'Wildfern Candle Co.'],
    ["We're Brightwell Analytics, a 12-person SaaS company.", 'Brightwell Analytics'],
    ['Saltbush Plumbing Pty Ltd is a family plumbing business in Toowoomba.', 'Saltbush Plumbing Pty Ltd'],
    [
      'Cedar Run Apartments, a 64-unit community in Millbrook, seeks a full-time maintenance tech.',
      'Cedar Run Apartments',
    ],
    ['Little Acorns Day Home is a licensed, agency-approved day home in Calgary.', 'Little Acorns Day Home'],
  ])('"%s" names %s, not the site', (opening, name) => {
    const sig = signalsOf(
      '<title>Hiring post : forhire</title><meta property="og:site_name" content="Reddit">',
      `<h1>Part-time help wanted</h1><p>${opening} More about the work follows in this paragraph.</p>`,
      'https://www.reddit.com/r/forhire/comments/1j8qk3w/hiring/',
    );
    expect(pickCompany(sig)?.value).toBe(name);
  });

  it('takes no sentence about the role or a client for a name', () => {
    for (const opening of [
      'This role is a great fit for someone who loves candles and admin work.',
      'Our client is a family plumbing business in Toowoomba with six plumbers.',
      'We are a small team looking for a reliable virtual assistant this spring.',
    ]) {
      const sig = signalsOf(
        '<title>Hiring</title>',
        `<h1>Assistant</h1><p>${opening}</p>`,
        'https://www.upwork.com/jobs/~01',
      );
      expect(pickCompany(sig)?.detail ?? '').not.toMatch(/introduces/);
    }
  });
});

describe("a newspaper's classifieds", () => {
  it('does not take the newspaper for the advertiser', () => {
    const sig = signalsOf(
      '<title>HANDYMAN - Help Wanted - Classifieds - The Millbrook Courier</title><meta property="og:site_name" content="The Millbrook Courier Classifieds">',
      '<h1>HANDYMAN</h1><p>Cedar Run Apartments, a 64-unit community in Millbrook, seeks a full-time maintenance tech.</p>',
      'https://classifieds.millbrookcourier.com/ads/41822',
    );
    expect(pickCompany(sig)?.value).toBe('Cedar Run Apartments');
  });
});

describe('"… at Company (Place)" in the title', () => {
  it('leaves the bracketed place out of the name', () => {
    const sig = signalsOf(
      '<title>Now hiring: Counter Help at Little Fig Bakery (Temescal) — Nextdoor</title><meta property="og:title" content="Now hiring: Counter Help at Little Fig Bakery (Temescal)">',
      '<h1>Now hiring: Counter Help</h1>',
      'https://nextdoor.com/p/QxT2',
    );
    expect(pickCompany(sig)?.value).toBe('Little Fig Bakery');
  });
});
