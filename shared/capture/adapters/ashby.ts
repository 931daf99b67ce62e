import { ashby as board } from '../../boards/ashby.ts';
import { parseEmploymentType } from '../normalize/employment.ts';
import { parseLocations, workTypeFromLabel } from '../normalize/location.ts';
import { parseSalary } from '../normalize/salary.ts';
import { fromBoard, registerAdapter } from '../registry.ts';
import { labelValue, readSelectors } from './kit.ts';

/** What the board's selectors alone miss (its board: shared/boards/ashby.ts). */
export default registerAdapter({
  ...fromBoard(board),
  extract(doc, url, ref) {
    const r = readSelectors(doc, board.capture, ref);
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
    const company = logoAlt?.replace(/\s*logo$/i, '').trim();
    if (company) r.fields.company = company;
    const org = decodeURIComponent(url.pathname.split('/')[1] ?? '');
    if (org) r.fallbacks = { company: org };
    return r;
  },
});
