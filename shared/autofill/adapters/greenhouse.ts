import { registerAdapter } from './registry.ts';

/**
 * Greenhouse: the React job board (job-boards.greenhouse.io) and the legacy server-rendered
 * board (boards.greenhouse.io), both also embedded in company pages through an iframe.
 * Fixtures: tests/fixtures/forms/greenhouse-like.html.
 */
export const greenhouse = registerAdapter({
  id: 'greenhouse',
  domains: ['greenhouse.io'],
  marker: 'form#application-form [id^="question_"], form#application_form input[name^="job_application["]',
  selectors: [
    // Standard questions keep fixed ids on both boards
    { selector: '#first_name', type: 'first_name' },
    { selector: '#last_name', type: 'last_name' },
    { selector: '#email', type: 'email' },
    { selector: '#phone', type: 'phone' },
    { selector: 'input[type="file"]#resume', type: 'resume_file' },
    { selector: 'input[type="file"]#cover_letter', type: 'cover_letter_file' },
    // "Enter manually" paste boxes
    {
      selector: 'textarea#resume_text',
      type: 'other',
      note: 'resume paste box; the file input is preferred',
    },
    { selector: 'textarea#cover_letter_text', type: 'cover_letter_text' },
    // EEO block (react-select comboboxes on the new board)
    { selector: '#gender', type: 'gender' },
    { selector: '#hispanic_ethnicity', type: 'race' },
    { selector: '#race', type: 'race' },
    { selector: '#veteran_status', type: 'veteran_status' },
    { selector: '#disability_status', type: 'disability_status' },
  ],
});

// How to verify: npm run bench:autofill (the 0x-greenhouse corpus forms) and
// shared/autofill/golden.test.ts over tests/fixtures/forms/greenhouse-like.html.
