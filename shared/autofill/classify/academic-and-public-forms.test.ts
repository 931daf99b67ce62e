import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { classifyForm } from './classify-form.ts';

// forms-dev63: Interfolio's letter writers and documents, NEOGOV's salary boxes.
const types = (html: string) =>
  classifyForm(
    parseHTML(`<!doctype html><html><body><form>${html}</form></body></html>`).document as never,
  ).map((f) => f.classification.type);
const req = '<span class="if-required">Required</span>';

describe('a faculty application (Interfolio)', () => {
  it("fills none of a letter writer's boxes with the applicant's own name and e-mail", () => {
    const writer = (n: number) =>
      `<fieldset><legend>Letter Writer ${n}</legend>
        <label for="f${n}">First Name ${req}</label><input id="f${n}" name="letter_writers[${n}][first_name]">
        <label for="l${n}">Last Name ${req}</label><input id="l${n}" name="letter_writers[${n}][last_name]">
        <label for="e${n}">Email ${req}</label><input id="e${n}" type="email" name="letter_writers[${n}][email]"></fieldset>`;
    expect(types(writer(1) + writer(2))).toEqual(Array(6).fill('other'));
  });

  it('reads a caption past its "Required" tag', () => {
    expect(
      types(
        `<label for="q">Current institution or employer ${req}</label><input id="q" name="form_responses[5]">`,
      ),
    ).toEqual(['current_company']);
  });

  it("does not take a teaching statement's upload for the resume because its help names a curriculum", () => {
    expect(
      types(
        '<h3 id="t">Teaching Statement</h3><p>Teaching philosophy and courses you could teach in our GIS curriculum.</p><input type="file" aria-labelledby="t">',
      ),
    ).not.toContain('resume_file');
    expect(types('<label for="cv">Curriculum vitae</label><input type="file" id="cv">')).toEqual([
      'resume_file',
    ]);
  });
});

describe('salary boxes that are not the pay asked for (NEOGOV)', () => {
  const per = (id: string, label: string) =>
    `<label for="${id}">${label}</label><select id="${id}"><option value="">per</option><option>Hour</option><option>Month</option><option>Year</option></select>`;

  it('a "per: Hour / Month / Year" list beside the desired salary is its period, not the amount', () => {
    expect(
      types(`<label for="d">Desired Salary</label><input id="d">${per('dp', 'Desired salary per')}`),
    ).toEqual(['salary_expectation', 'other']);
  });

  it("a work-history entry's salary is what that job paid", () => {
    expect(
      types(
        '<label for="s">Salary</label><input id="s" name="WorkExperiences[0].Salary">' +
          per('sp', 'Salary per').replace('id="sp"', 'id="sp" name="WorkExperiences[0].SalaryPer"'),
      ),
    ).toEqual(['other', 'other']);
  });
});
