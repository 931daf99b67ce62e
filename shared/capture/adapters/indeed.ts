import { textOf } from '../dom.ts';
import { employmentTypeInHeader } from '../normalize/employment.ts';
import { parseSalary } from '../normalize/salary.ts';
import { registerAdapter } from '../registry.ts';
import { isIndeed, sniff } from '../urls.ts';
import { readSelectors, type SelectorSpec } from './kit.ts';

/**
 * Indeed job view (/viewjob?jk=) and the search page's right pane (?vjk=): data-testid hooks.
 * Fixture: tests/fixtures/jobs/indeed.html.
 */
export const selectors: SelectorSpec = {
  root: ['#jobsearch-ViewjobPaneWrapper', '.jobsearch-JobComponent', '#viewJobSSRRoot'],
  title: ['[data-testid="jobsearch-JobInfoHeader-title"]', 'h1.jobsearch-JobInfoHeader-title', 'h1'],
  company: [
    '[data-testid="inlineHeader-companyName"] a',
    '[data-testid="inlineHeader-companyName"]',
    '[data-company-name="true"]',
  ],
  location: [
    '[data-testid="inlineHeader-companyLocation"]',
    '[data-testid="job-location"]',
    '[data-testid="jobsearch-JobInfoHeader-companyLocation"]',
  ],
  salary: ['#salaryInfoAndJobType', '[data-testid="jobsearch-OtherJobDetailsContainer"]'],
  description: ['#jobDescriptionText'],
  posting: ['[data-testid="jobsearch-JobInfoHeader-title"]', '#jobDescriptionText'],
};

export default registerAdapter({
  id: 'indeed',
  matches: isIndeed,
  sniff: sniff('indeed'),
  extract(doc, _url, ref) {
    const r = readSelectors(doc, selectors, ref);
    // The title carries a hidden " - job post" suffix for screen readers.
    if (r.fields.title) r.fields.title = r.fields.title.replace(/\s*-\s*job post$/i, '');
    const details = textOf(
      doc.querySelector(
        '#salaryInfoAndJobType, #jobDetailsSection, [data-testid="jobsearch-OtherJobDetailsContainer"]',
      ),
      1_000,
    );
    r.fields.employmentType ??= employmentTypeInHeader(details) ?? undefined;
    if (!r.fields.employmentType) delete r.fields.employmentType;
    if (!r.fields.salary && details) {
      const s = parseSalary(details, { minScore: 2 });
      if (s) r.fields.salary = s;
    }
    return r;
  },
});
