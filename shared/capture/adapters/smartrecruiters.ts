import { smartrecruiters as board } from '../../boards/smartrecruiters.ts';
import { fromBoard, registerAdapter } from '../registry.ts';
import { readSelectors } from './kit.ts';

/** What the board's selectors alone miss (its board: shared/boards/smartrecruiters.ts). */
export default registerAdapter({
  ...fromBoard(board),
  extract(doc, _url, ref) {
    const r = readSelectors(doc, board.capture, ref);
    // <spl-job-location formattedaddress="Berlin, Germany"> carries the address as an attribute.
    const addr = doc.querySelector('spl-job-location')?.getAttribute('formattedaddress');
    if (addr) r.fields.locations = [{ raw: addr }];
    const alt = doc.querySelector('.header-logo img[alt], header img[alt]')?.getAttribute('alt');
    if (!r.fields.company && alt) r.fields.company = alt.replace(/\s*logo$/i, '').trim();
    return r;
  },
});
