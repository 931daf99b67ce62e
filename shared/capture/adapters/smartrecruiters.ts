import { registerAdapter } from '../registry.ts';
import { isSmartRecruiters, sniff } from '../urls.ts';
import { readSelectors, type SelectorSpec } from './kit.ts';

/**
 * SmartRecruiters: jobs.smartrecruiters.com/<Company>/<id>-<slug>. Server-rendered with schema.org
 * microdata (itemprop) plus `job-*` classes. Fixture: tests/fixtures/jobs/smartrecruiters.html.
 */
export const selectors: SelectorSpec = {
  title: ['h1.job-title', '[itemprop="title"]', 'h1'],
  company: ['[itemprop="hiringOrganization"] [itemprop="name"]', '.header-logo img[alt]', '.company-name'],
  location: ['spl-job-location', '.job-detail-location', '[itemprop="jobLocation"]', '.job-location'],
  employmentType: ['[itemprop="employmentType"]', '.job-detail-employment-type'],
  workType: ['.job-detail-workplace', '[data-test="job-workplace"]'],
  description: ['[itemprop="description"]', '.job-sections', '.job-description'],
  posted: ['[itemprop="datePosted"]'],
  posting: ['h1.job-title', '[itemprop="title"]'],
};

export default registerAdapter({
  id: 'smartrecruiters',
  matches: isSmartRecruiters,
  sniff: sniff('smartrecruiters'),
  extract(doc, _url, ref) {
    const r = readSelectors(doc, selectors, ref);
    // <spl-job-location formattedaddress="Berlin, Germany"> carries the address as an attribute.
    const addr = doc.querySelector('spl-job-location')?.getAttribute('formattedaddress');
    if (addr) r.fields.locations = [{ raw: addr }];
    const alt = doc.querySelector('.header-logo img[alt], header img[alt]')?.getAttribute('alt');
    if (!r.fields.company && alt) r.fields.company = alt.replace(/\s*logo$/i, '').trim();
    return r;
  },
});
