/**
 * A two-column resume pasted side by side: each line holds a cell of the left column, a gutter of
 * spaces, and a cell of the right column, which starts at the same place on every line ("EXPERIENCE
 * …   CONTACT", "Feb 2023 - Present …   (512) 555-0193"). Read line by line, the two columns' sentences
 * and sections run into each other, so no role is read. Such a paste is read as the person wrote it:
 * the left column, then the right one.
 *
 * It is a layout only when the right column starts at one place on many lines, no line's text runs
 * across the gutter, and both columns hold text of their own: a table of dates beside roles ("2021 -
 * 2023    Payroll Specialist") or of roles beside dates is a dated list, and rows ruled with "|" are a
 * table; both are read as they are.
 */
import { findDateSpan } from './dates.ts';

/** The fewest lines that must hold text on both sides of the gutter, and their share of the region. */
const MIN_BOTH = 5;
const MIN_SHARE = 0.4;
/** The mean length of a column's cells: a column of prose or contact lines, not a label or a year. */
const MIN_CELL = 15;

interface Cut {
  at: number;
  from: number;
  to: number;
}

/** Text at `at` after a gutter of at least three spaces, with text before it. */
const splitsAt = (line: string, at: number) =>
  line.length > at &&
  line[at] !== ' ' &&
  /^ {3}$/.test(line.slice(at - 3, at)) &&
  /\S/.test(line.slice(0, at));
const rightOnly = (line: string, at: number) => line.length > at && !/\S/.test(line.slice(0, at));
/** A line whose text occupies the gutter is no two-column line. */
const crosses = (line: string, at: number) => line.length > at - 1 && /\S/.test(line.slice(at - 2, at));
const cells = (lines: readonly string[], at: number, side: 0 | 1) =>
  lines.map((l) => (side ? l.slice(at) : l.slice(0, at)).trim()).filter(Boolean);
const mean = (xs: string[]) => xs.reduce((n, x) => n + x.length, 0) / Math.max(1, xs.length);
/** Every cell a date (or a date and little else): the column dates the other one. */
const allDated = (xs: string[]) =>
  xs.every((x) => {
    const span = findDateSpan(x);
    return span && x.replace(span.text, '').replace(/[\W_]/g, '').length < 4;
  });

function gutterAt(lines: readonly string[], at: number): Cut | null {
  const both = lines.flatMap((l, i) => (splitsAt(l, at) ? [i] : []));
  if (both.length < MIN_BOTH) return null;
  const from = both[0];
  let to = both[both.length - 1];
  // The longer column runs on below the shorter one; a line across the gutter (a footer) ends it.
  while (to + 1 < lines.length && /\S/.test(lines[to + 1]) && !crosses(lines[to + 1], at)) to++;
  const region = lines.slice(from, to + 1);
  if (region.some((l) => !splitsAt(l, at) && !rightOnly(l, at) && crosses(l, at))) return null;
  if (both.length < MIN_SHARE * region.filter((l) => /\S/.test(l)).length) return null;
  const left = cells(region, at, 0);
  const right = cells(region, at, 1);
  if (mean(left) < MIN_CELL || mean(right) < MIN_CELL || allDated(left) || allDated(right)) return null;
  // A rule between the cells ("Figma    | every day    | UI, prototypes") makes a table: read by rows.
  if (right.some((cell) => /^[|│]/.test(cell))) return null;
  return { at, from, to };
}

/** The text with a side-by-side two-column region read column by column; any other text as it is. */
export function unfoldColumns(text: string): string {
  const lines = text.split(/\r?\n/);
  const widest = Math.max(0, ...lines.map((l) => l.length));
  let best: Cut | null = null;
  for (let at = 10; at < widest; at++) {
    const cut = gutterAt(lines, at);
    if (cut && (!best || cut.to - cut.from > best.to - best.from)) best = cut;
  }
  if (!best) return text;
  const { at, from, to } = best;
  const region = lines.slice(from, to + 1);
  // A cell left empty beside the other column's text is no break in its own column; a blank line is.
  const column = (side: 0 | 1) =>
    region
      .map((l) => (/\S/.test(l) ? (side ? l.slice(at) : l.slice(0, at)).trim() : '\n'))
      .filter(Boolean)
      .map((l) => l.trim());
  return [...lines.slice(0, from), ...column(0), '', ...column(1), ...lines.slice(to + 1)].join('\n');
}
