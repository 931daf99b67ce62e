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
