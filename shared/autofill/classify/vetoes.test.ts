import { describe, expect, it } from 'vitest';
import { typesInForm as types } from './testing.ts';

const stateList = '<option></option><option>Kansas</option><option>Nebraska</option><option>Iowa</option>';

describe('blocks whose places are not where the person lives', () => {
  it("a licence's issuing state is not the home state, by its block or its name", () => {
    expect(
      types(
        `<fieldset><legend>Commercial Driver License</legend><label for="s">State</label><select id="s" name="cdl_state">${stateList}</select></fieldset>` +
          `<h3>Professional credentials</h3><label for="p">State</label><select id="p" name="Credentials[0].LicenseState">${stateList}</select>` +
          `<label for="h">State</label><select id="h" name="home_state">${stateList}</select>`,
      ),
    ).toEqual(['other', 'other', 'state']);
  });

  it("an address history's current row is the address; its later rows are not", () => {
    const row = (i: number) =>
      `<tr><td><input name="residence[${i}][street]"></td><td><input name="residence[${i}][city]"></td><td><select name="residence[${i}][state]">${stateList}</select></td></tr>`;
    expect(
      types(
        `<fieldset><legend>Residential history</legend><table><tbody>${row(0)}${row(1)}</tbody></table></fieldset>`,
      ),
    ).toEqual(['address_line1', 'city', 'state', 'other', 'other', 'other']);
  });

  it('a block for a previous address is not the current one', () => {
    expect(
      types(
        `<fieldset><legend>Prior address (if at your current one under 3 years)</legend><label for="c">City</label><input id="c" name="c"></fieldset>` +
          `<label for="d">City</label><input id="d" name="d">`,
      ),
    ).toEqual(['other', 'city']);
  });
});
