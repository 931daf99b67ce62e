import { textOf } from '../dom.ts';
import { employmentTypeInHeader } from '../normalize/employment.ts';
import { registerAdapter } from '../registry.ts';
import { isZipRecruiter, sniff } from '../urls.ts';
import { readSelectors, type SelectorSpec } from './kit.ts';

/**
 * ZipRecruiter job page (/c/<Company>/Job/<Title>/-in-<City>?jid=…, /jobs/…): header with
 * title, hiring company and location; pay and type as chips. Fixture: tests/fixtures/jobs/ziprecruiter.html.
 */
export const selectors: SelectorSpec = {
  title: ['h1.job_title', '[data-testid="job-title"]', 'h1'],
  company: [
    '.hiring_company_text a',
    '.hiring_company',
    '[data-testid="job-card-company"]',
    'a.company_name',
  ],
  location: ['.location_text', '[data-testid="job-card-location"]', '.hiring_location'],
  salary: ['.pay', '[data-testid="job-card-salary"]', '.salary_text'],
  description: ['.job_description', '.jobDescriptionSection', '[data-testid="job-description"]'],
  posting: ['h1.job_title', '[data-testid="job-title"]', '.job_description'],
};

export default registerAdapter({
  id: 'ziprecruiter',
  matches: isZipRecruiter,
  sniff: sniff('ziprecruiter'),
  extract(doc, _url, ref) {
    const r = readSelectors(doc, selectors, ref);
    const chips = textOf(
      doc.querySelector('.job_characteristics, .job_header, [data-testid="job-details-chips"]'),
      600,
    );
    r.fields.employmentType ??= employmentTypeInHeader(chips) ?? undefined;
    if (!r.fields.employmentType) delete r.fields.employmentType;
    return r;
  },
});
