import { squash, textOf } from '../dom.ts';
import { SITE_WORKPLACE } from '../normalize/arrangement-workplaces.ts';
import type { WorkType } from '../types.ts';

/**
 * A table of the role's own week: its rows are weekdays (or its columns are), and a cell on each
 * day's line says where that day is worked ("Mon | Office, 25th Street | 8:00–1:00", "Tue | Home |
 * 8:00–1:00"). Days at home beside days at the workplace make the week hybrid; every working day at
 * home, remote; every working day at the workplace, on-site. A day off ("—", "off") counts for
 * neither. Read off the cells, because the table's text runs them together ("Tue Home 8:00–1:00").
 * Where a head names the column of places ("Where", "Location"), only that column is read, so a task
 * ("Home visits") or an hours column says nothing.
 */

const WEEKDAY =
  /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$|^(?:mon|tues|wednes|thurs|fri|satur|sun)days?$/i;

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

/** The cells of a table's rows (at most 20 rows of 10 cells). */
function cellsOf(table: Element): string[][] {
  return Array.from(table.querySelectorAll('tr'))
    .slice(0, 20)
    .map((tr) =>
      Array.from(tr.children)
        .filter((c) => c.tagName === 'TD' || c.tagName === 'TH')
        .slice(0, 10)
        .map((c) => squash(textOf(c, 120))),
    );
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

/** The arrangement a table of the week states, or null when no table names its days' places. */
export function arrangementOfWeekTable(tables: readonly Element[]): WorkType | null {
  for (const table of tables.slice(0, 20)) {
    const places = dayPlaces(cellsOf(table)).filter(Boolean);
    if (places.length < 2) continue;
    const home = places.filter((p) => p === 'home').length;
    if (home && home < places.length) return 'hybrid';
    return home ? 'remote' : 'onsite';
  }
  return null;
}
