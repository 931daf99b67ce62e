import { glassdoor as board } from '../../boards/glassdoor.ts';
import { fromBoard, registerAdapter } from '../registry.ts';
import { readSelectors } from './kit.ts';

/** What the board's selectors alone miss (its board: shared/boards/glassdoor.ts). */
export default registerAdapter({
  ...fromBoard(board),
  extract(doc, _url, ref) {
    const r = readSelectors(doc, board.capture, ref);
    // "Acme Corp 4.1 ★" → "Acme Corp"
    if (r.fields.company) r.fields.company = r.fields.company.replace(/\s+\d(?:\.\d)?\s*★?$/, '').trim();
    return r;
  },
});
