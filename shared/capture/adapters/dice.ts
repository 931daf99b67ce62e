import { textOf } from '../dom.ts';
import { employmentTypeInHeader } from '../normalize/employment.ts';
import { workTypeFromLabel } from '../normalize/location.ts';
import { registerAdapter } from '../registry.ts';
import { isDice, sniff } from '../urls.ts';
import { readSelectors, type SelectorSpec } from './kit.ts';

/**
 * Dice: www.dice.com/job-detail/<uuid>. `data-cy` / `data-testid` hooks; employment details and
 * pay sit in chips under the header. Fixture: tests/fixtures/jobs/dice.html.
 */
export const selectors: SelectorSpec = {
  title: ['h1[data-cy="jobTitle"]', 'h1'],
  company: ['[data-cy="companyNameLink"]', '[data-cy="companyName"]', 'a[href*="/company-profile/"]'],
  location: ['[data-cy="location"]', '[data-testid="job-location"]'],
  salary: ['[data-cy="payDetails"]', '[data-testid="payDetails"]'],
  description: ['[data-testid="jobDescriptionHtml"]', '#jobDescription', '[data-cy="jobDescription"]'],
  posting: ['h1[data-cy="jobTitle"]', '[data-testid="jobDescriptionHtml"]'],
};

export default registerAdapter({
  id: 'dice',
  matches: isDice,
  sniff: sniff('dice'),
  extract(doc, _url, ref) {
    const r = readSelectors(doc, selectors, ref);
    const chips = textOf(
      doc.querySelector('[data-cy="employmentDetails"], [data-testid="employmentDetails"]'),
      400,
    );
    r.fields.employmentType ??= employmentTypeInHeader(chips) ?? undefined;
    if (!r.fields.employmentType) delete r.fields.employmentType;
    const wt = workTypeFromLabel(
      textOf(doc.querySelector('[data-cy="workplaceTypes"], [data-testid="workplaceTypes"]'), 200),
    );
    if (wt) r.fields.workType = wt;
    return r;
  },
});
