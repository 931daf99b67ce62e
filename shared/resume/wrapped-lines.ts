/**
 * An experience section's lines as a PDF's text layer gives them, put back as they were written: the
 * page breaks a line where it runs out of room, mid-bullet ("… keeping our own double-entry ledger
 * as the" / "source of truth …"), mid-heading ("Account Executive, Mid-Market (UK&I" / "and Nordics)")
 * and mid-range ("Mar 2021 -" / "Present"). A written resume rarely breaks a line there, and reads the same.
 */
import { breaksDateRange, findDateSpan } from './dates.ts';
import { BULLET } from './entries.ts';
import { ENDS_SENTENCE, fillsWidth, UNFINISHED } from './line-wrap.ts';

/** A bullet ends on a full stop; a page may break it after a semicolon or a colon. */
const ENDS_BULLET = /[.!?]\s*$/;
/** The last line of a wrapped sentence: it ends on a lower-case word and a full stop ("ACL reconstruction."). */
const ENDS_ON_WORD = /(?:^|\s)[a-z][\w-]*[.!?]\s*$/;
/** A wrapped line goes on in lower case, with a bracket, a figure or a sign ("60 players.", "71% to 94%."). */
const GOES_ON = /^\s*[a-z0-9(%&+]/;
/** A heading line left open: an unclosed bracket, or ending on a separator ("Stackwise (HR software),", "II ->", ", then"). */
const OPEN_HEADING = /(?:[,–—|/&>→-]|\b(?:of|and|for|in|at|the|a|an|to|with|then))\s*$/i;
const unclosed = (s: string) => (s.match(/\(/g)?.length ?? 0) > (s.match(/\)/g)?.length ?? 0);
const starts = (line: string) => !!findDateSpan(line)?.start;

/**
 * The heading line without its dates: a template sets them flush right on the title's first line, so
 * the page breaks the title before them ("Territory Manager, Trauma &   Jan 2023 - Present").
 */
function undated(line: string): { text: string; dates: string } {
  const span = findDateSpan(line);
  if (!span?.start) return { text: line, dates: '' };
  return { text: line.replace(span.text, ' ').replace(/\s+/g, ' ').trim(), dates: span.text };
}

/** Whether `line` goes on the line before it, `prev`, the last bullet line or heading line. */
function goesOn(prev: string, line: string, inBullet: boolean): boolean {
  if (breaksDateRange(prev, line)) return true;
  // A bullet goes on until its sentence ends; a line with a new range is a new role's.
  if (inBullet)
    return (
      !starts(line) &&
      !ENDS_BULLET.test(prev) &&
      (GOES_ON.test(line) ||
        UNFINISHED.test(prev) ||
        /\w-$/.test(prev) ||
        unclosed(prev) ||
        ENDS_ON_WORD.test(line))
    );
  // A heading goes on while a bracket is open or it stops on a separator; two dated lines are two roles.
  // The comma, dash or bar that set off dates at the line's end ("… - London, Mar 2022 - present", "… NHS Trust | Jun 2015 - Feb 2017") leaves
  // nothing open: the description under it ("Embedded in the payments squad; …") is no part of it.
  const { text, dates } = undated(prev);
  const head = dates && prev.trimEnd().endsWith(dates) ? text.replace(/\s*[,–—|-]\s*$/, '') : text;
  if (starts(prev) && starts(line)) return false;
  return unclosed(head) || OPEN_HEADING.test(head) || /^\s*[a-z]/.test(line);
}

export function rejoinEntryLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  let inBullet = false;
  for (const line of lines) {
    const prev = out[out.length - 1];
    // "- Present" under "Apr 2023" ends a range; it is no bullet.
    const cut = prev !== undefined && breaksDateRange(prev, line);
    const bullet = !cut && BULLET.test(line);
    if (prev === undefined || bullet || !goesOn(prev, line, inBullet)) {
      out.push(line);
      inBullet = bullet;
    } else if (inBullet || cut)
      out[out.length - 1] = `${prev.trimEnd()}${/\w-$/.test(prev) ? '' : ' '}${line.trim()}`;
    else {
      // The heading whole again, its dates after it as a written line has them.
      const { text, dates } = undated(prev);
      out[out.length - 1] = [text, line.trim(), dates].filter(Boolean).join(' ');
    }
  }
  return out;
}

/** A list's group label ("Data and infrastructure: …") begins a line of its own. */
const LABEL = /^[^:,;]{2,30}:/;
/**
 * A skills list the page broke mid-item ("AWS (EC2, S3," / "Lambda)", "proof-of-value" / "management,
 * executive negotiation"): a line runs on while a bracket is open, when it stops on a separator, or when
 * it fills the page's measure (`measure`, the resume's longest line) without ending; never into a
 * bullet or a new labelled group.
 */
export function rejoinListLines(lines: readonly string[], measure: number): string[] {
  const out: string[] = [];
  lines.forEach((line, i) => {
    const prev = out[out.length - 1];
    // The line printed just above fills the measure, not the list joined so far.
    const above = lines[i - 1] ?? '';
    const goesOn =
      prev !== undefined &&
      !BULLET.test(line) &&
      !LABEL.test(line) &&
      (unclosed(prev) ||
        /(?:[,/&]|\b(?:and|or))\s*$/i.test(prev) ||
        (fillsWidth(above, measure) && !ENDS_SENTENCE.test(prev)));
    if (goesOn) out[out.length - 1] = `${prev.trimEnd()} ${line.trim()}`;
    else out.push(line);
  });
  return out;
}
