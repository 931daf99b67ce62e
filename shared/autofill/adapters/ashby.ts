import { registerAdapter } from './registry.ts';

/**
 * Ashby hosted forms (jobs.ashbyhq.com/<company>/<id>/application): system fields are
 * named `_systemfield_*`; custom questions get UUID names and are left to the rules.
 * Fixtures: tests/fixtures/forms/ashby-like.html.
 */
export const ashby = registerAdapter({
  id: 'ashby',
  domains: ['ashbyhq.com'],
  marker: '[name^="_systemfield_"]',
  selectors: [
    { selector: '[name="_systemfield_name"]', type: 'full_name' },
    { selector: '[name="_systemfield_email"]', type: 'email' },
    { selector: '[name="_systemfield_phone"]', type: 'phone' },
    { selector: '[name="_systemfield_location"]', type: 'city' },
    { selector: 'input[type="file"][name="_systemfield_resume"]', type: 'resume_file' },
  ],
});

// How to verify: the golden test over tests/fixtures/forms/ashby-like.html.
