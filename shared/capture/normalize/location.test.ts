import { describe, expect, it } from 'vitest';
import {
  parseLocation,
  parseLocations,
  workTypeFromLabel,
  workTypeFromProse,
  workTypeOfLocations,
} from './location.ts';

type Row = [raw: string, city: string | undefined, region: string | undefined, country: string | undefined];

const ONE: Row[] = [
  ['San Francisco, CA', 'San Francisco', 'CA', 'US'],
  // A code that is a state and a country both: the country a well-known city is in, else the state.
  ['Hamburg, DE', 'Hamburg', undefined, 'DE'],
  ['Wilmington, DE', 'Wilmington', 'DE', 'US'],
  ['Bengaluru, IN', 'Bengaluru', undefined, 'IN'],
  ['Indianapolis, IN', 'Indianapolis', 'IN', 'US'],
  ['New York, NY, United States', 'New York', 'NY', 'US'],
  ['Austin, Texas', 'Austin', 'TX', 'US'],
  ['San Mateo, CA, United States', 'San Mateo', 'CA', 'US'],
  ['Seattle, WA, USA', 'Seattle', 'WA', 'US'],
  ['Washington, DC', 'Washington', 'DC', 'US'],
  ['Toronto, ON', 'Toronto', 'ON', 'CA'],
  ['Vancouver, British Columbia, Canada', 'Vancouver', 'BC', 'CA'],
  ['Montréal, QC, Canada', 'Montréal', 'QC', 'CA'],
  ['Berlin, Germany', 'Berlin', undefined, 'DE'],
  ['München, Deutschland', 'München', undefined, 'DE'],
  ['Germany, Munich', 'Munich', undefined, 'DE'],
  ['London, UK', 'London', undefined, 'GB'],
  ['London, England, United Kingdom', 'London', undefined, 'GB'],
  ['Paris, France', 'Paris', undefined, 'FR'],
  ['Amsterdam, Netherlands', 'Amsterdam', undefined, 'NL'],
  ['Dublin, Ireland', 'Dublin', undefined, 'IE'],
  ['Madrid, España', 'Madrid', undefined, 'ES'],
  ['Warsaw, Poland', 'Warsaw', undefined, 'PL'],
  ['Stockholm, Sweden', 'Stockholm', undefined, 'SE'],
  ['Zürich, Switzerland', 'Zürich', undefined, 'CH'],
  ['Bengaluru, India', 'Bengaluru', undefined, 'IN'],
  ['Singapore', undefined, undefined, 'SG'],
  ['Tokyo, Japan', 'Tokyo', undefined, 'JP'],
  ['Sydney NSW', 'Sydney', 'NSW', 'AU'],
  ['Melbourne VIC (Remote)', 'Melbourne', 'VIC', 'AU'],
  ['Melbourne, Victoria, Australia', 'Melbourne', 'VIC', 'AU'],
  ['Auckland, New Zealand', 'Auckland', undefined, 'NZ'],
  ['São Paulo, Brazil', 'São Paulo', undefined, 'BR'],
  ['Mexico City, Mexico', 'Mexico City', undefined, 'MX'],
  ['Remote (US)', undefined, undefined, 'US'],
  ['Remote - Canada', undefined, undefined, 'CA'],
  ['Remote, Canada', undefined, undefined, 'CA'],
  ['Remote (Australia)', undefined, undefined, 'AU'],
  ['US-VA-Arlington', 'Arlington', 'VA', 'US'],
  ['CA-ON-Toronto', 'Toronto', 'ON', 'CA'],
  ['Paris, FR', 'Paris', undefined, 'FR'],
  ['Los Gatos, CA, US', 'Los Gatos', 'CA', 'US'],
  ['Chicago, Illinois, United States of America', 'Chicago', 'IL', 'US'],
  ['Remote', undefined, undefined, undefined],
];

describe('parseLocation', () => {
  // An area wider than a country is no city: "EU" is not a place a person lives in.
  it.each([
    ['Remote (EU)', undefined],
    ['Remote - EMEA', undefined],
    ['Remote, Europe', undefined],
    ['Berlin, Germany (Remote - Europe)', 'Berlin'],
  ])('%s has no area for its city', (raw, city) => {
    expect(parseLocation(raw).city).toBe(city);
  });

  it.each(ONE)('%s', (raw, city, region, country) => {
    const l = parseLocation(raw);
    expect(l.raw).toBe(raw);
    expect({ city: l.city, region: l.region, country: l.country }).toEqual({ city, region, country });
  });
});

describe('parseLocations (several places in one field)', () => {
  it.each([
    ['US-VA-Arlington//US-Remote', 2],
    ['San Francisco, CA; New York, NY', 2],
    ['London | Berlin | Remote', 3],
    ['Austin, TX or Remote', 2],
    ['New York, NY / San Francisco, CA / Seattle, WA', 3],
    ['Berlin · Munich', 2],
    ['Dublin, Ireland', 1],
  ] as const)('%s → %d places', (raw, n) => {
    expect(parseLocations(raw)).toHaveLength(n);
  });

  it('keeps each place parsed', () => {
    const [a, b] = parseLocations('San Francisco, CA; Toronto, ON');
    expect(a).toMatchObject({ city: 'San Francisco', region: 'CA', country: 'US' });
    expect(b).toMatchObject({ city: 'Toronto', region: 'ON', country: 'CA' });
  });
});

describe('work arrangement', () => {
  it.each([
    ['Remote (US)', 'remote'],
    ['Melbourne VIC (Remote)', 'remote'],
    ['Hybrid - London', 'hybrid'],
    ['On-site', 'onsite'],
    ['In-office, Berlin', 'onsite'],
    ['Work from home', 'remote'],
    ['Berlin, Germany', null],
    ['Télétravail', 'remote'],
    // Home office offered as a possibility is some days at home, not a remote job.
    ['Homeoffice möglich', 'hybrid'],
    ['Home office possible', 'hybrid'],
    ['Thuiswerken mogelijk', 'hybrid'],
    ['Sur place', 'onsite'],
    ['Stationnement sur place', null],
  ] as const)('label %s → %s', (text, want) => {
    expect(workTypeFromLabel(text)).toBe(want);
  });

  it('treats a job with any remote location as remote-eligible', () => {
    expect(workTypeOfLocations(parseLocations('New York (Hybrid) / Remote - US'))).toBe('remote');
    expect(workTypeOfLocations(parseLocations('Hybrid - London; Berlin'))).toBe('hybrid');
  });

  it.each([
    ['This is a hybrid in-office role and you will work from San Mateo.', 'hybrid'],
    ['Location-based hybrid policy: we expect staff in the office 25% of the time.', 'hybrid'],
    ['This role is fully remote within the EU.', 'remote'],
    ['All of our roles are remote, however some carry location requirements.', 'remote'],
    ['This position is on-site in our Austin office.', 'onsite'],
    ['The role is based in our Munich office.', 'onsite'],
    ['You will be working from our Paris office five days a week.', 'onsite'],
    ['There is no remote option for this position.', 'onsite'],
    ['We build hybrid cloud infrastructure and remote debugging tools.', null],
    ['Collaborate in a remote, asynchronous, cross-functional environment.', null],
  ] as const)('prose %s → %s', (text, want) => {
    expect(workTypeFromProse(text)).toBe(want);
  });
});

describe('well-known cities written alone', () => {
  it('carry their country', () => {
    expect(parseLocation('Hamburg')).toMatchObject({ city: 'Hamburg', country: 'DE' });
    expect(parseLocation('Bengaluru')).toMatchObject({ city: 'Bengaluru', country: 'IN' });
  });
  it('leave words that are also places alone', () => {
    expect(parseLocation('Mobile').country).toBeUndefined();
    expect(parseLocation('Reading').country).toBeUndefined();
  });
});

describe('part of the week from home', () => {
  it.each([
    ['Up to 50% work from home', 'hybrid'],
    ['60% remote', 'hybrid'],
    ['Up to 100% work from home', 'remote'],
  ] as const)('%s → %s', (label, want) => {
    expect(workTypeFromLabel(label)).toBe(want);
  });
});

describe('connector words around a remote place', () => {
  it('finds the country in "Remote within Germany"', () => {
    expect(parseLocation('Remote within Germany')).toMatchObject({ country: 'DE' });
    expect(parseLocation('Remote from anywhere in Canada')).toMatchObject({ country: 'CA' });
  });
});

describe('more arrangement sentences', () => {
  it.each([
    ['You can work remotely from anywhere in the US.', 'remote'],
    ['Hybrid: 3 days per week in the Toronto office', 'hybrid'],
    ['This role requires you to be in the office 3 days a week.', 'hybrid'],
    ['Our stack runs on hybrid cloud infrastructure.', null],
    ['Experience with remote debugging tools.', null],
  ] as const)('%s → %s', (text, want) => {
    expect(workTypeFromProse(text)).toBe(want);
  });
});

describe("a note naming the employer's site", () => {
  it('keeps the city, drops a site note in brackets and reads a bracketed country as a part', () => {
    expect(parseLocation('Leeds (Kirkstall Road depot)')).toMatchObject({ city: 'Leeds' });
    expect(parseLocation('Austin, TX (Head office)')).toMatchObject({ city: 'Austin', region: 'TX' });
    expect(parseLocation('Berlin (Germany)')).toMatchObject({ city: 'Berlin', country: 'DE' });
  });
});

describe('a postal code after the state or province', () => {
  it('is left out of the place, so the region and country are read', () => {
    expect(parseLocation('Moncton, NB E1C 4M3')).toMatchObject({
      city: 'Moncton',
      region: 'NB',
      country: 'CA',
    });
    expect(parseLocation('Dayton, OH 45402')).toMatchObject({ city: 'Dayton', region: 'OH', country: 'US' });
    expect(parseLocation('Tulsa, OK 74103-3708')).toMatchObject({ region: 'OK', country: 'US' });
  });

  it('reads an Australian four-digit postcode after the state, and only there', () => {
    expect(parseLocation('Alice Springs NT 0870')).toMatchObject({
      city: 'Alice Springs',
      region: 'NT',
      country: 'AU',
    });
    expect(parseLocation('Ballarat, VIC 3350')).toMatchObject({ city: 'Ballarat', country: 'AU' });
    expect(parseLocation('Studio 2024').city).toBe('Studio 2024');
  });
});

describe('country, region and city joined by hyphens (Taleo, Oracle)', () => {
  it('reads a full country name, a region name and the city', () => {
    expect(parseLocation('United States-Vermont-Burlington')).toMatchObject({
      country: 'US',
      region: 'VT',
      city: 'Burlington',
    });
    expect(parseLocation('Canada-Manitoba-Brandon')).toMatchObject({
      country: 'CA',
      region: 'MB',
      city: 'Brandon',
    });
  });

  it('leaves a hyphenated place name whole', () => {
    expect(parseLocation('Saint-Jean-de-Luz').city).toBe('Saint-Jean-de-Luz');
  });
});

describe('a country named after the region', () => {
  it('reads the region in the country the place names, not the first country with that code', () => {
    expect(parseLocation('Mt Kessel, WA, AU')).toMatchObject({
      city: 'Mt Kessel',
      region: 'WA',
      country: 'AU',
    });
    expect(parseLocation('Perth, WA, Australia')).toMatchObject({ city: 'Perth', country: 'AU' });
    expect(parseLocation('Cham, BY, DE')).toMatchObject({ city: 'Cham', country: 'DE' });
  });

  it('still reads a two-letter code after a city as its state', () => {
    expect(parseLocation('SoMa, San Francisco, CA')).toMatchObject({ region: 'CA', country: 'US' });
    expect(parseLocation('Seattle, WA')).toMatchObject({ region: 'WA', country: 'US' });
    expect(parseLocation('Kelowna, BC, CA')).toMatchObject({ region: 'BC', country: 'CA' });
  });
});

describe('a town named like a country, before its state', () => {
  it('"Holland, MI" is Holland in Michigan; "Amsterdam, Holland" and "United States, CA" keep their countries', () => {
    expect(parseLocation('Holland, MI')).toMatchObject({ city: 'Holland', region: 'MI', country: 'US' });
    expect(parseLocation('Amsterdam, Holland')).toMatchObject({ city: 'Amsterdam', country: 'NL' });
    expect(parseLocation('United States, CA').country).toBe('US');
  });
});

describe('a region, a district or a postcode where a city might be read', () => {
  it('reads a state or province named in full before any city as the region, not a town', () => {
    expect(parseLocation('Ontario, Canada')).toMatchObject({ region: 'ON', country: 'CA' });
    expect(parseLocation('Remote - Florida')).toMatchObject({ region: 'FL', country: 'US' });
    expect(parseLocation('Ontario, Canada').city).toBeUndefined();
    // A town before its state's code stays the town; so does a city that is also a state's name.
    expect(parseLocation('Delaware, OH')).toMatchObject({ city: 'Delaware', region: 'OH' });
    expect(parseLocation('Victoria').region).toBeUndefined();
  });

  it('reads a country, a city and its district when the middle names no region', () => {
    expect(parseLocation('GB - London - Canary Wharf')).toMatchObject({ country: 'GB', city: 'London' });
    expect(parseLocation('United States-Oklahoma-Lawton')).toMatchObject({ region: 'OK', city: 'Lawton' });
  });

  it('reads no city from a postal code written as a part, nor from a second country', () => {
    expect(parseLocation('Hamburg, HH, DE, 21107')).toMatchObject({ city: 'Hamburg', country: 'DE' });
    expect(parseLocation('Remote - Africa (Kenya, Nigeria, Ghana)').city).not.toMatch(/Nigeria|Ghana/);
    expect(parseLocation('Anywhere in the UK')).toMatchObject({ country: 'GB' });
  });
});
