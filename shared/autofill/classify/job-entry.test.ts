import { describe, expect, it } from 'vitest';
import { typesInForm as types } from './testing.ts';

// Oracle Recruiting Cloud's one open "Experience" entry (forms-dev79): the job held, its dates and its place.
const row = (id: string, caption: string) =>
  `<div class="input-row"><label for="${id}">${caption}</label><input id="${id}" name="${id}" type="text"></div>`;

describe("a job's entry with a start and an end", () => {
  const form = `<form><section><h2>Contact</h2>${row('city', 'City')}${row('start', 'When can you start?')}</section>
    <section><h2>Experience</h2><p>Start with your most recent position.</p><div class="profile-item">${row(
      'employer',
      'Employer Name',
    )}${row('title', 'Job Title')}${row('from', 'Start Date')}${row('to', 'End Date')}${row('ecity', 'City')}</div></section></form>`;

  it("reads the job's start as that job's, and its city as the employer's, not the candidate's", () => {
    expect(types(form)).toEqual([
      'city',
      'start_date',
      'current_company',
      'current_title',
      'other',
      'other',
      'other',
    ]);
  });
});

describe("a job's entry drawn only as a heading and its rows (HealthcareSource, forms-dev88)", () => {
  it("reads its City, State and Employer Phone as the employer's, and the person's email past another box's help", () => {
    const row = (id: string, caption: string, help = '') =>
      `<div class="form-group"><label for="${id}">${caption}</label><div><input id="${id}" name="${id}" type="text">${help}</div></div>`;
    const form = `<form><h2>Personal Information</h2>${row(
      'other',
      'Other Names Used',
      '<span class="help-block">Maiden or previous names under which your license or employment records may be found.</span>',
    )}${row('email', 'Email Address')}<h4>Current / Most Recent Employer</h4>${row('employer', 'Employer')}${row(
      'title',
      'Job Title',
    )}${row('citystate', 'City, State')}${row('ephone', 'Employer Phone')}${row('start', 'Start Date')}${row('end', 'End Date')}</form>`;
    expect(types(form)).toEqual([
      'other',
      'email',
      'current_company',
      'current_title',
      'other',
      'other',
      'other',
      'other',
    ]);
  });
});
