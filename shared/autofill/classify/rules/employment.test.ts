import { describe, expect, it } from 'vitest';
import { radios, typesInForm as types } from '../testing.ts';

describe('pay, start and self-identification as hourly and Canadian forms word them', () => {
  it('"Desired wage" and "Requested hourly wage" are the pay asked for', () => {
    expect(
      types(
        '<p>Requested hourly wage</p><input name="w1">' +
          '<label for="w2">Desired Wage</label><input id="w2" name="w2">',
      ),
    ).toEqual(['salary_expectation', 'salary_expectation']);
  });

  it('a start question answered by quick-reply radios is the start date', () => {
    expect(
      types(radios('How soon could you start?', 's', ['Tomorrow', 'Next week', 'Choose a day'])),
    ).toEqual(['start_date']);
  });

  it('a visible-minority question is the race question, in English or French', () => {
    expect(
      types(
        radios('Are you a member of a visible minority in Canada?', 'v1', ['Yes', 'No']) +
          radios('Faites-vous partie d’une minorité visible ?', 'v2', ['Oui', 'Non']),
      ),
    ).toEqual(['race', 'race']);
  });

  it('"Who are you working for?" asks for the current employer', () => {
    expect(
      types('<label for="e">Who are you working for these days?</label><input id="e" name="e1">'),
    ).toEqual(['current_company']);
  });
});
