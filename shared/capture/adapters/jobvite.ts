import { jobvite as board } from '../../boards/jobvite.ts';
import { squash } from '../dom.ts';
import { parseEmploymentType } from '../normalize/employment.ts';
import { parseLocations } from '../normalize/location.ts';
import { fromBoard, registerAdapter } from '../registry.ts';
import { readSelectors } from './kit.ts';

/**
 * The segments of Jobvite's meta line, split where its empty separator spans sit: "Food & Beverage",
 * "Casual", "Savannah, Georgia". The separators carry no text, so the line's text runs them together.
 */
export function metaSegments(line: Element): string[] {
  const parts: string[] = [''];
  for (const node of Array.from(line.childNodes)) {
    const el = node.nodeType === 1 ? (node as Element) : null;
    if (el && /\bjv-inline-separator\b/.test(el.getAttribute('class') ?? '')) parts.push('');
    else parts[parts.length - 1] += node.textContent ?? '';
  }
  return parts.map((p) => squash(p)).filter(Boolean);
}

/** What the board's selectors alone miss (its board: shared/boards/jobvite.ts): the meta line. */
export default registerAdapter({
  ...fromBoard(board),
  extract(doc, _url, ref) {
    const r = readSelectors(doc, board.capture, ref);
    const line = doc.querySelector('.jv-job-detail-meta');
    const segments = line ? metaSegments(line) : [];
    // Category first; after it the location and the job type, in either order ("Kitchen · Seasonal ·
    // Duluth, Minnesota", "Teaching · Phoenix, Arizona · Full Time"): a segment that reads as a job
    // type is the type, and the last one that does not is the place.
    const rest = segments.slice(1);
    const types = rest.map((s) => parseEmploymentType(s));
    const et = types.find(Boolean);
    if (et) r.fields.employmentType = et;
    const where = rest.filter((_, i) => !types[i]).at(-1);
    const place = where ? parseLocations(where) : [];
    if (place.length) r.fields.locations = place;
    return r;
  },
});
