import { workday as board } from '../../boards/workday.ts';
import { textOf } from '../dom.ts';
import { fromBoard, registerAdapter } from '../registry.ts';
import { readSelectors } from './kit.ts';

/** What the board's selectors alone miss (its board: shared/boards/workday.ts). */
export default registerAdapter({
  ...fromBoard(board),
  extract(doc, url, ref) {
    const r = readSelectors(doc, board.capture, ref);
    // Several locations are listed one per <dd>.
    const dds = Array.from(doc.querySelectorAll('[data-automation-id="locations"] dd')).map((d) =>
      textOf(d, 200),
    );
    if (dds.length > 1) r.fields.locations = dds.map((raw) => ({ raw }));
    const banner = textOf(doc.querySelector('h1'), 200).match(/^careers at (.+)$/i)?.[1];
    if (banner) r.fields.company = banner;
    // The tenant ("mercyvalley") only when the page names no employer: its logo or text spells it out
    // ("Mercy Valley Health"), which the generic reader finds.
    const tenant = url.hostname.split('.')[0] ?? '';
    if (!banner && tenant) r.fallbacks = { company: tenant[0]!.toUpperCase() + tenant.slice(1) };
    return r;
  },
});
