import { describe, expect, it } from 'vitest';
import { radios, typesInForm as types } from './testing.ts';

describe('a list of provinces or states asks for the state', () => {
  it('a radio group of Canadian provinces under "Where are you based?" is the state question', () => {
    expect(
      types(radios('Where are you based?', 'p', ['British Columbia', 'Alberta', 'Saskatchewan', 'Manitoba'])),
    ).toEqual(['state']);
  });

  it('a vague title over provinces plus catch-alls ("Another province or territory", "Outside Canada") is the state question', () => {
    const options = [
      'Alberta',
      'British Columbia',
      'Saskatchewan',
      'Manitoba',
      'Another province or territory',
      'Outside Canada',
    ];
    expect(types(radios('Current home base', 'h', options))).toEqual(['state']);
  });

  it('an unlabelled dropdown of provinces and territories is the state question; of Australian states too', () => {
    const select = (name: string, options: string[]) =>
      `<select name="${name}">${options.map((o) => `<option>${o}</option>`).join('')}</select>`;
    expect(
      types(
        select('r1', [
          'Alberta',
          'British Columbia',
          'Manitoba',
          'New Brunswick',
          'Newfoundland and Labrador',
          'Northwest Territories',
          'Nova Scotia',
          'Nunavut',
          'Ontario',
          'Prince Edward Island',
          'Quebec',
          'Saskatchewan',
          'Yukon',
        ]) + radios('Pick one', 'r2', ['New South Wales', 'Victoria', 'Queensland', 'Western Australia']),
      ),
    ).toEqual(['state', 'state']);
  });

  it('a province of licensure is not where the person lives', () => {
    expect(types(radios('Province of licensure', 'l', ['Ontario', 'Quebec', 'Alberta', 'Manitoba']))).toEqual(
      ['other'],
    );
  });
});

describe('the choices beside the places of a place list', () => {
  it('"Another EU/EEA country" and "Somewhere else" beside countries leave a country question', () => {
    expect(
      types(
        radios('Where are you based?', 'b', [
          'United Kingdom',
          'Netherlands',
          'Portugal',
          'Another EU/EEA country',
          'Switzerland',
          'Somewhere else',
        ]),
      ),
    ).toEqual(['country']);
  });
});

describe('choices that are spans of years answer how long, whatever nouns the question names', () => {
  const select = (label: string, options: string[]) =>
    `<label for="q">${label}</label><select id="q" name="q"><option>Select a value</option>${options.map((o) => `<option>${o}</option>`).join('')}</select>`;

  it('the unit said once, in the question: "Years of … sponsored-programs experience" is no sponsorship question', () => {
    expect(
      types(
        select('Years of progressively responsible sponsored-programs experience', [
          'Less than 2',
          '2 to 4',
          '5 to 7',
        ]),
      ),
    ).toEqual(['years_experience']);
    expect(types(select('Years of visa-compliance experience', ['Under 1', '1-3', '4-6', '7+']))).toEqual([
      'years_experience',
    ]);
  });

  it('a sponsorship question answered yes or no stays one', () => {
    expect(types(select('Will you now or in the future require visa sponsorship?', ['Yes', 'No']))).toEqual([
      'sponsorship_required',
    ]);
  });
});
