import { squash, textOf } from '../dom.ts';
import { SITE_WORKPLACE } from '../normalize/arrangement-workplaces.ts';
import type { WorkType } from '../types.ts';

/**
 * A table of the role's own week: its rows are weekdays (or its columns are), and a cell on each day's
 * line says where that day is worked ("Mon | Office, 25th Street | 8:00–1:00", "Tue | Home | 8:00–1:00").
 * A definition list of days ("<dt>Mon</dt><dd>Office</dd>") and a list whose items lead with their day
 * ("<li><b>Tuesday</b> Home</li>", "<li>Wed: studio</li>") are the same week. Days at home beside days at
 * the workplace make the week hybrid; every working day at home, remote; every working day at the
 * workplace, on-site. A day off ("—", "off") counts for neither. Read off the cells, because the table's
 * text runs them together ("Tue Home 8:00–1:00"). Where a head names the column of places ("Where",
 * "Location"), only that column is read, so a task ("Home visits") or an hours column says nothing.
 */

const WEEKDAY =
  /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$|^(?:mon|tues|wednes|thurs|fri|satur|sun)days?$/i;

/** A day named anywhere in a block's text: only such blocks are read. */
const ANY_DAY = /\b(?:mon|tue|wed|thu|fri|sat|sun)/i;

/** The head of a column of places. */
const WHERE_HEAD = /^(?:where|location|place|(?:work )?(?:location|place|site)|based|working from)$/i;

/** A cell that is home: "Home", "From home", "Remote", "WFH", "Home office (Teams)". */
const HOME_CELL =
  /^(?:(?:at|from)\s+)?(?:home(?:[- ]?(?:office|based))?|remote(?:ly)?|wfh|work(?:ing)? from home|telework(?:ing)?)\s*(?:$|[,(–—/-])/i;

/** A cell that is the workplace: "Office, 25th Street", "On-site", "Leeds studio", "In the clinic". */
const WORK_CELL = new RegExp(
  String.raw`^(?:(?:in|at)\s+)?(?:the\s+|our\s+)?(?:[\p{L}\d'’.-]+\s+){0,2}?(?:office|on[- ]?site|in[- ]person|studio|site|hq|headquarters|campus|${SITE_WORKPLACE})\s*(?:$|[,(–—/-])`,
  'iu',
);

type Place = 'home' | 'work' | null;

const placeOf = (cell: string): Place =>
  HOME_CELL.test(cell) ? 'home' : WORK_CELL.test(cell) ? 'work' : null;

const cellText = (el: Element | null | undefined) => squash(textOf(el, 120)).replace(/\s*:$/, '');

/**
 * The rows of a week: a table's cells (at most 20 rows of 10), a definition list's term and
 * definition, a list item's leading day (its first element, or the text before a colon or dash) and
 * the rest.
 */
function cellsOf(block: Element): string[][] {
  if (block.tagName === 'TABLE')
    return Array.from(block.querySelectorAll('tr'))
      .slice(0, 20)
      .map((tr) =>
        Array.from(tr.children)
          .filter((c) => c.tagName === 'TD' || c.tagName === 'TH')
          .slice(0, 10)
          .map(cellText),
      );
  if (block.tagName === 'DL')
    return Array.from(block.children)
      .slice(0, 40)
      .filter((c) => c.tagName === 'DT')
      .map((dt) => [cellText(dt), cellText(dt.nextElementSibling)]);
  return Array.from(block.children)
    .slice(0, 20)
    .map((li) => {
      // The first element leads when no text comes before it.
      const first = li.firstElementChild;
      const leads = first && (li.firstChild === first || !li.firstChild?.textContent?.trim());
      const lead = leads ? cellText(first) : '';
      const text = cellText(li);
      if (lead && text.startsWith(lead)) return [lead, text.slice(lead.length).replace(/^[\s:–—-]+/, '')];
      const m = text.match(/^(\S+?)\s*[:–—-]\s*(.+)$/);
      return m ? [m[1]!, m[2]!] : [text];
    });
}

/** Each day's place, read along rows of days or down columns of days. */
function dayPlaces(rows: readonly string[][]): Place[] {
  const head = rows.find((r) => r.some((c) => WHERE_HEAD.test(c)));
  const whereCol = head ? head.findIndex((c) => WHERE_HEAD.test(c)) : -1;
  const dayRows = rows.filter((r) => WEEKDAY.test(r[0] ?? ''));
  if (dayRows.length >= 2)
    return dayRows.map((r) => (whereCol > 0 ? placeOf(r[whereCol] ?? '') : firstPlace(r.slice(1))));
  // Days across the top: each day's column holds its place.
  const top = rows.find((r) => r.filter((c) => WEEKDAY.test(c)).length >= 2);
  if (!top) return [];
  // A row headed "Where" or "Location" is the one to read; else any row under the days.
  const labelled = rows.filter((r) => r !== top && WHERE_HEAD.test(r[0] ?? ''));
  const lines = labelled.length ? labelled : rows.filter((r) => r !== top);
  return top.flatMap((c, i) => (WEEKDAY.test(c) ? [firstPlace(lines.map((r) => r[i] ?? ''))] : []));
}

const firstPlace = (cells: readonly string[]): Place => cells.map(placeOf).find(Boolean) ?? null;

/**
 * The arrangement a week states (tables, definition lists and lists that name a day; the first 40), or
 * null when none names its days' places.
 */
export function arrangementOfWeekTable(blocks: readonly Element[]): WorkType | null {
  let read = 0;
  for (const block of blocks.slice(0, 400)) {
    // Menus and link lists name no day: only blocks that do are read, at most 40.
    if (!ANY_DAY.test((block.textContent ?? '').slice(0, 3000))) continue;
    if (++read > 40) break;
    const places = dayPlaces(cellsOf(block)).filter(Boolean);
    if (places.length < 2) continue;
    const home = places.filter((p) => p === 'home').length;
    if (home && home < places.length) return 'hybrid';
    return home ? 'remote' : 'onsite';
  }
  return null;
}
