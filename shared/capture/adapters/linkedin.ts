import { linkedin as board } from '../../boards/linkedin.ts';
import { firstEl, textOf } from '../dom.ts';
import { parseEmploymentType } from '../normalize/employment.ts';
import { workTypeFromLabel } from '../normalize/location.ts';
import { parseSalary } from '../normalize/salary.ts';
import { fromBoard, registerAdapter } from '../registry.ts';
import { readSelectors } from './kit.ts';

/** "Preferences" chips ("Remote", "Full-time", "$120K/yr - $150K/yr") and guest criteria rows. */
const CHIPS = [
  '.job-details-preferences-and-skills__pill',
  '.job-details-fit-level-preferences button',
  '.job-details-jobs-unified-top-card__job-insight span',
  '.description__job-criteria-item',
  '.compensation__salary',
];

/**
 * A chip as it is shown: LinkedIn prints it twice, once for the eye (aria-hidden) and once for screen
 * readers (.visually-hidden), and the second may say something else ("Matches your job preferences,
 * minimum pay preference is 90000": the viewer's own setting, not the job's pay).
 */
function shownText(el: Element): string {
  if (el.classList.contains('visually-hidden')) return '';
  const shown = Array.from(el.querySelectorAll('[aria-hidden="true"]')).map((e) => textOf(e, 200));
  return shown.some(Boolean) ? shown.join(' ') : textOf(el, 200);
}

/** What the board's selectors alone miss (its board: shared/boards/linkedin.ts). */
export default registerAdapter({
  ...fromBoard(board),
  extract(doc, _url, ref) {
    const r = readSelectors(doc, board.capture, ref);
    // The guest view prints the description beside the top card, not inside it: read it page-wide.
    if (!r.fields.descriptionText) {
      const whole = readSelectors(doc, { description: board.capture?.description ?? [] }, ref);
      if (whole.fields.descriptionText) {
        r.fields.descriptionText = whole.fields.descriptionText;
        r.fields.descriptionHtml = whole.fields.descriptionHtml;
      }
    }
    const root = firstEl(doc, board.capture?.root ?? []) ?? doc;
    const chips = CHIPS.flatMap((sel) =>
      Array.from((root.querySelector(sel) ? root : doc).querySelectorAll(sel))
        .slice(0, 12)
        .map(shownText),
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
