import { defineBoard } from './registry.ts';

/**
 * BreezyHR: <company>.breezy.hr/p/<id>-<slug>. `.position-header` holds the title and a `.meta`
 * list (location, type, department, salary). Fixture: tests/fixtures/jobs/breezy.html.
 *
 * Application form: apply pages (<company>.breezy.hr/p/<id>/apply), AngularJS markup.
 * Fixtures: tests/fixtures/forms/breezy-like.html.
 */
export const breezy = defineBoard({
  id: 'breezy',
  hosts: ['breezy.hr'],
  signature: [
    { attr: 'class', word: 'position-header' },
    { attr: 'class', word: 'breezy-portal' },
  ],
  sharedHost: true,
  ats: {},
  capture: {
    title: ['.position-header h1', '.banner h1', 'h1'],
    company: ['.brand .company-name', '.company-name', '.brand img[alt]'],
    location: ['.position-header .location', '.meta .location'],
    employmentType: ['.position-header .type', '.meta .type'],
    workType: ['.position-header .remote', '.meta .remote'],
    salary: ['.position-header .salary', '.meta .salary'],
    description: ['.description', '.position-description'],
    posting: ['.position-header h1', '.position'],
  },
  autofill: {
    // Breezy's own candidate field names (cName, cEmail…), for a saved form that links nowhere.
    marker: 'input[name="cEmail"], input[name="cName"]',
    selectors: [
      { selector: 'input[name="cName"]', type: 'full_name' },
      { selector: 'input[name="cEmail"]', type: 'email' },
      { selector: 'input[name="cPhoneNumber"]', type: 'phone' },
      { selector: 'input[name="cAddress"]', type: 'address_line1' },
      { selector: 'input[name="cSalary"]', type: 'salary_expectation' },
      { selector: 'textarea[name="cCoverLetter"]', type: 'cover_letter_text' },
      { selector: 'textarea[name="cSummary"]', type: 'other' },
      { selector: 'input[type="file"][name="cResume"]', type: 'resume_file' },
      // EEOC radios
      { selector: 'input[name="race_ethnicity"]', type: 'race' },
      { selector: 'input[name="gender"][type="radio"]', type: 'gender' },
      { selector: 'input[name="eeoc.veteran_status"]', type: 'veteran_status' },
      { selector: 'input[name="eeoc.disability_status"]', type: 'disability_status' },
    ],
  },
});
