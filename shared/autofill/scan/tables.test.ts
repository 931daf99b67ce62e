import { describe, expect, it } from 'vitest';
import { typesInForm } from '../classify/testing.ts';

describe('several boxes under one row title', () => {
  it('"Town / Postcode" over two boxes gives each box its own part', () => {
    expect(
      typesInForm(
        '<table><tr><td class="lbl">Town / Postcode</td><td><input name="f7"><input name="f8"></td></tr></table>',
      ),
    ).toEqual(['city', 'postal_code']);
  });

  it('"Phone / Ext." over two boxes leaves the extension out of the phone', () => {
    expect(
      typesInForm('<table><tr><th>Phone / Ext.</th><td><input name="c1"><input name="c2"></td></tr></table>'),
    ).toEqual(['phone', 'other']);
  });

  it('a title whose parts do not match the boxes is left whole', () => {
    expect(
      typesInForm(
        '<table><tr><td>Gender</td><td><label><input type="radio" name="g">F</label><label><input type="radio" name="g">M</label></td></tr></table>',
      ),
    ).toEqual(['gender']);
  });
});

describe('a Question / Response grid', () => {
  it('each row header names its one box, not the column header above the first row', () => {
    expect(
      typesInForm(
        '<table><thead><tr><th scope="col">Item</th><th scope="col">Entry</th></tr></thead><tbody>' +
          '<tr><th scope="row">Email address for updates</th><td><input name="r_11"></td></tr>' +
          '<tr><th scope="row">Mobile number</th><td><input name="r_12"></td></tr></tbody></table>',
      ),
    ).toEqual(['email', 'phone']);
  });
});
