import { indeed as board } from '../../boards/indeed.ts';
import { squash, textOf } from '../dom.ts';
import { employmentTypeInHeader } from '../normalize/employment.ts';
import { parseSalary } from '../normalize/salary.ts';
import { fromBoard, registerAdapter } from '../registry.ts';
import { readSelectors } from './kit.ts';

/** What the board's selectors alone miss (its board: shared/boards/indeed.ts). */
export default registerAdapter({
  ...fromBoard(board),
  extract(doc, _url, ref) {
    const r = readSelectors(doc, board.capture, ref);
    if (r.fields.title) r.fields.title = withoutReaderSuffix(doc, r.fields.title);
    const details = textOf(
      doc.querySelector(
        '#salaryInfoAndJobType, #jobDetailsSection, [data-testid="jobsearch-OtherJobDetailsContainer"]',
      ),
      1_000,
    );
    r.fields.employmentType ??= employmentTypeInHeader(details) ?? undefined;
    if (!r.fields.employmentType) delete r.fields.employmentType;
    if (!r.fields.salary && details) {
      const s = parseSalary(details, { minScore: 2 });
      if (s) r.fields.salary = s;
    }
    return r;
  },
});

/**
 * The title carries a visually hidden suffix for screen readers in the page's language (" - job post",
 * " - offre d'emploi", " - Stellenanzeige"), as the heading's last span: it is dropped whatever it says.
 */
function withoutReaderSuffix(doc: Document, title: string): string {
  const last = doc.querySelector(board.capture?.title?.[0] ?? 'h1')?.lastElementChild;
  const suffix = last?.previousElementSibling ? squash(textOf(last, 80)) : '';
  if (/^[-–—]\s*\S/.test(suffix) && title.endsWith(suffix)) return title.slice(0, -suffix.length).trim();
  return title.replace(/\s*-\s*job post$/i, '');
}
