import { squash, textOf } from '../dom.ts';
import { countryOfCity } from '../normalize/cities.ts';
import { isEmploymentLabel, parseEmploymentType } from '../normalize/employment.ts';
import { LOCATION_LABEL, PLACE_LEAD, parseLocations } from '../normalize/location.ts';
import { townAtEndOfAddress } from '../normalize/postal-towns.ts';
import { parseSalary } from '../normalize/salary.ts';
import type { Picked } from './title-company.ts';

/**
 * The posting's location as a page prints it: an element labelled location (whole phrase, places
 * on separate lines kept apart), else a chip beside the title that reads as a place, else a bare
 * "Remote" chip.
 */

/** "San Francisco, CA", "Remote (US)", "Berlin, Germany", "London" next to other chips. */
const PLACE_LIKE =
  /^(?:remote\b.*|.*\(remote\)|[A-Z][\p{L}.'’ -]{1,40}(?:,\s*[A-Z][\p{L}.'’ -]{1,40}){1,3}|[A-Z][\p{L}.'’ -]{1,40}\s+[A-Z]{2,3})$/u;

/** A closing date or an apply-by line, not a place. */
const DEADLINE = /^(?:apply (?:before|by)|closing (?:date|on)|closes|deadline)\b/i;

export function pickLocation(candidates: Element[], chips: string[], company?: string): Picked | null {
  for (const el of candidates) {
    if (el.querySelector('input, select, textarea, form')) continue;
    let t = placesOf(el);
    // "(Australia)" inside "Remote (Australia)", "<span>Austin</span>, Texas, United States": the
    // element holds part of the place; read the enclosing phrase.
    if (/^\(/.test(t) && el.parentElement) t = squash(textOf(el.parentElement, 300));
    else if (t && el.parentElement) {
      const whole = squash(textOf(el.parentElement, 300));
      if (whole.length <= 150 && whole.startsWith(t) && /^\s*[,(]/.test(whole.slice(t.length))) t = whole;
    }
    // ("Apply before 11:55 pm on Sunday 20th July 2025" in a block named for the locations: a deadline, capture135)
    if (t && t.length <= 150 && /\p{L}/u.test(t) && !DEADLINE.test(t))
      return { value: t, conf: 0.7, el, detail: 'element labelled location' };
  }
  for (const c of chips) {
    const t = c.replace(LOCATION_LABEL, '');
    // "Solsiden Barnehage SA" over the title is the employer, whose legal form reads like a region.
    if (t.length > 150 || (company && t === company)) continue;
    // "San Francisco, CA · New York, NY · Remote (US)": several places, each must read as one.
    // "Festanstellung, Teilzeit · München": the contract chips in the same line are not the place.
    const all = t.split(/\s+[·•|;]\s+|\s+\/\s+/);
    const pieces = all.filter((p) => !isEmploymentLabel(p));
    if (pieces.length && pieces.every(placeLike)) {
      const value = pieces.length === all.length ? t : pieces.join(' · ');
      return { value, conf: 0.6, detail: 'place-like text beside the title' };
    }
    // "Legal · Des Moines, Iowa": a subtitle gives the team (or the employer, "Acme S.A. de C.V. ·
    // Ciudad de México") first and the place last.
    const last = pieces.at(-1);
    if (
      pieces.length === 2 &&
      (pieces[0]!.split(/\s+/).length <= 3 || pieces[0] === company) &&
      last &&
      placeLike(last) &&
      !placeLike(pieces[0]!)
    )
      return { value: last, conf: 0.55, detail: 'the place after the team beside the title' };
    // "United Kingdom · Technology": or the place first and the team after it.
    const first = pieces[0];
    if (
      pieces.length === 2 &&
      first &&
      (placeLike(first) || wholeCountry(first)) &&
      !placeLike(last!) &&
      last!.split(/\s+/).length <= 3 &&
      !parseSalary(last!)
    )
      return { value: first, conf: 0.55, detail: 'the place before the team beside the title' };
    // "Remote (UK) · £15 – £17 per hour · Part-time, 20 hours": a line of facts under the title, whose
    // place is what reads as one when the rest is pay or terms.
    const places = all.filter(placeLike);
    const rest = all.filter((p) => !placeLike(p));
    if (places.length && rest.length && rest.every((p) => parseEmploymentType(p) || parseSalary(p)))
      return {
        value: places.join(' · '),
        conf: 0.55,
        detail: 'the place among pay and terms beside the title',
      };
  }
  // "Derby Kingsway · Kingsway Retail Park, Derby DE22 3FA": a store or site line whose last part is a
  // postal address; the town before the postcode is the place.
  for (const c of chips) {
    const town = c.length <= 150 ? townAtEndOfAddress(c.split(/\s+[·•|;]\s+/).at(-1) ?? '') : null;
    if (town) return { value: town, conf: 0.55, detail: 'the town of a postal address beside the title' };
  }
  // A fully remote job often shows only "Remote" (or "Anywhere") where others show a city.
  const remote = chips.find((c) => /^(?:remote|fully remote|100% remote|anywhere|remote[- ]first)$/i.test(c));
  return remote ? { value: remote, conf: 0.5, detail: '"Remote" beside the title' } : null;
}

/** A location element's text; places on separate lines ("Boston, MA" / "Remote - USA") stay apart. */
function placesOf(el: Element): string {
  const lines = squash(textOf(el, 300, true), true)
    .split('\n')
    .map((l) => l.replace(LOCATION_LABEL, '').trim())
    .filter(Boolean);
  if (lines.length > 1 && lines.length <= 4 && lines.every((l) => l.length <= 60)) return lines.join('; ');
  return squash(textOf(el, 300)).replace(LOCATION_LABEL, '');
}

const ID_LABEL =
  /^(?:job|requisition|req\.?|reference|ref\.?|posting|vacancy|position|opening|candidate|employee)\s+(?:ID|No\.?|Nr\.?|number|#)$/i;

/** "United Kingdom", "Deutschland": a country's name and nothing else. */
function wholeCountry(t: string): boolean {
  const loc = parseLocations(t);
  return loc.length === 1 && !!loc[0]!.country && !loc[0]!.city && !loc[0]!.region;
}

/** One chip that reads as a place: "Berlin, Germany", "Remote (US)", "Hybrid (Lisbon)", "Hamburg". */
function placeLike(t: string): boolean {
  // "Requisition ID", "Job ID", "Reference No": a posting's number label, whose "ID" is not Idaho.
  if (ID_LABEL.test(t)) return false;
  const loc = parseLocations(t)[0];
  // "Hybrid (Lisbon, Portugal)": judge the place without the arrangement words around it.
  const place = t
    // "Grand Rapids, MI 49525": the ZIP code narrows the place; it is not a part of its name.
    .replace(/\s+\d{5}(?:-\d{4})?$/, '')
    .replace(/\b(?:remote|hybrid|on-?site)\b|[()]/gi, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,–-]+|[\s,–-]+$/g, '')
    .replace(PLACE_LEAD, '');
  // "Pune (Hinjewadi)": a known city with its district after it; "Paterna (Valencia)": a town with
  // the known city or province it belongs to.
  const bracketed = t.match(/^([\p{Lu}][\p{L}.'’ -]{1,40}?)\s*\(([^()]{2,40})\)$/u);
  if (countryOfCity(place) || (bracketed && (countryOfCity(bracketed[1]!) || countryOfCity(bracketed[2]!))))
    return true;
  // "Remote (US)", "Remote - EMEA": an arrangement with a named area (a bare "Remote" is no place).
  if (/^remote\b|\(remote\)/i.test(t) && /^[\p{Lu}][\p{L} ,.-]{1,40}$/u.test(place)) return true;
  return (
    (PLACE_LIKE.test(t) || PLACE_LIKE.test(place)) && !!(loc?.country || loc?.region || /remote/i.test(t))
  );
}
