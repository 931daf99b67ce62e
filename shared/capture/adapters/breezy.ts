import { metaContent } from '../dom.ts';
import { registerAdapter } from '../registry.ts';
import { isBreezy, sniff } from '../urls.ts';
import { readSelectors, type SelectorSpec } from './kit.ts';

/**
 * BreezyHR: <company>.breezy.hr/p/<id>-<slug>. `.position-header` holds the title and a `.meta`
 * list (location, type, department, salary). Fixture: tests/fixtures/jobs/breezy.html.
 */
export const selectors: SelectorSpec = {
  title: ['.position-header h1', '.banner h1', 'h1'],
  company: ['.brand .company-name', '.company-name', '.brand img[alt]'],
  location: ['.position-header .location', '.meta .location'],
  employmentType: ['.position-header .type', '.meta .type'],
  workType: ['.position-header .remote', '.meta .remote'],
  salary: ['.position-header .salary', '.meta .salary'],
  description: ['.description', '.position-description'],
  posting: ['.position-header h1', '.position'],
};

export default registerAdapter({
  id: 'breezy',
  matches: isBreezy,
  sniff: sniff('breezy'),
  extract(doc, url, ref) {
    const r = readSelectors(doc, selectors, ref);
    if (!r.fields.company) {
      const c = metaContent(doc, 'og:site_name') || url.hostname.split('.')[0];
      if (c) r.fields.company = c;
    }
    return r;
  },
});
