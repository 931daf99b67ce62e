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

describe('a row title over several boxes of a captioned grid', () => {
  const grid = (rows: string) =>
    '<table><thead><tr><th></th><th>Street</th><th>City</th><th>Postcode</th></tr></thead><tbody>' +
    `${rows}</tbody></table>`;
  const row = (title: string, n: number) =>
    `<tr><th scope="row">${title}</th><td><input name="a${n}s"></td><td><input name="a${n}c"></td><td><input name="a${n}p"></td></tr>`;

  it('names the entry: a "Previous address" row is not where the person lives, the current row is', () => {
    expect(typesInForm(grid(row('Current address', 0) + row('Previous address', 1)))).toEqual([
      'address_line1',
      'city',
      'postal_code',
      'other',
      'other',
      'other',
    ]);
  });

  it('"Former home address" alone in its grid, boxes named only by the columns', () => {
    expect(typesInForm(grid(row('Former home address', 0)))).toEqual(['other', 'other', 'other']);
  });
});
