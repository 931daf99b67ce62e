import { metaContent } from '../dom.ts';
import { registerAdapter } from '../registry.ts';
import { isWorkable, sniff } from '../urls.ts';
import { readSelectors, type SelectorSpec } from './kit.ts';

/**
 * Workable: apply.workable.com/<company>/j/<shortcode>/ (and <company>.workable.com). Rendered app
 * with `data-ui` hooks. Fixture: tests/fixtures/jobs/workable.html.
 */
export const selectors: SelectorSpec = {
  title: ['[data-ui="job-title"]', 'h1'],
  company: ['[data-ui="company-name"]', 'header [data-ui="logo"] img[alt]'],
  location: ['[data-ui="job-location"]'],
  employmentType: ['[data-ui="job-type"]'],
  workType: ['[data-ui="job-workplace"]'],
  salary: ['[data-ui="job-salary"]', '[data-ui="salary"]'],
  description: ['[data-ui="job-breakdown"]', '[data-ui="job-description"]'],
  posted: ['[data-ui="job-posted"]'],
  posting: ['[data-ui="job-title"]'],
};

export default registerAdapter({
  id: 'workable',
  matches: isWorkable,
  sniff: sniff('workable'),
  extract(doc, url, ref) {
    const r = readSelectors(doc, selectors, ref);
    const site = metaContent(doc, 'og:site_name');
    if (!r.fields.company) {
      const slug = url.pathname.split('/').filter(Boolean)[0];
      r.fields.company = site || slug;
      if (!r.fields.company) delete r.fields.company;
    }
    return r;
  },
});
