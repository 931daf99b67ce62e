import { firstEl, textOf } from '../dom.ts';
import { parseEmploymentType } from '../normalize/employment.ts';
import { workTypeFromLabel } from '../normalize/location.ts';
import { parseSalary } from '../normalize/salary.ts';
import { registerAdapter } from '../registry.ts';
import { isLinkedIn, sniff } from '../urls.ts';
import { readSelectors, type SelectorSpec } from './kit.ts';

/**
 * LinkedIn, three views: logged-in /jobs/view/<id> (unified top card, no JSON-LD, no plain h1 in
 * older variants), the search page's right pane (?currentJobId=; read ONLY the details pane, never
 * the result list), and the public guest page (topcard__*). Fixtures:
 * tests/fixtures/jobs/linkedin.html (logged in), linkedin-search.html, linkedin-guest.html.
 */
export const selectors: SelectorSpec = {
  root: [
    '.jobs-search__job-details--container',
    '.jobs-search__job-details',
    '.job-view-layout',
    '.jobs-details',
    '.top-card-layout',
    'main',
  ],
  title: [
    '.job-details-jobs-unified-top-card__job-title h1',
    '.job-details-jobs-unified-top-card__job-title',
    '.jobs-unified-top-card__job-title',
    '.top-card-layout__title',
    '.topcard__title',
    'h1',
  ],
  company: [
    '.job-details-jobs-unified-top-card__company-name a',
    '.job-details-jobs-unified-top-card__company-name',
    '.jobs-unified-top-card__company-name',
    '.topcard__org-name-link',
    '.top-card-layout__second-subline .topcard__flavor:first-child',
  ],
  location: [
    '.job-details-jobs-unified-top-card__tertiary-description-container .tvm__text:first-child',
    '.job-details-jobs-unified-top-card__primary-description-container .tvm__text:first-child',
    '.jobs-unified-top-card__bullet',
    '.topcard__flavor--bullet',
  ],
  description: [
    '#job-details',
    '.jobs-description__content',
    '.jobs-box__html-content',
    '.show-more-less-html__markup',
    '.description__text',
  ],
  posting: [
    '.job-details-jobs-unified-top-card__job-title',
    '.jobs-unified-top-card__job-title',
    '.top-card-layout__title',
    '.topcard__title',
  ],
};

/** "Preferences" chips ("Remote", "Full-time", "$120K/yr - $150K/yr") and guest criteria rows. */
const CHIPS = [
  '.job-details-preferences-and-skills__pill',
  '.job-details-fit-level-preferences button',
  '.job-details-jobs-unified-top-card__job-insight span',
  '.description__job-criteria-item',
  '.compensation__salary',
];

export default registerAdapter({
  id: 'linkedin',
  matches: isLinkedIn,
  sniff: sniff('linkedin'),
  extract(doc, _url, ref) {
    const r = readSelectors(doc, selectors, ref);
    const root = firstEl(doc, selectors.root ?? []) ?? doc;
    const chips = CHIPS.flatMap((sel) =>
      Array.from(root.querySelectorAll(sel))
        .slice(0, 12)
        .map((el) => textOf(el, 200)),
    );
    for (const chip of chips) {
      const criteria = chip.match(/^employment type\s*(.+)$/i);
      r.fields.employmentType ??=
        parseEmploymentType(
          criteria
            ? criteria[1]
            : /time|contract|intern|temporary/i.test(chip) && chip.length < 40
              ? chip
              : '',
        ) ?? undefined;
      r.fields.workType ??= (chip.length < 30 ? workTypeFromLabel(chip) : null) ?? undefined;
      r.fields.salary ??= parseSalary(chip, { minScore: 2 }) ?? undefined;
    }
    for (const k of ['employmentType', 'workType', 'salary'] as const)
      if (r.fields[k] === undefined) delete r.fields[k];
    return r;
  },
});
