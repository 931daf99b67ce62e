import { describe, expect, it } from 'vitest';
import { typesInForm } from './testing.ts';

// forms-dev36 (SmartRecruiters): two experience entries with the same boxes, the first the job held now.
const entry = (caption: string, n: number) =>
  `<h3>${caption}</h3>` +
  `<label for="t${n}">Title</label><input id="t${n}" name="t${n}">` +
  `<label for="c${n}">Company</label><input id="c${n}" name="c${n}">`;

describe('an experience list read row by row', () => {
  it("the first row's title and employer are the current ones; a later row's are an earlier job's", () => {
    expect(typesInForm(`<h2>Experience</h2>${entry('Position 1', 1)}${entry('Position 2', 2)}`)).toEqual([
      'current_title',
      'current_company',
      'other',
      'other',
    ]);
  });

  it('rows with no caption of their own, each with its "I currently work here" box: the second is an earlier job', () => {
    const row = (n: number) =>
      `<div><label for="t${n}">Title</label><input id="t${n}"><label for="c${n}">Company</label><input id="c${n}">` +
      `<input type="checkbox" id="k${n}" name="experience-${n}-current"><label for="k${n}">I currently work here</label></div>`;
    expect(typesInForm(`<h2>Experience</h2>${row(0)}${row(1)}`)).toEqual([
      'current_title',
      'current_company',
      'other',
      'other',
      'other',
      'other',
    ]);
  });

  it('one employer box under one caption stays the current employer', () => {
    expect(typesInForm(entry('Your current job', 1))).toEqual(['current_title', 'current_company']);
  });

  it('rows titled under "Previous Employment" ("Employer 1 (current or most recent)", "Employer 2"): only the first is current', () => {
    // forms-dev43 (SuccessFactors): the row's title is a <p> between the section heading and the row's boxes
    const row = (title: string, n: number) =>
      `<div><p>${title}</p><label for="e${n}">Employer</label><input id="e${n}" name="${n}1:_txtFld">` +
      `<label for="j${n}">Job Title</label><input id="j${n}" name="${n}2:_txtFld"></div>`;
    expect(
      typesInForm(
        `<h3>Previous Employment</h3>${row('Employer 1 (current or most recent)', 9)}${row('Employer 2', 8)}`,
      ),
    ).toEqual(['current_company', 'current_title', 'other', 'other']);
  });
});
