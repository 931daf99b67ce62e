/**
 * Roles written as paragraphs, each opening on the role ("Junior QA Engineer, Fieldhand (farm-equipment
 * rental app), Austin, from August 2021 to May 2023. I joined as the second QA person …"), often under a
 * heading of the writer's own ("How I got here, oldest first"). Read as lines, no role has a heading of its
 * own and none is read. Each such paragraph is written as an entry is: the role, its dates, then what it
 * says of the role; under an "Experience" heading after the rest when the resume has none.
 */
import { DATE_RANGE } from './dates.ts';
import { TITLE_WORD } from './role-header.ts';
import { headingOf } from './sections.ts';

/** The opening sentence: the role, ", from" its range, a full stop. */
const OPENING = new RegExp(`^(.{3,160}?),?\\s+from\\s+(${DATE_RANGE.source})\\.\\s*(.*)$`, 'i');
const MAX_TITLE_WORDS = 8;

function entryOf(paragraph: string): string[] | null {
  const m = OPENING.exec(paragraph);
  if (!m) return null;
  const [title = ''] = m[1]!.split(/,\s*(?![^()]*\))/);
  if (!TITLE_WORD.test(title) || title.split(/\s+/).length > MAX_TITLE_WORDS) return null;
  const said = m.at(-1)!.trim();
  return [m[1]!.trim(), m[2]!.replace(/\s+to\s+/i, ' - '), ...(said ? [`- ${said}`] : [])];
}

export function readProseRoles(text: string): string {
  const blocks = text.split(/\n\s*\n/);
  const entries: string[][] = [];
  const rest: string[] = [];
  for (const block of blocks) {
    const entry = entryOf(block.replace(/\s*\n\s*/g, ' ').trim());
    if (entry) entries.push(entry);
    else rest.push(block);
  }
  if (!entries.length) return text;
  const hasExperience = text.split('\n').some((l) => headingOf(l) === 'experience');
  // Under a resume's own experience heading they would be read already, if dated on a line of their own.
  if (hasExperience) return text;
  return [...rest, ['Experience', ...entries.flat()].join('\n')].join('\n\n');
}
