import { greenhouse as board } from '../../boards/greenhouse.ts';
import { textOf } from '../dom.ts';
import { parseSalary } from '../normalize/salary.ts';
import { fromBoard, registerAdapter } from '../registry.ts';
import { bandOfSpans, payInputsForPlaces, payInputTitled } from './greenhouse-pay.ts';
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
    // Bands by level: the one titled as this posting is its pay.
    // Bands by office: the job's offices' bands are its pay.
    const titled =
      (r.fields.title ? payInputTitled(doc, r.fields.title) : null) ??
      payInputsForPlaces(doc, r.fields.locations);
    if (titled) r.fields.salary = titled;
    // A band's two ends in spans with a divider drawn by CSS alone: read them as the range they show.
    const band = doc.querySelectorAll('.pay-range');
    if (!titled && band.length === 1) r.fields.salary = bandOfSpans(band[0]!) ?? r.fields.salary;
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
