import { describe, expect, it } from 'vitest';
import { typesInForm } from './testing.ts';

describe('what the control itself rules out', () => {
  it('under one "Postcode / Town" label, the digits-keypad box is the postcode and the next the town', () => {
    expect(
      typesInForm(
        '<label for="pc">Postcode / Town</label><div><input id="pc" name="field_71" inputmode="numeric">' +
          '<input name="field_72" aria-label="Town"></div>',
      ),
    ).toEqual(['postal_code', 'city']);
  });

  it('a digits-keypad box is never a name or an employer, whatever its caption', () => {
    expect(
      typesInForm(
        '<label for="a">Company</label><input id="a" inputmode="numeric"><label for="b">Company</label><input id="b">',
      ),
    ).toEqual(['other', 'current_company']);
  });

  it('a typeahead showing a flag and a dialling code beside its empty search box is the code, not the phone', () => {
    expect(
      typesInForm(
        '<span>Mobile number</span><div class="picker"><div class="box"><div class="chosen">🇫🇷 +33</div>' +
          '<div><input id="cc-input" role="combobox" aria-autocomplete="list" value=""></div></div></div>' +
          '<input name="mobile" type="tel">',
      ),
    ).toEqual(['other', 'phone']);
  });

  it('a list of sentences under "Where are you located today?" asks how the person stands to the place, not which', () => {
    const options = [
      '--',
      'I live within commuting distance of Manhattan',
      'I would relocate to the New York area',
      'I am not able to work from New York',
    ]
      .map((o) => `<option>${o}</option>`)
      .join('');
    const cities = ['--', 'New York', 'Boston', 'Chicago'].map((o) => `<option>${o}</option>`).join('');
    expect(
      typesInForm(
        `<label for="w">Where are you located today?</label><select id="w">${options}</select>` +
          `<label for="c">Where are you located today?</label><select id="c">${cities}</select>`,
      ),
    ).toEqual(['other', 'city']);
  });
});
