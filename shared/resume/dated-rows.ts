/**
 * Roles laid out as a table of dates on the left and the role on the right, its lines hung under the
 * role ("2021 - 2023   Payroll Specialist, Copperline Logistics, Tempe AZ" / "              Weekly payroll
 * for 900 …"), often with no section headings at all. Read line by line, each role's title is taken
 * for the line above and no role is read. Each row is read as an ordinary entry is written: the role,
 * its dates, its lines as bullets.
 *
 * Outside an experience heading only rows dated by a range are roles; a row with one year ("2019
 * Associate of Applied Science") is a degree or a certificate, and stays as it is. So does every row under a heading that names
 * another section (EDUCATION, AWARDS): a degree's years are no role. Rows under an experience heading
 * are rewritten where they stand; rows before any heading are the experience when nothing else is:
 * they are read under that heading, after the rest of the resume, whose own lines (summary, skills)
 * stay where they were.
 */
import { DATE_RANGE } from './dates.ts';
import { headingOf, type ResumeSection } from './sections.ts';

const ROW = new RegExp(`^(\\s*${DATE_RANGE.source})(\\s{2,}|\\s*\\|\\s*)(\\S.*)$`, 'i');
/** A row dated by its year alone ("2020   Research Intern (6 months), …"). */
const YEAR_ROW = /^(\s*(?:19|20)\d{2})(\s{2,}|\s*\|\s*)(\S.*)$/;
/** Two rows at least, their roles starting at one place: a layout, not a dated sentence. */
const MIN_ROWS = 2;
/**
 * Where the role's own line turns into a description of it ("Postdoctoral Researcher, ETH Zurich (NLP
 * group). Multilingual instruction tuning …"): a full stop after a word (not "Inc." or "St.") or a
 * bracket, then a capital.
 */
const ROLE_ENDS = /(?<=\p{L}{4}|\))\.\s+(?=\p{Lu})/u;
/** A line the page wrapped: the one above stops mid-sentence and this one goes on in lower case. */
const GOES_ON = (above: string, line: string) => !/[.;:!?]$/.test(above) && /^\p{Ll}/u.test(line);

interface Row {
  from: number;
  to: number;
  /** Dated by a range, not by one year. */
  ranged: boolean;
  entry: string[];
}

/** The role, its dates, then what is said of it, a wrapped sentence kept whole, as bullets. */
function entryOf(role: string, dates: string, hung: readonly string[]): string[] {
  const [title, ...said] = role.split(ROLE_ENDS);
  const lines: string[] = [];
  for (const raw of [said.join('. '), ...hung]) {
    const line = raw.trim().replace(/^[-•*]\s*/, '');
    if (!line) continue;
    if (lines.length && GOES_ON(lines.at(-1)!, line)) lines[lines.length - 1] += ` ${line}`;
    else lines.push(line);
  }
  return [title!.trim(), dates, ...lines.map((l) => `- ${l}`)];
}

function rowsAt(lines: readonly string[]): Row[] {
  const rows: Row[] = [];
  const starts = new Map<number, number>();
  for (let i = 0; i < lines.length; i++) {
    const m = ROW.exec(lines[i]!) ?? YEAR_ROW.exec(lines[i]!);
    if (!m) continue;
    const ranged = DATE_RANGE.test(m[1]!);
    // Under an experience heading a year alone dates a role held within it: written as a range of that
    // year, so the entry has the start an entry needs.
    const dates = ranged ? m[1]!.trim() : `${m[1]!.trim()} - ${m[1]!.trim()}`;
    const at = lines[i]!.length - m.at(-1)!.length;
    starts.set(at, (starts.get(at) ?? 0) + 1);
    let to = i;
    // The role's lines hang under it, indented to where the role starts.
    while (to + 1 < lines.length && new RegExp(`^\\s{${at}}\\S`).test(lines[to + 1]!)) to++;
    rows.push({ from: i, to, ranged, entry: entryOf(m.at(-1)!, dates, lines.slice(i + 1, to + 1)) });
    i = to;
  }
  const [, most = 0] = [...starts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return most >= MIN_ROWS ? rows : [];
}

/** The text with dated rows (dates left, role right) written as ordinary entries. */
export function readDatedRows(text: string): string {
  const lines = text.split(/\r?\n/);
  const rows = rowsAt(lines);
  if (!rows.length) return text;
  const inRow = new Map(rows.map((r) => [r.from, r]));
  const rest: string[] = [];
  const entries: string[] = [];
  let section: ResumeSection | null = null;
  for (let i = 0; i < lines.length; i++) {
    section = headingOf(lines[i]!) ?? section;
    const row = inRow.get(i);
    if (!row) rest.push(lines[i]!);
    else if (section === 'experience') rest.push(...row.entry);
    else if (section === null && row.ranged) entries.push(...row.entry);
    else rest.push(...lines.slice(row.from, row.to + 1));
    if (row) i = row.to;
  }
  return entries.length ? [...rest, '', 'Experience', ...entries].join('\n') : rest.join('\n');
}
