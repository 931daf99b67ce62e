import { describe, expect, it } from 'vitest';
import { typesInForm as types } from './testing.ts';

const row = (n: number) =>
  `<tr><th scope="row">${n}</th><td><input type="text" name="emp${n}_name"></td><td><input type="text" name="emp${n}_title"></td><td><input type="text" name="emp${n}_supervisor"></td></tr>`;

describe('a work history that says its first entry is the job held now', () => {
  it('"List your last two jobs, most recent first": row 1 is the current employer and title, row 2 is not', () => {
    expect(
      types(
        `<h3>Employment History</h3><table><caption>List your last two jobs, most recent first.</caption>
        <thead><tr><th></th><th scope="col">Employer</th><th scope="col">Your job title</th><th scope="col">Supervisor</th></tr></thead>
        <tbody>${row(1)}${row(2)}</tbody></table>`,
      ),
    ).toEqual(['current_company', 'current_title', 'other', 'other', 'other', 'other']);
  });

  it('without the order said, the history rows are left for the person', () => {
    expect(
      types(
        `<h3>Employment History</h3><table><caption>List your last two jobs.</caption>
        <thead><tr><th></th><th scope="col">Employer</th><th scope="col">Your job title</th><th scope="col">Supervisor</th></tr></thead>
        <tbody>${row(1)}${row(2)}</tbody></table>`,
      ),
    ).toEqual(['other', 'other', 'other', 'other', 'other', 'other']);
  });
});

describe("the whole form's heading is no one entry", () => {
  it('the address under "Apply for this position" is the person\'s, though the form asks a school too', () => {
    expect(
      types(
        `<h2>Apply for this position</h2>
        <label for="a">Address</label><input id="a" name="a"><label for="c">City</label><input id="c" name="c">
        <label for="s">School</label><input id="s" name="s"><label for="t">Start date</label><input id="t" name="t">
        <label for="e">End date</label><input id="e" name="e">`,
      ).slice(0, 2),
    ).toEqual(['address_line1', 'city']);
  });
});
