import { pracuj as board } from '../../boards/pracuj.ts';
import { squash } from '../dom.ts';
import { fromBoard, registerAdapter } from '../registry.ts';
import { readSelectors } from './kit.ts';

/** What the board's selectors alone miss (its board: shared/boards/pracuj.ts). */
export default registerAdapter({
  ...fromBoard(board),
  extract(doc, _url, ref) {
    const r = readSelectors(doc, board.capture, ref);
    // The employer heading ends in an "O firmie" (about the company) link: its own text is the name.
    const heading = doc.querySelector('[data-test="text-employerName"]');
    const own = squash(
      [...(heading?.childNodes ?? [])]
        .filter((n) => n.nodeType === 3)
        .map((n) => n.textContent ?? '')
        .join(' '),
    );
    if (own) r.fields.company = own;
    return r;
  },
});
