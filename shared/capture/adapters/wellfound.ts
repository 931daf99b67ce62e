import { wellfound as board } from '../../boards/wellfound.ts';
import { parseEmploymentType } from '../normalize/employment.ts';
import { parseLocations, workTypeFromLabel } from '../normalize/location.ts';
import { parseSalary } from '../normalize/salary.ts';
import { fromBoard, registerAdapter } from '../registry.ts';
import { labelValue, readSelectors } from './kit.ts';

/** What the board's selectors alone miss (its board: shared/boards/wellfound.ts). */
export default registerAdapter({
  ...fromBoard(board),
  extract(doc, _url, ref) {
    const r = readSelectors(doc, board.capture, ref);
    const loc = labelValue(doc, /^locations?$/i);
    // A remote-only job has no "Location" fact; "Hires remotely in: United States" is where it may be
    // done from, so it is the job's place (as a remote job with no city keeps its country).
    const hiresIn = loc ? '' : labelValue(doc, /^hires remotely in$/i);
    if (loc) r.fields.locations = parseLocations(loc);
    else if (hiresIn) r.fields.locations = parseLocations(`Remote (${hiresIn})`);
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
