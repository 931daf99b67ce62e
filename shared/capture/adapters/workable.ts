import { workable as board } from '../../boards/workable.ts';
import { metaContent } from '../dom.ts';
import { fromBoard, registerAdapter } from '../registry.ts';
import { readSelectors } from './kit.ts';

/** What the board's selectors alone miss (its board: shared/boards/workable.ts). */
export default registerAdapter({
  ...fromBoard(board),
  extract(doc, url, ref) {
    const r = readSelectors(doc, board.capture, ref);
    const site = metaContent(doc, 'og:site_name');
    if (!r.fields.company && site) r.fields.company = site;
    const slug = url.pathname.split('/').filter(Boolean)[0];
    if (slug) r.fallbacks = { company: slug };
    return r;
  },
});
