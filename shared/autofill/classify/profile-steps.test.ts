import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { classifyForm } from './classify-form.ts';

// forms-dev64: long candidate-profile steps (Taleo, iCIMS, SuccessFactors) ask about past jobs, past homes and relatives.
const types = (html: string) =>
  classifyForm(
    parseHTML(`<!doctype html><html><body><form>${html}</form></body></html>`).document as never,
  ).map((f) => f.classification.type);
const box = (label: string, id: string) =>
  `<label for="${id}">${label}</label><input id="${id}" type="text">`;

describe('a candidate profile step', () => {
  it("a past job's ending salary is not the pay asked for", () => {
    expect(types(box('Ending Salary or Hourly Rate', 'we-wei-0'))).not.toContain('salary_expectation');
  });

  it('the month a person moved to an address is not the street', () => {
    expect(types(box('Month and year you moved to this address', 'rcf3362'))).not.toContain('address_line1');
  });

  it("a relative's name is not the applicant's", () => {
    expect(
      types(
        '<fieldset><legend>Relatives at Tillamere</legend><p>If yes, tell us who.</p>' +
          box('Name', 'rcf3381') +
          '</fieldset>',
      ),
    ).toEqual(['other']);
  });

  it('the employer applying for a permit for the person is sponsorship, never a plain work-rights yes', () => {
    const q =
      'If not, would Hoskaert need to apply for a single permit with the Flemish authorities for you?';
    const group = `<fieldset><legend>${q}</legend><label><input type="radio" name="sp">Yes</label><label><input type="radio" name="sp">No</label></fieldset>`;
    expect(types(group)).not.toContain('work_authorization');
  });
});

describe('a graduate scheme (Oleeo, forms-dev69)', () => {
  it("reads a date of birth's year as no start date, whatever its help says of the start", () => {
    const dob = `<span id="l">Date of birth</span><div role="group" aria-labelledby="l">
      <select name="form[dob][d]" aria-label="Day"><option>Day</option><option>1</option></select>
      <select name="form[dob][m]" aria-label="Month"><option>Month</option><option>January</option></select>
      <select name="form[dob][y]" aria-label="Year"><option>Year</option><option>2004</option><option>2003</option></select>
      <p>We ask this only to check you will be 18 or over on your start date.</p></div>`;
    expect(types(dob)).not.toContain('start_date');
  });

  it('takes a closing declaration for no work-rights answer', () => {
    expect(
      types(
        '<label><input type="checkbox" name="decl"> I confirm that the information I have given is true and complete, and I understand that you will check my right to work before I start.</label>',
      ),
    ).not.toContain('work_authorization');
  });
});

describe('a staffing agency registration (forms-dev68)', () => {
  it("fills no box of the site header's job search", () => {
    expect(
      types(
        '<div role="search"><label for="kw">job title, skill or keyword</label><input id="kw" name="q"><label for="loc">city, state or zip code</label><input id="loc" name="location"></div>',
      ),
    ).toEqual(['other', 'other']);
  });

  it('takes only the first row of a "last two jobs" table for the current employer', () => {
    // JotForm's matrix: the question's label, then a table whose columns and rows label each box
    const row = (n: number) =>
      `<tr><th><label id="r${n}">${n + 1}</label></th><td><input id="c${n}" type="text" name="q27_yourLast[${n}][]" aria-labelledby="col r${n}"></td><td><input id="d${n}" type="text" name="q27_yourLast[${n}][]" aria-labelledby="did r${n}"></td></tr>`;
    const matrix = `<li id="id_27"><label id="t" for="input_27">Your last two jobs or temp assignments (most recent first)</label>
      <div id="cid_27"><table role="presentation"><tr><th></th><th><label id="col">Company / worksite</label></th><th><label id="did">What you did</label></th></tr>${row(0)}${row(1)}</table></div></li>`;
    expect(types(`<ul>${matrix}</ul>`)[2]).toBe('other');
  });
});

describe("a big company's own flow (forms-dev70)", () => {
  it('reads a floating label that aria-labelledby names, though it is hidden from readers', () => {
    const select = (id: string, q: string) =>
      `<div><select id="${id}" aria-labelledby="${id}_l"><option></option><option>Yes</option><option>No</option></select><span id="${id}_l" aria-hidden="true">${q}</span></div>`;
    expect(
      types(
        select('a', 'Are you legally authorized to work in the United States for any employer?') +
          select('b', 'Will you now or in the future need Marrowbay to sponsor a visa for you?'),
      ),
    ).toEqual(['work_authorization', 'sponsorship_required']);
  });

  it("takes a former employee's account there for none of the person's own details", () => {
    expect(types(box('If yes, your Marrowbay employee number or work email', 'p'))).toEqual(['other']);
    expect(
      types(box('If yes: your Vantorra username (the part of your work email before the @)', 'u')),
    ).toEqual(['other']);
  });

  it('takes "able to work from that office, or willing to relocate" for no work-rights answer', () => {
    const q = 'This role is based in Seattle. Are you able to work from that office, or willing to relocate?';
    const group = `<fieldset><legend>${q}</legend><label><input type="radio" name="o">Yes</label><label><input type="radio" name="o">No</label></fieldset>`;
    expect(types(group)).not.toContain('work_authorization');
  });
});
