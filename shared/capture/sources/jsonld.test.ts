import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readJsonLd } from './jsonld.ts';

const REF = new Date('2026-01-15T00:00:00Z');
const page = (...blocks: unknown[]) =>
  parseHTML(
    `<html><head>${blocks
      .map(
        (b) => `<script type="application/ld+json">${typeof b === 'string' ? b : JSON.stringify(b)}</script>`,
      )
      .join('')}</head><body></body></html>`,
  ).document;
const read = (...blocks: unknown[]) => readJsonLd(page(...blocks), REF)?.fields;

const posting = (extra: Record<string, unknown>) => ({
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: 'Data Engineer',
  hiringOrganization: { '@type': 'Organization', name: 'Acme' },
  ...extra,
});

describe('JSON-LD JobPosting', () => {
  it('finds the posting inside @graph next to other nodes', () => {
    const f = read({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'WebSite', name: 'x' }, posting({})],
    });
    expect(f).toMatchObject({ title: 'Data Engineer', company: 'Acme' });
  });

  it('finds it in a top-level array and with an array @type', () => {
    expect(read([{ '@type': 'BreadcrumbList' }, posting({ '@type': ['JobPosting'] })])?.title).toBe(
      'Data Engineer',
    );
  });

  it('decodes entity-encoded titles and entity-encoded HTML descriptions', () => {
    const f = read(
      posting({
        title: 'R&amp;D Engineer &#8211; Platform',
        description:
          '&lt;p&gt;Build &amp;amp; ship.&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;&lt;ul&gt;&lt;li&gt;Go&lt;/li&gt;&lt;/ul&gt;',
      }),
    );
    expect(f?.title).toBe('R&D Engineer – Platform');
    expect(f?.descriptionText).toBe('Build & ship.\n• Go');
    expect(f?.descriptionHtml).not.toContain('script');
  });

  it.each([
    [
      {
        '@type': 'MonetaryAmount',
        currency: 'USD',
        value: { '@type': 'QuantitativeValue', minValue: 120000, maxValue: 150000, unitText: 'YEAR' },
      },
      { min: 120000, max: 150000, currency: 'USD', period: 'YEAR' },
    ],
    [
      { currency: 'EUR', value: { value: 55000, unitText: 'YEAR' } },
      { min: 55000, max: 55000, currency: 'EUR', period: 'YEAR' },
    ],
    [
      { currency: 'GBP', value: { minValue: '25', maxValue: '30', unitText: 'HOUR' } },
      { min: 25, max: 30, currency: 'GBP', period: 'HOUR' },
    ],
    [
      { currency: 'USD', value: 90000 },
      { min: 90000, max: 90000, currency: 'USD', period: 'YEAR' },
    ],
    [
      { currency: 'CAD', minValue: 80000, maxValue: 95000, unitText: 'per year' },
      { min: 80000, max: 95000, currency: 'CAD', period: 'YEAR' },
    ],
    [
      [{ currency: 'USD', value: { minValue: 40, maxValue: 50, unitText: 'HOUR' } }],
      { min: 40, max: 50, currency: 'USD', period: 'HOUR' },
    ],
    [
      { currency: 'usd', value: { minValue: '4,000', maxValue: '5,000', unitText: 'MONTH' } },
      { min: 4000, max: 5000, currency: 'USD', period: 'MONTH' },
    ],
  ])('reads baseSalary shape %#', (baseSalary, want) => {
    expect(read(posting({ baseSalary }))?.salary).toMatchObject(want);
  });

  it('ignores placeholder salaries of zero or one', () => {
    expect(
      read(posting({ baseSalary: { currency: 'USD', value: { value: 0, unitText: 'YEAR' } } }))?.salary,
    ).toBeUndefined();
    expect(
      read(
        posting({ baseSalary: { currency: 'USD', value: { minValue: 1, maxValue: 1, unitText: 'HOUR' } } }),
      )?.salary,
    ).toBeUndefined();
  });

  it('reads jobLocation as Place, array, or string, skipping empty addresses', () => {
    const f = read(
      posting({
        jobLocation: [
          {
            '@type': 'Place',
            address: {
              '@type': 'PostalAddress',
              addressLocality: 'Austin',
              addressRegion: 'TX',
              addressCountry: 'US',
            },
          },
          { '@type': 'Place', address: { addressLocality: null, addressRegion: null, addressCountry: null } },
          'Berlin, Germany',
        ],
      }),
    );
    expect(f?.locations).toEqual([
      { raw: 'Austin, TX, US', city: 'Austin', region: 'TX', country: 'US' },
      { raw: 'Berlin, Germany', city: 'Berlin', country: 'DE' },
    ]);
  });

  it('reads TELECOMMUTE with applicantLocationRequirements as a remote location', () => {
    const f = read(
      posting({
        jobLocationType: 'TELECOMMUTE',
        applicantLocationRequirements: { '@type': 'Country', name: 'USA' },
      }),
    );
    expect(f?.workType).toBe('remote');
    expect(f?.locations?.[0]).toMatchObject({ raw: 'Remote (USA)', country: 'US' });
  });

  it('reads dates and employment type', () => {
    const f = read(
      posting({
        datePosted: '2025-10-09T00:00:00',
        validThrough: '2026-04-07',
        employmentType: ['FULL_TIME'],
      }),
    );
    expect(f).toMatchObject({
      postedAt: '2025-10-09',
      validThrough: '2026-04-07',
      employmentType: 'full_time',
    });
  });

  it('tolerates raw newlines and trailing commas', () => {
    const raw = '{"@type":"JobPosting","title":"Line\none","hiringOrganization":{"name":"Acme",},}';
    expect(read(raw)?.title).toBe('Line one');
  });

  it('returns null when no block is a JobPosting', () => {
    expect(readJsonLd(page({ '@type': 'Organization', name: 'Acme' }), REF)).toBeNull();
  });
});

describe('a remote JSON-LD posting with an address', () => {
  it('keeps the address and adds where applicants may live', () => {
    const f = read(
      posting({
        jobLocationType: 'TELECOMMUTE',
        applicantLocationRequirements: { '@type': 'Country', name: 'Canada' },
        jobLocation: { '@type': 'Place', address: { addressLocality: 'Moncton', addressCountry: 'CA' } },
      }),
    );
    expect(f?.locations?.map((l) => l.raw)).toEqual(['Moncton, CA', 'Remote (Canada)']);
    expect(f?.workType).toBe('remote');
  });

  it('adds nothing when the posting names no applicant area', () => {
    const f = read(
      posting({
        jobLocationType: 'TELECOMMUTE',
        jobLocation: { '@type': 'Place', address: { addressLocality: 'Moncton', addressCountry: 'CA' } },
      }),
    );
    expect(f?.locations?.map((l) => l.raw)).toEqual(['Moncton, CA']);
  });
});
