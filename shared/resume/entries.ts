import { BE_HONOURS } from '../match/requirement-item.ts';
import { type DateSpan, findDateSpan } from './dates.ts';
import { rolesUnderEmployer, TITLE_WORD } from './role-header.ts';

export { TITLE_WORD } from './role-header.ts';

export interface ExperienceDraft {
  title: string;
  company: string;
  location?: string;
  start?: string;
  end?: string;
  current: boolean;
  bullets: string[];
}
export interface EducationDraft {
  school: string;
  degree?: string;
  field?: string;
  start?: string;
  end?: string;
}

export const BULLET = /^\s*(?:[-•·▪◦*‣●○■□➢►✓✔]|\d{1,2}[.)])\s+/;
/** Experience entries: a header group (lines without bullets) holding a date range, then its bullets. */
export function parseExperience(lines: string[]): ExperienceDraft[] {
  const out: ExperienceDraft[] = [];
  let header: string[] = [];
  let span: DateSpan | null = null;
  let current = null as ExperienceDraft | null;
  const headerOf = rolesUnderEmployer();
  /** The line before was the heading's dated one. */
  let closed = false;
  const flush = () => {
    if (!header.length) return;
    if (span) {
      const h = headerOf(header);
      current = { ...h, start: span.start, end: span.end, current: span.current, bullets: [] };
      out.push(current);
    } else if (current) current.bullets.push(...header);
    header = [];
    span = null;
  };
  for (const line of lines) {
    const isBullet = BULLET.test(line);
    if (isBullet) {
      closed = false;
      flush();
      current?.bullets.push(line.replace(BULLET, '').trim());
      continue;
    }
    const s = findDateSpan(line);
    // A long sentence without a bullet is a continuation or a bullet written as prose; under a dated
    // heading too ("Content Designer, Ledgerline - London, Mar 2022 - present" / "Embedded in …"), where
    // it describes the role rather than naming its company.
    if (!s && line.length > 90 && (span || (current && !header.length))) {
      flush();
      current?.bullets.push(line);
      continue;
    }
    // A heading of two lines or more closed by its dates ("Staff Nurse, Renal Unit" / "Thornbury General
    // Hospital | Jun 2015 - Feb 2017"), then a line naming a job: the next role's heading, the role above
    // had no bullets. A line after a one-line dated heading is its employer ("Teacher  Aug 2023 - present"
    // / "Glenfair School, Calgary").
    if (!s && span && closed && header.length >= 2 && TITLE_WORD.test(line)) flush();
    closed = !!s?.start;
    if (s && span) flush();
    if (s?.start) span = s;
    const rest = s?.start
      ? line
          .replace(s.text, '')
          .replace(/[\s,|–—(-]+$|^[\s,|–—)-]+/g, '')
          .replace(/\(\s*\)/g, '')
      : line;
    if (rest.trim()) header.push(rest.trim());
    if (!rest.trim() && !header.length && current && !span) continue;
  }
  flush();
  return out.filter((e) => e.title || e.company);
}

const DEGREE = new RegExp(
  String.raw`\b(ph\.?\s?d|doctor(ate)? of|master|m\.?s\.?c?|m\.?a\.?|mba|msn|m\.?eng|m\.?tech|m\.?phil|bachelor|b\.?s\.?c?|b\.?a\.?|bsn|bscn|b\.?eng|b\.?e\.(?=\s)|${BE_HONOURS}|b\.?tech|b\.?comm?|llb|llm|pgce|associate(?:'s)? (?:degree|of)|diploma|certificate|high school|ged)(?=[\s,.(]|$)`,
  'i',
);
const SCHOOL =
  /\b(universit\w*|college|institute|school|academy|polytechnic|conservatory|école|universidad|hochschule|tu|iit|eth|epfl)\b/i;

/** Education: each line naming a degree (its school on the same or the next line). */
export function parseEducation(lines: string[]): EducationDraft[] {
  const out: EducationDraft[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(BULLET, '');
    if (!DEGREE.test(line) && !SCHOOL.test(line)) continue;
    let span = findDateSpan(line);
    let text = span ? line.replace(span.text, '').replace(/\(\s*\)/g, '') : line;
    const parts = text
      .split(/\s+[—–|]\s+|,\s*|\s+-\s+/)
      .map((p) => p.trim())
      .filter(Boolean);
    let school = parts.find((p) => SCHOOL.test(p));
    const degreePart = parts.find((p) => DEGREE.test(p) && p !== school);
    if (!degreePart && out.length && !out[out.length - 1].school) {
      out[out.length - 1].school = school ?? text;
      continue;
    }
    if (!degreePart && !school) continue;
    const next = lines[i + 1];
    if (!school && next && SCHOOL.test(next) && !DEGREE.test(next)) {
      school = next.split(/,\s*|\s+[—–|]\s+/).find((p) => SCHOOL.test(p));
      span ??= findDateSpan(next);
      i++;
    }
    if (!span && next && findDateSpan(next) && next.replace(findDateSpan(next)!.text, '').trim().length < 4) {
      span = findDateSpan(next);
      i++;
    }
    let degree = degreePart;
    let field: string | undefined;
    if (degreePart) {
      const inField = /^(.*?)\s+in\s+(.+)$/i.exec(degreePart);
      const abbrev = /^((?:[A-Z]\.?){1,4}[a-z]{0,3}\.?)\s+(.+)$/.exec(degreePart);
      if (inField) [degree, field] = [inField[1], inField[2]];
      else if (abbrev && DEGREE.test(abbrev[1])) [degree, field] = [abbrev[1], abbrev[2]];
      field ??= parts.find((p) => p !== degreePart && p !== school && !SCHOOL.test(p) && !/\d/.test(p));
    }
    text = '';
    const entry = {
      school: school ?? '',
      degree,
      field: field?.replace(/\s*\(.*?\)\s*/g, ' ').trim() || undefined,
      start: span?.start,
      end: span?.end,
    };
    const prev = out[out.length - 1];
    // "University of Michigan" on one line, "Bachelor of Arts in Economics, 2016" on the next.
    if (!school && prev?.school && !prev.degree) Object.assign(prev, { ...entry, school: prev.school });
    else out.push(entry);
  }
  return out.filter((e) => e.school || e.degree);
}
