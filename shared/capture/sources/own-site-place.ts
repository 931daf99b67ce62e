import { squash, textOf } from '../dom.ts';
import { parseLocations } from '../normalize/location.ts';
import { townInText } from '../normalize/postal-towns.ts';
import { type PageSignals, SEPARATORS } from './page.ts';
import type { Picked } from './title-company.ts';

/**
 * Where a small employer's job is when its own site (a Wix, Squarespace or WordPress page, no board and
 * no ATS) prints no location fact: the place its title metadata names ("Careers | Maple Grove Family
 * Dentistry | Boise, ID"), else the postal address it gives in its footer or contact block ("7134 E 1st
 * Ave, Suite 104, Scottsdale, AZ 85251"). Never on a board's or an ATS's host, whose footer is its own.
 */

const ADDRESS_BLOCKS =
  'address, footer, [itemprop=address], [class*=address i], [class*=contact i], [id*=contact i], [class*=footer i]';

/** The place a title segment names, when the metadata's other segments are the job and the employer. */
function placeOfTitle(sig: PageSignals): string | null {
  for (const meta of [sig.ogTitle, sig.docTitle]) {
    const parts = meta.split(SEPARATORS).map((p) => p.trim());
    if (parts.length < 2) continue;
    const place = parts.slice(1).find((p) => {
      const loc = parseLocations(p.replace(/\s+\d{5}(?:-\d{4})?$/, ''))[0];
      return !!loc && !!(loc.region || loc.country) && !!loc.city && p.split(/\s+/).length <= 5;
    });
    if (place) return place;
  }
  return null;
}

/**
 * The town of the first postal address in the page's address, footer or contact blocks, else in the page
 * as a whole (a Google Sites page prints it in a plain block).
 */
function placeOfAddress(doc: Document): string | null {
  const blocks = Array.from(doc.querySelectorAll(ADDRESS_BLOCKS)).slice(0, 20);
  const body = doc.body ?? doc.documentElement;
  for (const el of body ? [...blocks, body] : blocks) {
    const town = townInText(squash(textOf(el, el === body ? 60_000 : 2_000)));
    if (town) return town;
  }
  return null;
}

export function ownSitePlace(sig: PageSignals): Picked | null {
  if (sig.sharedHost || !sig.doc) return null;
  const titled = placeOfTitle(sig);
  if (titled) return { value: titled, conf: 0.45, detail: 'the place the title metadata names' };
  const addressed = placeOfAddress(sig.doc);
  return addressed ? { value: addressed, conf: 0.4, detail: "the employer's own address on its site" } : null;
}
