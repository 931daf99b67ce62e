import { parseEmploymentType } from '../normalize/employment.ts';
import { parseLocations, workTypeFromLabel } from '../normalize/location.ts';
import { parseSalary } from '../normalize/salary.ts';
import { registerAdapter } from '../registry.ts';
import { isAshby, sniff } from '../urls.ts';
import { labelValue, readSelectors, type SelectorSpec } from './kit.ts';

/**
 * Ashby: jobs.ashbyhq.com/<org>/<uuid>. A React app with stable `ashby-job-posting-*` classes;
 * the left pane lists "Location", "Employment Type", "Location Type", "Compensation" as
 * heading + value pairs. Fixture: tests/fixtures/jobs/ashby.html.
 */
export const selectors: SelectorSpec = {
  title: ['.ashby-job-posting-heading', 'h1[class*="title" i]', 'h1'],
  company: ['.ashby-job-board-header a img[alt]'],
  description: [
    '.ashby-job-posting-right-pane [class*="descriptionText"]',
    '.ashby-job-posting-right-pane',
    '[class*="_description_"]',
  ],
  posting: ['.ashby-job-posting-heading', '.ashby-job-posting-left-pane'],
};

export default registerAdapter({
  id: 'ashby',
  matches: isAshby,
  sniff: sniff('ashby'),
  extract(doc, url, ref) {
    const r = readSelectors(doc, selectors, ref);
    const pane = doc.querySelector('.ashby-job-posting-left-pane') ?? doc;
    const loc = labelValue(pane, /^location$/i);
    if (loc) r.fields.locations = parseLocations(loc);
    const et = parseEmploymentType(labelValue(pane, /^employment type$/i));
    if (et) r.fields.employmentType = et;
    const wt =
      workTypeFromLabel(labelValue(pane, /^(?:location type|workplace type)$/i)) ??
      (loc ? workTypeFromLabel(loc) : null);
    if (wt) r.fields.workType = wt;
    const pay = parseSalary(labelValue(pane, /^compensation$/i), { minScore: 1 });
    if (pay) r.fields.salary = pay;
    const logoAlt = doc
      .querySelector('.ashby-job-board-header img[alt], header img[alt]')
      ?.getAttribute('alt');
    const org = decodeURIComponent(url.pathname.split('/')[1] ?? '');
    const company = logoAlt?.replace(/\s*logo$/i, '').trim() || org;
    if (company) r.fields.company = company;
    return r;
  },
});
