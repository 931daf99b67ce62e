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
