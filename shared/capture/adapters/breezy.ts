import { breezy as board } from '../../boards/breezy.ts';
import { metaContent } from '../dom.ts';
import { fromBoard, registerAdapter } from '../registry.ts';
import { readSelectors } from './kit.ts';

/** What the board's selectors alone miss (its board: shared/boards/breezy.ts). */
export default registerAdapter({
  ...fromBoard(board),
  extract(doc, url, ref) {
    const r = readSelectors(doc, board.capture, ref);
    if (!r.fields.company) {
      const c = metaContent(doc, 'og:site_name') || url.hostname.split('.')[0];
      if (c) r.fields.company = c;
    }
    return r;
  },
});
