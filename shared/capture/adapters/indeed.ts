import { indeed as board } from '../../boards/indeed.ts';
import { textOf } from '../dom.ts';
import { employmentTypeInHeader } from '../normalize/employment.ts';
import { parseSalary } from '../normalize/salary.ts';
import { fromBoard, registerAdapter } from '../registry.ts';
import { readSelectors } from './kit.ts';

/** What the board's selectors alone miss (its board: shared/boards/indeed.ts). */
export default registerAdapter({
  ...fromBoard(board),
  extract(doc, _url, ref) {
    const r = readSelectors(doc, board.capture, ref);
    // The title carries a hidden " - job post" suffix for screen readers.
    if (r.fields.title) r.fields.title = r.fields.title.replace(/\s*-\s*job post$/i, '');
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
