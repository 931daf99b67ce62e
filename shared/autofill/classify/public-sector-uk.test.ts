import { describe, expect, it } from 'vitest';
import { typesInForm as types } from './testing.ts';

const row = (id: string, caption: string) =>
  `<div><label for="${id}">${caption}</label><input id="${id}" name="${id}"></div>`;

describe('UK public-sector forms (forms-dev96)', () => {
  it("a 'Personal details' fieldset is the candidate's, though a progress list above it links 'Referees'", () => {
    const nav = '<ul><li><a href="#p">Personal details</a></li><li><a href="#r">Referees</a></li></ul>';
    expect(
      types(
        `${nav}<fieldset><legend>Personal details</legend>${row('fn', 'Forename(s)')}${row('sn', 'Surname')}${row('em', 'Email address')}${row('tel', 'Preferred contact number')}</fieldset>`,
      ),
    ).toEqual(['first_name', 'last_name', 'email', 'phone']);
  });

  it("'Preferred contact number' is the person's phone ('preferred' is no referrer)", () => {
    expect(types(row('tel', 'Preferred contact number'))).toEqual(['phone']);
    expect(types(row('ref', 'Referrer phone'))).toEqual(['other']);
  });

  it("'Name of employer' under the present job is theirs; the first entry of 'Previous employment' after it is not", () => {
    expect(
      types(
        `<h2>Present or most recent employment</h2>${row('cur', 'Name of employer')}<h3>Previous employment</h3><p>Most recent first.</p>${row('PREV_EMPLOYMENT[0].EMPLOYER', 'Employer')}`,
      ),
    ).toEqual(['current_company', 'other']);
  });

  it("a GOV.UK date's Month and Year under the current role's 'Start date' are when that job began", () => {
    const date = `<fieldset><legend>Start date</legend><div>For example, 3 2021</div>${row('sd-month', 'Month')}${row('sd-year', 'Year')}</fieldset>`;
    expect(
      types(`<h3>Current or most recent role</h3>${row('t', 'Job title')}${row('e', 'Employer')}${date}`),
    ).toEqual(['current_title', 'current_company', 'other', 'other']);
  });
});
