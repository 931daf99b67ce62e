import { registerAdapter } from '../registry.ts';
import { isGlassdoor, sniff } from '../urls.ts';
import { readSelectors, type SelectorSpec } from './kit.ts';

/**
 * Glassdoor job view (/job-listing/…?jl=<id>) and the search page's details pane: `data-test`
 * hooks and CSS-module classes (`JobDetails_jobDescription__…`). The employer name can be
 * followed by a rating. Fixture: tests/fixtures/jobs/glassdoor.html.
 */
export const selectors: SelectorSpec = {
  root: ['[data-test="job-details"]', '[class*="JobDetails_jobDetailsContainer"]', 'main'],
  title: ['[data-test="job-title"]', 'h1'],
  company: ['[data-test="employer-name"]', '[class*="EmployerProfile_employerName"]'],
  location: ['[data-test="location"]', '[data-test="emp-location"]'],
  salary: ['[data-test="detailSalary"]', '[data-test="salary-estimate"]'],
  description: [
    '[class*="JobDetails_jobDescription"]',
    '.jobDescriptionContent',
    '[data-test="jobDescriptionContent"]',
  ],
  posting: ['[data-test="job-title"]'],
};

export default registerAdapter({
  id: 'glassdoor',
  matches: isGlassdoor,
  sniff: sniff('glassdoor'),
  extract(doc, _url, ref) {
    const r = readSelectors(doc, selectors, ref);
    // "Acme Corp 4.1 ★" → "Acme Corp"
    if (r.fields.company) r.fields.company = r.fields.company.replace(/\s+\d(?:\.\d)?\s*★?$/, '').trim();
    return r;
  },
});
