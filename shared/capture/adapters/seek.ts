import { registerAdapter } from '../registry.ts';
import { isSeek, sniff } from '../urls.ts';
import { readSelectors, type SelectorSpec } from './kit.ts';

/**
 * SEEK (seek.com.au / seek.co.nz) job view: everything carries a `data-automation` attribute.
 * The advertiser may be a recruiter. Fixture: tests/fixtures/jobs/seek.html.
 */
export const selectors: SelectorSpec = {
  title: ['[data-automation="job-detail-title"]'],
  company: ['[data-automation="advertiser-name"]'],
  location: ['[data-automation="job-detail-location"]'],
  employmentType: ['[data-automation="job-detail-work-type"]'],
  workType: ['[data-automation="job-detail-work-arrangements"]'],
  salary: ['[data-automation="job-detail-salary"]'],
  description: ['[data-automation="jobAdDetails"]'],
  apply: ['a[data-automation="job-detail-apply"]'],
  posting: ['[data-automation="job-detail-title"]'],
};

export default registerAdapter({
  id: 'seek',
  matches: isSeek,
  sniff: sniff('seek'),
  extract: (doc, _url, ref) => readSelectors(doc, selectors, ref),
});
