import { registerAdapter } from './registry.ts';

/**
 * Workday recruiting (<tenant>.wd<N>.myworkdayjobs.com): multi-step single-page form whose
 * dropdowns are buttons opening a listbox (the executor's combobox path) and whose inputs
 * carry `name="legalName--firstName"`-style names. Only standard attributes are read.
 * Fixtures: tests/fixtures/forms/workday-like.html.
 */
export const workday = registerAdapter({
  id: 'workday',
  domains: ['myworkdayjobs.com', 'myworkdaysite.com', 'myworkday.com'],
  marker: 'input[name^="legalName--"]',
  selectors: [
    { selector: 'input[name="legalName--firstName"]', type: 'first_name' },
    { selector: 'input[name="legalName--lastName"]', type: 'last_name' },
    { selector: 'input[name="addressLine1"]', type: 'address_line1' },
    { selector: 'input[name="city"]', type: 'city' },
    { selector: 'input[name="postalCode"]', type: 'postal_code' },
    { selector: 'input[name="phoneNumber"]', type: 'phone' },
    { selector: 'input[name="email"]', type: 'email' },
  ],
});

// How to verify: the golden test over tests/fixtures/forms/workday-like.html (both steps).
