import { registerAdapter } from './registry.ts';

/**
 * Workable application tab (apply.workable.com/<company>/j/<id>/apply).
 * Fixtures: tests/fixtures/forms/workable-like.html.
 */
export const workable = registerAdapter({
  id: 'workable',
  domains: ['workable.com'],
  selectors: [
    { selector: 'input#firstname', type: 'first_name' },
    { selector: 'input#lastname', type: 'last_name' },
    { selector: 'input#email', type: 'email' },
    { selector: 'input[name="phone"][type="tel"]', type: 'phone' },
    { selector: 'input#address', type: 'address_line1', note: 'one location autocomplete' },
    { selector: 'textarea#cover_letter', type: 'cover_letter_text' },
    { selector: 'textarea#summary', type: 'other' },
  ],
});

// How to verify: npm run bench:autofill (09-workable) and the golden test over workable-like.html.
