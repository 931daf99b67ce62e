import { describe, expect, it } from 'vitest';
import { typesInForm as types } from './testing.ts';

// Small sites' form builders (forms-dev76): captions under the boxes, and sections as table rows.
const under = (name: string, caption: string, tag = 'small') =>
  `<div><input type="text" name="${name}" id="${name}"><${tag}>${caption}</${tag}></div>`;

describe('a caption printed under its box', () => {
  it("names that box, not the box after it (an address block's sub-labels)", () => {
    const form = `<form><table><tr><td>Mailing Address:</td><td>${under('field_5', 'Street / R.R. # / P.O. Box')}${under(
      'field_6',
      'City / Town',
    )}<div><select name="field_7" id="field_7"><option>ON</option><option>QC</option></select><small>Prov.</small></div>${under(
      'field_8',
      'Postal Code',
    )}</td></tr></table></form>`;
    expect(types(form)).toEqual(['address_line1', 'city', 'state', 'postal_code']);
  });

  it('a floating label drawn as a span after the box names it', () => {
    const form = `<form>${under('firstName', 'First name', 'span')}${under('lastName', 'Last name', 'span')}${under(
      'email',
      'Email',
      'span',
    )}</form>`;
    expect(types(form)).toEqual(['first_name', 'last_name', 'email']);
  });

  it("a date's format or a number's unit after a box is not its name", () => {
    const form = `<form><p>Date available</p>${under('d', 'yyyy-mm-dd')}<p>Expected annual salary</p><div><input type="number" name="s" id="s"><span>万円</span></div></form>`;
    expect(types(form)).toEqual(['start_date', 'salary_expectation']);
  });
});

describe("a table's section row", () => {
  it("titles the rows under it: a referee's name and phone are not the applicant's", () => {
    const row = (title: string, a: string, b: string) =>
      `<tr><td>${title}</td><td><input type="text" name="${a}" id="${a}"> <input type="text" name="${b}" id="${b}"></td></tr>`;
    const form = `<form><table><tr><td>E-mail:</td><td><input type="text" name="e" id="e"></td></tr><tr class="fbSection"><td colspan="2">References (not related to you)</td></tr>${row(
      '1. Name / Phone:',
      'r1',
      'p1',
    )}${row('2. Name / Phone:', 'r2', 'p2')}</table></form>`;
    expect(types(form)).toEqual(['email', 'other', 'other', 'other', 'other']);
  });
});

describe('a radio list labelled as one question (ASP.NET RadioButtonList)', () => {
  it('is asked its label, not the legend of the section around it', () => {
    const list = (id: string, question: string) =>
      `<div><label for="${id}">${question}</label><table id="${id}"><tr><td><input id="${id}_0" type="radio" name="${id}" value="Y"><label for="${id}_0">Yes</label></td></tr><tr><td><input id="${id}_1" type="radio" name="${id}" value="N"><label for="${id}_1">No</label></td></tr></table></div>`;
    const form = `<form><fieldset><legend>2. Eligibility to work in the UK</legend>${list(
      'rblRight',
      'Do you have the right to work in the UK?',
    )}${list('rblSponsor', 'Would you need the Council to sponsor you under the Skilled Worker visa route?')}${list(
      'rblRelated',
      'Are you related to, or the partner of, any elected member or senior officer of the Council?',
    )}</fieldset></form>`;
    expect(types(form)).toEqual(['work_authorization', 'sponsorship_required', 'other']);
  });
});
