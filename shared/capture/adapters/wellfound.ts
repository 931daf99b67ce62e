import { parseEmploymentType } from '../normalize/employment.ts';
import { parseLocations, workTypeFromLabel } from '../normalize/location.ts';
import { parseSalary } from '../normalize/salary.ts';
import { registerAdapter } from '../registry.ts';
import { isWellfound } from '../urls.ts';
import { labelValue, readSelectors, type SelectorSpec } from './kit.ts';

/**
 * Wellfound (ex AngelList Talent): wellfound.com/jobs/<id>-<slug> and /company/<x>/jobs/<id>.
 * Utility-class markup, so the adapter relies on the company link and labelled facts
 * ("Location", "Job type", "Remote policy", "Compensation"). Fixture: tests/fixtures/jobs/wellfound.html.
 */
export const selectors: SelectorSpec = {
  title: ['h1'],
  company: ['a[href^="/company/"] h2', 'a[href^="/company/"][class*="name" i]', 'a[href^="/company/"]'],
  description: ['[data-test="JobDescription"]', '#job-description', '[class*="description" i]'],
  posting: ['h1'],
};

export default registerAdapter({
  id: 'wellfound',
  matches: isWellfound,
  extract(doc, _url, ref) {
    const r = readSelectors(doc, selectors, ref);
    const loc = labelValue(doc, /^locations?$/i);
    if (loc) r.fields.locations = parseLocations(loc);
    const et = parseEmploymentType(labelValue(doc, /^job type$|^employment type$/i));
    if (et) r.fields.employmentType = et;
    const wt =
      workTypeFromLabel(labelValue(doc, /^remote(?: policy| work policy)?$|^workplace$/i)) ??
      (loc ? workTypeFromLabel(loc) : null);
    if (wt) r.fields.workType = wt;
    const pay = parseSalary(labelValue(doc, /^compensation$|^salary$/i), { minScore: 1 });
    if (pay) r.fields.salary = pay;
    return r;
  },
});
