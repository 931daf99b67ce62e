import { describe, expect, it } from 'vitest';
import { typesInForm as types } from '../testing.ts';

describe('the region the person lives in', () => {
  it('a county box named as a subdivision of the region is not the state', () => {
    expect(
      types(
        '<label for="st">State</label><input id="st" name="address--region">' +
          '<label for="co">County</label><input id="co" name="address--regionSubdivision1">',
      ),
    ).toEqual(['state', 'other']);
  });

  it('a Portuguese district select titled with the autonomous regions beside it is the region', () => {
    expect(
      types(
        '<label for="d">Distrito / Região Autónoma</label><select id="d"><option>—</option><option>Faro</option><option>Madeira</option></select>',
      ),
    ).toEqual(['state']);
  });

  it('a lookup box that takes a postcode or the first line of the address is the address, not the postcode', () => {
    expect(
      types(
        '<label for="lk">Search</label><input id="lk" name="homeLookup" placeholder="Enter your zip code or street address">' +
          '<label for="l2">Locate me</label><input id="l2" name="where" placeholder="Type an address or a postcode to search">' +
          '<label for="pc">Post code</label><input id="pc" name="pc">',
      ),
    ).toEqual(['address_line1', 'address_line1', 'postal_code']);
  });
});

describe('a part of the address inside an address block', () => {
  it('a district or borough box in a "Residential address" fieldset is not the street line', () => {
    expect(
      types(
        '<fieldset><legend>Residential address</legend>' +
          '<label for="s">Street</label><input id="s" name="q1">' +
          '<label for="d">District</label><input id="d" name="q2">' +
          '<label for="b">Borough</label><input id="b" name="q3"></fieldset>',
      ),
    ).toEqual(['address_line1', 'other', 'other']);
  });
});

describe('a country asked about something else', () => {
  it('the country a qualification was gained in is not where the person lives', () => {
    // forms-dev38: an iCIMS question under "Qualifications and Experience"
    expect(
      types(
        '<div>In which country did you gain that qualification?</div><input type="text" name="rcf16">' +
          '<label for="c">Country where you earned your degree</label><input id="c" name="q2">' +
          '<label for="r">Country of residence</label><input id="r" name="q3">',
      ),
    ).toEqual(['other', 'other', 'country']);
  });
});

describe('the places a registration or licence is held', () => {
  it('a grid of "each province where you are registered" asks no home province; the address one still does', () => {
    const provinces = '<option>(Select)</option><option>Alberta</option><option>British Columbia</option>';
    expect(
      types(
        '<label for="home">Province</label><select id="home">' +
          provinces +
          '</select>' +
          '<p id="cap">Dental hygiene registration – list each province where you are registered (or have applied).</p>' +
          '<label for="p1">Province</label><select id="p1" aria-describedby="cap">' +
          provinces +
          '</select><input id="n1" aria-describedby="cap">',
      ),
    ).toEqual(['state', 'other', 'other']);
  });
});

describe('a place of training, and help text that reaches the next box', () => {
  it('"If you trained in Canada, in which province?" is where the training was, not home', () => {
    // forms-dev42 (Personio): a German federal state of teacher training was read as the address state
    const provinces =
      '<option>Please select</option><option>Alberta</option><option>British Columbia</option><option>Ontario</option>';
    expect(
      types(
        `<label for="h">Province</label><select id="h">${provinces}</select>` +
          `<label for="t">If you completed your nursing training in Canada, in which province?</label><select id="t">${provinces}</select>`,
      ),
    ).toEqual(['state', 'other']);
  });

  it('"Country of residence" after help mentioning "your employment contract" is still the country', () => {
    // forms-dev42 (Personio): a citizenship select's help reached the next box and read as an employment history
    const countries =
      '<option>Please select</option><option>Austria</option><option>Poland</option><option>Germany</option><option>France</option>';
    expect(
      types(
        `<label for="c">Citizenship</label><select id="c">${countries}</select><p>If you have two, pick the one for your employment contract.</p>` +
          `<label for="r">Country of residence</label><select id="r">${countries}</select>`,
      ),
    ).toEqual(['other', 'country']);
  });
});

describe('a relocation asked from where', () => {
  it('"where would you be moving from? (city, country)" is the city the person lives in; the city moved to is not', () => {
    // forms-dev43 (Lever): a placeholder-only box after a relocation question
    expect(
      types(
        '<div><input name="a" placeholder="If you\'d relocate: where would you be moving from? (city, country)"></div>' +
          '<div><input name="b" placeholder="If you\'d relocate: which city would you move to?"></div>',
      ),
    ).toEqual(['city', 'other']);
  });
});

describe('the address asked in one box', () => {
  it('a textarea for the home address that lists the town among its parts is the address, not the town', () => {
    // forms-dev44 (Jobvite UK): one three-row box, the postcode asked apart
    expect(
      types(
        '<label for="a">Home address (house number, street and town)</label><textarea id="a" name="address" rows="3"></textarea>' +
          '<label for="p">Postcode</label><input id="p" name="postalCode">',
      ),
    ).toEqual(['address_line1', 'postal_code']);
  });

  it('one box asking to list every address lived at in the last five years is a history, not the home address', () => {
    // forms-dev44 (Greenhouse, security vetting)
    expect(
      types(
        '<label for="h">Please list every address you have lived at in the last five years, with the month you moved in and out (street, postcode, city, country)</label><textarea id="h" rows="5"></textarea>',
      ),
    ).toEqual(['other']);
  });
});

describe("Ireland's postcode", () => {
  it('the Eircode box is the postal code, in any wording', () => {
    // forms-dev45 (SmartRecruiters, Ireland)
    expect(
      types(
        '<label for="e">Eircode</label><input id="e" maxlength="8">' +
          '<label for="f">Your Eircode (if you have one)</label><input id="f">',
      ),
    ).toEqual(['postal_code', 'postal_code']);
  });
});

describe("India's two address lines", () => {
  it('the flat, house number and building is the first line; the street among the area and locality is the second', () => {
    expect(
      types(
        '<fieldset><legend>Current Address</legend>' +
          '<label for="s">Flat / House No., Building</label><input id="s" name="Street">' +
          '<label for="l">Street, Area / Locality</label><input id="l" name="Locality">' +
          '<label for="c">City</label><input id="c" name="City"></fieldset>',
      ),
    ).toEqual(['address_line1', 'other', 'city']);
  });

  it('a building box on its own is still not the street line', () => {
    expect(types('<label for="b">Building name</label><input id="b" name="bldg">')).toEqual(['other']);
  });
});
