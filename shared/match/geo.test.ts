import { describe, expect, it } from 'vitest';
import { countriesIn, parsePlace } from './geo.ts';

describe('parsePlace', () => {
  it.each([
    ['Austin, TX', { city: 'austin', region: 'TX', country: 'US' }],
    ['Oak Park, IL 60302', { city: 'oak park', region: 'IL', country: 'US' }],
    ['Toronto, ON, Canada', { city: 'toronto', region: 'ON', country: 'CA' }],
    ['London, United Kingdom (Hybrid)', { city: 'london', country: 'GB' }],
    ['US-VA-Arlington', { city: 'arlington', region: 'VA', country: 'US' }],
    ['Melbourne VIC (Remote)', { city: 'melbourne', region: 'VIC', country: 'AU' }],
    ['Remote (US)', { country: 'US' }],
    ['Germany, Munich', { city: 'munich', country: 'DE' }],
  ])('%s', (raw, place) => {
    expect(parsePlace(raw)).toEqual(place);
  });

  it('leaves unknown places without a country rather than guessing', () => {
    expect(parsePlace('Springfield').country).toBeUndefined();
  });

  it('finds countries named in a sentence', () => {
    expect(countriesIn('Remote within the US or Canada.').sort()).toEqual(['CA', 'US']);
    expect(countriesIn('You must have the right to work in the UK.')).toEqual(['GB']);
  });
});
