import { registerAdapter } from './registry.ts';

/**
 * BreezyHR position apply pages (<company>.breezy.hr/p/<id>/apply), AngularJS markup.
 * Fixtures: tests/fixtures/forms/breezy-like.html.
 */
export const breezyhr = registerAdapter({
  id: 'breezyhr',
  domains: ['breezy.hr'],
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
});

// How to verify: npm run bench:autofill (11-breezyhr) and the golden test over breezy-like.html.
