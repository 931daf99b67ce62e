import { describe, expect, it } from 'vitest';
import {
  countriesIn,
  parsePlace,
  parsePlaces,
  placeOfLocation,
  regionOfCity,
  remoteRegionsOf,
  remoteRegionsOfProse,
} from './geo.ts';

describe('parsePlace', () => {
  it.each([
    ['Austin, TX', { city: 'austin', region: 'TX', country: 'US' }],
    ['Oak Park, IL 60302', { city: 'oak park', region: 'IL', country: 'US' }],
    ['Toronto, ON, Canada', { city: 'toronto', region: 'ON', country: 'CA' }],
    ['London, United Kingdom (Hybrid)', { city: 'london', region: 'LND', country: 'GB' }],
    ['US-VA-Arlington', { city: 'arlington', region: 'VA', country: 'US' }],
    ['Melbourne VIC (Remote)', { city: 'melbourne', region: 'VIC', country: 'AU' }],
    ['Remote (US)', { country: 'US' }],
    // One reader with capture: a known city of another country keeps the state's country, a region code
    // after the country's code is that country's, and the first of several places is the one read.
    ['Dublin, OH (Hybrid)', { city: 'dublin', region: 'OH', country: 'US' }],
    ['Amsterdam, NL', { city: 'amsterdam', country: 'NL' }],
    ['Toronto, ON, CA', { city: 'toronto', region: 'ON', country: 'CA' }],
    ['Denver, CO; Dublin, Ireland', { city: 'denver', region: 'CO', country: 'US' }],
    ['Penrith, Sydney NSW', { city: 'sydney', region: 'NSW', country: 'AU' }],
    ['Ontario, Canada', { region: 'ON', country: 'CA' }],
    ['US Only', { country: 'US' }],
    ['Germany, Munich', { city: 'munich', country: 'DE' }],
    ['Dublin 12W (Walkinstown), Ireland', { city: 'dublin', country: 'IE' }],
    // A UK postcode, whole or its district, after the city: a resume header's "Headingley, Leeds LS6".
    ['Headingley, Leeds LS6', { city: 'leeds', region: 'WYK', country: 'GB' }],
    ['Bristol BS1 4DJ', { city: 'bristol', region: 'BST', country: 'GB' }],
    // UK towns and regions: a town names its metropolitan county, a county or nation is a region.
    ['Walkden, Bolton BL4', { city: 'bolton', region: 'GTM', country: 'GB' }],
    ['Moortown, Greater Manchester', { city: 'moortown', region: 'GTM', country: 'GB' }],
    ['Dewsbury, West Yorkshire', { city: 'dewsbury', region: 'WYK', country: 'GB' }],
    ['Stirling, Scotland', { city: 'stirling', region: 'SCT', country: 'GB' }],
    ['Remote - Wales', { region: 'WLS', country: 'GB' }],
  ])('%s', (raw, place) => {
    expect(parsePlace(raw)).toEqual(place);
  });

  it('knows the region of a known town in the country given, and none elsewhere', () => {
    expect(regionOfCity('Gateshead NE8', 'GB')).toBe('TWR');
    expect(regionOfCity('Gateshead', 'US')).toBeUndefined();
    expect(regionOfCity('Smalltown', 'GB')).toBeUndefined();
    expect(placeOfLocation({ raw: 'Solihull', city: 'Solihull', country: 'GB' }).region).toBe('WMD');
  });

  it('reads every place of a location that lists several', () => {
    expect(parsePlaces('Manchester, UK or Toronto, Canada (Hybrid)')).toEqual([
      { city: 'manchester', region: 'GTM', country: 'GB' },
      { city: 'toronto', region: 'ON', country: 'CA' },
    ]);
  });

  it('names no town where the place opens with none ("Remote, anywhere between UTC-3 and UTC+3")', () => {
    expect(parsePlace('Remote, anywhere between UTC-3 and UTC+3')).toEqual({});
  });

  it('leaves unknown places without a country rather than guessing', () => {
    expect(parsePlace('Springfield').country).toBeUndefined();
  });

  it('finds countries named in a sentence', () => {
    expect(countriesIn('Remote within the US or Canada.').sort()).toEqual(['CA', 'US']);
    expect(countriesIn('You must have the right to work in the UK.')).toEqual(['GB']);
  });

  it('reads no country from a wider area or a time zone', () => {
    expect(countriesIn('Remote - South America, contractors only')).toEqual([]);
    expect(countriesIn('Remote from Chile or anywhere in Latin America')).toEqual(['CL']);
    expect(countriesIn('Remote anywhere, with three hours of overlap with US Pacific time')).toEqual([]);
    expect(countriesIn('Work from home in Portugal on UK business hours')).toEqual(['PT']);
    expect(parsePlace('Remote - Asia Pacific')).toEqual({});
  });
});

describe('placeOfLocation', () => {
  it('reads a neighbourhood of a known city as that city', () => {
    const captured = { raw: 'Ballsbridge, Dublin 4, Ireland', country: 'IE', city: 'Ballsbridge' };
    expect(placeOfLocation(captured)).toEqual({ country: 'IE', region: undefined, city: 'dublin' });
  });

  it('keeps a captured city the table knows, and one no part of the text improves on', () => {
    expect(placeOfLocation({ raw: 'Austin, TX', country: 'US', region: 'TX', city: 'Austin' }).city).toBe(
      'austin',
    );
    expect(
      placeOfLocation({ raw: 'Maynooth, Co. Kildare, Ireland', country: 'IE', city: 'Maynooth' }).city,
    ).toBe('maynooth');
  });
});

describe('remoteRegionsOf', () => {
  it('reads the states a remote location is limited to, and none when it names a city', () => {
    expect(remoteRegionsOf('Remote - Oregon')).toEqual([{ country: 'US', region: 'OR' }]);
    expect(remoteRegionsOf('Remote - CO, UT, ID')).toEqual([
      { country: 'US', region: 'CO' },
      { country: 'US', region: 'UT' },
      { country: 'US', region: 'ID' },
    ]);
    expect(remoteRegionsOf('Denver, CO (Remote)')).toEqual([]);
    expect(remoteRegionsOf('Remote (US)')).toEqual([]);
  });

  it('reads several cities in a remote location as a territory: their states', () => {
    expect(remoteRegionsOf('Remote - Denver, CO / Phoenix, AZ')).toEqual([
      { country: 'US', region: 'CO' },
      { country: 'US', region: 'AZ' },
    ]);
    expect(remoteRegionsOf('Remote (Seattle or Portland, Oregon)')).toEqual([
      { country: 'US', region: 'OR' },
      { country: 'US', region: 'WA' },
    ]);
  });
});

describe('remoteRegionsOfProse', () => {
  it('reads the states a remote role says its people must live in, not states it turns down or mentions', () => {
    const body =
      'You can work from home, but we can only hire people living in Nevada, Idaho or Oregon; payroll is set up there.\nWe cannot hire residents of Montana yet.';
    const states = remoteRegionsOfProse(body).map((p) => `${p.country}-${p.region}`);
    expect(states.sort()).toEqual(['US-ID', 'US-NV', 'US-OR']);
    // Where the company can employ people limits where they may live just as well.
    const payroll =
      'The job is remote, though at present we are able to employ staff only in these states: Ohio, Utah and Maine.';
    expect(
      remoteRegionsOfProse(payroll)
        .map((p) => p.region)
        .sort(),
    ).toEqual(['ME', 'OH', 'UT']);
    expect(remoteRegionsOfProse('We hire great people. Ohio and Utah offices host our offsites.')).toEqual(
      [],
    );
    expect(remoteRegionsOfProse('Our head office is based in Boise, Idaho. Oregon hours a plus.')).toEqual(
      [],
    );
  });
});

describe('a town named like a country', () => {
  it('"Holland, MI" and "Mexico, MO" are US towns; "Holland" alone and "Amsterdam, Holland" are the Netherlands', () => {
    expect(parsePlace('Holland, MI')).toMatchObject({ city: 'holland', region: 'MI', country: 'US' });
    expect(parsePlace('Mexico, MO')).toMatchObject({ country: 'US', region: 'MO' });
    expect(parsePlace('Holland').country).toBe('NL');
    expect(parsePlace('Amsterdam, Holland').country).toBe('NL');
  });
});
