import { squash, textOf } from '../dom.ts';
import { parseLocations } from '../normalize/location.ts';
import { bodyOf } from '../page-body.ts';
import { isBoardAddress, isJobSiteName, type PageSignals } from './page.ts';
import { isGenericSegment, namesBoard } from './site-name.ts';
import { type Picked, SECTION_HEADING } from './title-company.ts';

/** The employer printed right under the job title: a heading, a plain subtitle, or a linked name before the place. */

/** A plausible employer name: short, not a board brand, not a UI word. */
export function nameLike(s: string, sig: PageSignals, maxWords = 6): boolean {
  return (
    s.length > 1 &&
    s.length < 10 * maxWords &&
    s.split(' ').length <= maxWords &&
    !namesBoard(s, sig) &&
    !isBoardAddress(s) &&
    !isJobSiteName(s) &&
    !isGenericSegment(s) &&
    !/\b(?:logo|home|careers?|jobs?|image|icon|menu|apply|search)\b/i.test(s)
  );
}

/**
 * A board or public-sector site prints the hiring organisation as the heading right under the job
 * title ("<h1>Analyst</h1><h2>Department of Water</h2>"): a short name, not a section, place or date.
 */
export function headingUnderTitle(sig: PageSignals): string | null {
  const next = sig.h1s[0]?.nextElementSibling;
  if (!next) return null;
  const heading = /^H[2-4]$/.test(next.tagName);
  // A plain subtitle line ("Department for Business and Trade" under the job title) names the employer
  // when the posting names it again in its text; a heading needs no such second mention.
  if (!heading && !/^(?:DIV|P|SPAN)$/.test(next.tagName)) return null;
  const t = squash(textOf(next, 120));
  if (!nameLike(t, sig) || /\d/.test(t) || !/^\p{Lu}/u.test(t) || SECTION_HEADING.test(t)) return null;
  if (!heading && (t.split(' ').length > 8 || !namedAgain(next, t))) return null;
  return parseLocations(t)[0]?.country || parseLocations(t)[0]?.region ? null : t;
}

/** The same name printed again elsewhere in the page ("The Department for Business and Trade (DBT) is …"). */
function namedAgain(el: Element, name: string): boolean {
  return name.length >= 4 && pageText(el).split(name).length > 2;
}

/** The page's text, read once per document however many readers here ask for it. */
const PAGE_TEXT = new WeakMap<Document, string>();
function pageText(el: Element): string {
  const doc = el.ownerDocument;
  if (!doc) return '';
  let text = PAGE_TEXT.get(doc);
  if (text === undefined) {
    const body = bodyOf(doc);
    text = body ? textOf(body, 60_000) : '';
    PAGE_TEXT.set(doc, text);
  }
  return text;
}

/**
 * "<a>Acme S.A. de C.V.</a> · Ciudad de México, CDMX" under the job title: a board's subtitle links the
 * employer and then gives the place. The link's whole text, before a part that reads as a place, is the
 * employer (a team name there is plain text, "Legal · Des Moines, Iowa"). Plain text is the employer
 * too when it names an organisation ("Midlands Regional Health Area – St. Brigid's Hospital, Tullamore")
 * and the page names it again. The place may be the one the page's location fact gives.
 */
export function linkedNameBesidePlace(sig: PageSignals, placeFact = ''): string | null {
  const next = sig.h1s[0]?.nextElementSibling;
  if (!next || !/^(?:DIV|P|SPAN|H2|H3|H4)$/.test(next.tagName)) return null;
  const parts = squash(textOf(next, 200)).split(/\s+[·•|–—]\s+/);
  const first = parts[0] ?? '';
  if (parts.length < 2 || !/^\p{Lu}/u.test(first)) return null;
  const link = next.querySelector('a');
  const linked = !!link && squash(textOf(link, 120)) === first;
  // Unlinked: an organisation's name the page names again, or one the page introduces ("About Hollis
  // Garden Center"), as a team is not.
  if (!linked && !((ORGANISATION.test(first) || introduced(next, first)) && namedAgain(next, first)))
    return null;
  if (!nameLike(first, sig) || parseLocations(first)[0]?.country) return null;
  const place = (p: string) =>
    p === placeFact || parseLocations(p)[0]?.country || parseLocations(p)[0]?.region;
  return parts.slice(1).some(place) ? first : null;
}

/** A word that makes a name an organisation's, not a team's. */
const ORGANISATION =
  /\b(?:Area|Authority|Council|Hospitals?|University|College|School|District|Ministry|Trust|Board|County|City|Town|Borough|Municipality|Health|Clinic|Foundation|Inc\.?|Ltd\.?|LLC|GmbH|AG|S\.A\.|plc|Corporation|Group|Ville|Stadt|Gemeinde|Kommune|Ayuntamiento|Prefeitura)\b/;

/** "Employer: Ville de Montravel": a fact naming who employs, when it reads as a name. */
export function employerOfFacts(facts: ReadonlyMap<string, string>, sig: PageSignals): Picked | null {
  const named = facts.get('employer') ?? '';
  // (a label that says "employer" may name a public body in full: "Wolds and Marsh Community Health NHS Trust")
  return nameLike(named, sig, 8) && /^[\p{Lu}\d]/u.test(named)
    ? { value: named, conf: 0.7, detail: 'term/definition pair naming the employer' }
    : null;
}

/** The page introduces the name as who it is: "About Hollis Garden Center", "Über …", "À propos de …". */
function introduced(el: Element, name: string): boolean {
  const text = pageText(el);
  return ['About ', 'Über ', 'À propos de ', 'Sobre ', 'Acerca de ', 'Over '].some((lead) =>
    text.includes(`${lead}${name}`),
  );
}
