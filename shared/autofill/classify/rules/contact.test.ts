import { describe, expect, it } from 'vitest';
import { typesInForm as types } from '../testing.ts';

describe('the name boxes of a name block', () => {
  it('the salutation box of a legal-name block (Mr / Ms / Dr) is not the full name its id names', () => {
    expect(
      types(
        '<h3>Legal name</h3><label for="t">Salutation</label><input id="t" name="legalName.salutation">' +
          '<label for="g">Given name</label><input id="g" name="legalName.givenName">' +
          '<label for="a">Prefix</label><input id="a" name="applicantFullName.prefix">' +
          '<label for="f">Full legal name</label><input id="f" name="legalName.full">',
      ),
    ).toEqual(['other', 'first_name', 'other', 'full_name']);
  });
});
