import { describe, expect, it } from 'vitest';
import { typesInForm as types } from './testing.ts';

const row = (id: string, caption: string, attrs = '') =>
  `<div class="gfield"><label for="${id}">${caption}</label><input id="${id}" name="${id}" type="text" ${attrs}></div>`;

describe('a block about the job applied for (Gravity Forms and iCIMS, forms-dev91)', () => {
  it("holds the employer, the posting's title and the branch, not the person's current job or home", () => {
    const branches = '<option>Select</option><option>Main Street</option><option>Riverside</option>';
    const form = `<h3>Position Information</h3>${row('co', 'Company', 'value="Carrow Valley Credit Union" readonly')}${row(
      'pos',
      'Position',
      'value="Universal Banker I" readonly',
    )}<div class="gfield"><label for="loc">Location</label><select id="loc">${branches}</select><div class="help">Which branch would you most like to work at?</div></div>
      <h3>About You</h3>${row('city', 'City')}
      <h3>Current Employment</h3>${row('cur', 'Company')}${row('title', 'Position')}${row('from', 'Start Date')}${row('pay', 'Salary')}
      <h3>Availability and Pay</h3>${row('avail', 'Date available to start')}${row('want', 'Desired salary')}`;
    expect(types(form)).toEqual([
      'other',
      'other',
      'other',
      'city',
      'current_company',
      'current_title',
      'other',
      'other',
      'start_date',
      'salary_expectation',
    ]);
  });

  it("reads a current employer's bare 'Website' as the employer's site, but not a whole form's", () => {
    expect(
      types(
        `<h3>Current / Most Recent Employer</h3>${row('co', 'Company')}${row('web', 'Website')}${row('from', 'Start Date')}${row('to', 'End Date')}`,
      ),
    ).toEqual(['current_company', 'other', 'other', 'other']);
    expect(
      types(`<h2>Apply for this job</h2>${row('co', 'Current company')}${row('web', 'Website')}`),
    ).toEqual(['current_company', 'website_url']);
  });
});

describe("a list table's later rows (PeopleSoft grids, forms-dev92)", () => {
  const grid = (cols: string[], rows: number) =>
    `<table><thead><tr>${cols.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>${Array.from(
      { length: rows },
      (_, r) =>
        `<tr>${cols.map((c) => `<td><input name="${c.replace(/\W/g, '')}$${r}" id="${c.replace(/\W/g, '')}$${r}"></td>`).join('')}</tr>`,
    ).join('')}</tbody></table>`;

  it("reads every row's City and State as the school's, and as the employer's, not where the person lives", () => {
    const form = `<h2>Contact</h2>${row('city', 'City')}<h2>Degrees</h2>${grid(['School', 'City', 'State', 'Degree'], 2)}
      <h2>Work Experience</h2>${grid(['Employer', 'Job Title', 'City', 'State', 'Start Date', 'End Date'], 2)}`;
    const got = types(form);
    expect(got[0]).toBe('city');
    expect(got.slice(1).filter((t) => t === 'city' || t === 'state')).toEqual([]);
  });
});
