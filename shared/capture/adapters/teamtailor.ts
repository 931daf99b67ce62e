import { teamtailor as board } from '../../boards/teamtailor.ts';
import { metaContent } from '../dom.ts';
import { parseLocations, workTypeFromLabel } from '../normalize/location.ts';
import { fromBoard, registerAdapter } from '../registry.ts';
import { labelValue, readSelectors } from './kit.ts';

/** What the board's selectors alone miss (its board: shared/boards/teamtailor.ts). */
export default registerAdapter({
  ...fromBoard(board),
  extract(doc, url, ref) {
    const r = readSelectors(doc, board.capture, ref);
    if (!r.fields.locations) {
      const loc = labelValue(doc, /^locations?$/i);
      if (loc) r.fields.locations = parseLocations(loc);
    }
    if (!r.fields.workType) {
      const wt = workTypeFromLabel(labelValue(doc, /^remote status$|^workplace$/i));
      if (wt) r.fields.workType = wt;
    }
    const site = metaContent(doc, 'og:site_name') || url.hostname.split('.')[0] || '';
    if (site) r.fields.company = site;
    return r;
  },
});
