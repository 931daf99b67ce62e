import { greenhouse as board } from '../../boards/greenhouse.ts';
import { textOf } from '../dom.ts';
import { parseSalary } from '../normalize/salary.ts';
import { fromBoard, registerAdapter } from '../registry.ts';
import { payOfBands } from './greenhouse-pay.ts';
import { readSelectors } from './kit.ts';

/** What the board's selectors alone miss (its board: shared/boards/greenhouse.ts). */
export default registerAdapter({
  ...fromBoard(board),
  extract(doc, _url, ref) {
    const r = readSelectors(doc, board.capture, ref);
    // "Job Application for <title> at <company>" is the board's fixed <title> pattern.
    const docTitle = textOf(doc.querySelector('title'), 400);
    const at = docTitle.match(/^Job Application for .+ at (.+)$/i);
    if (!r.fields.company && at) r.fields.company = at[1]!.trim();
    // Bands by level, office or zone, or the one band shown (greenhouse-pay.ts).
    const banded = payOfBands(doc, r.fields.title, r.fields.locations);
    if (banded) r.fields.salary = banded;
    if (!r.fields.salary) {
      // Pay ranges rendered as separate <p>/<span>s after an "Annual Salary" label.
      const pay = doc.querySelector('.job__description .pay-input, .job__description [class*="pay" i]');
      const s = pay ? parseSalary(textOf(pay, 600), { minScore: 3 }) : null;
      if (s) r.fields.salary = s;
    }
    r.posting = !!r.fields.title;
    return r;
  },
});
