import { registerAdapter } from './registry.ts';

/**
 * Lever hosted application pages (jobs.lever.co/<company>/<id>/apply).
 * Fixtures: tests/fixtures/forms/lever-like.html.
 */
export const lever = registerAdapter({
  id: 'lever',
  domains: ['lever.co'],
  marker: 'input[name^="cards["], input[name="urls[LinkedIn]"]',
  selectors: [
    { selector: 'input[name="name"]', type: 'full_name' },
    { selector: 'input[name="email"]', type: 'email' },
    { selector: 'input[name="phone"]', type: 'phone' },
    { selector: 'input[name="org"]', type: 'current_company' },
    { selector: 'input[name="location"]', type: 'city', note: 'location autocomplete, city level' },
    { selector: 'input[type="file"][name="resume"]', type: 'resume_file' },
    // Link fields are named by network
    { selector: 'input[name="urls[LinkedIn]"]', type: 'linkedin_url' },
    { selector: 'input[name="urls[GitHub]"]', type: 'github_url' },
    { selector: 'input[name="urls[Portfolio]"]', type: 'portfolio_url' },
    { selector: 'input[name="urls[Other]"]', type: 'website_url' },
    { selector: 'input[name="urls[Twitter]"]', type: 'other' },
    // US EEO survey selects
    { selector: 'select[name="eeo[gender]"]', type: 'gender' },
    { selector: 'select[name="eeo[race]"]', type: 'race' },
    { selector: 'select[name="eeo[veteran]"]', type: 'veteran_status' },
    { selector: 'select[name="eeo[disability]"]', type: 'disability_status' },
    {
      selector: 'input[name^="eeo[disabilitySignature"]',
      type: 'other',
      note: 'CC-305 signature, for the user',
    },
  ],
});

// How to verify: npm run bench:autofill (05-lever) and the golden test over lever-like.html.
