import { parsePlace } from '../match/geo.ts';
import { BE_HONOURS } from '../match/requirement-item.ts';
import { type DateSpan, findDateSpan } from './dates.ts';

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
/** The noun that makes a phrase a job title: "Account Executive", "Senior Nurse". */
export const TITLE_WORD =
  /\b(engineer|developer|programmer|manager|director|nurse|analyst|scientist|specialist|designer|coordinator|assistant|consultant|lead|intern|accountant|teacher|representative|associate|officer|administrator|technician|architect|executive|writer|editor|marketer|recruiter|president|founder|head|vp|owner|advisor|therapist|researcher|instructor|supervisor|clerk|agent|strategist|producer|cashier|driver|chef|cook|server|technologist|practitioner|pharmacist|physician|counsel|attorney|paralegal|planner|buyer|operator|mechanic|electrician|cto|ceo|cfo)s?\b/i;
/** A comma between the parts of a role's line, not one inside a bracket ("Researcher (part-time, 14 months)"). */
const COMMA = /,\s*(?![^()]*\))/;
const PART_SPLIT = /\s+[—–|@]\s+|\s+-\s+|\s+at\s+|\s*\|\s*/;

const looksLikePlace = (s: string) => {
  const p = parsePlace(s);
  return !!p.country && s.split(/\s+/).length <= 4;
};

/** "Senior Engineer — Acme, Austin, TX" / "Acme | Engineer | London" / two lines -> title, company, location. */
function splitHeader(lines: string[]): Pick<ExperienceDraft, 'title' | 'company' | 'location'> {
  const parts: string[] = [];
  for (const line of lines)
    for (const part of line.split(PART_SPLIT)) if (part.trim()) parts.push(part.trim());
  let titleIdx = parts.findIndex((p) => TITLE_WORD.test(p));
  if (titleIdx < 0) titleIdx = 0;
  let title = parts[titleIdx] ?? '';
  const rest = parts.filter((_, i) => i !== titleIdx);
  // "Digital Marketing Manager, Northpeak Outdoors — Toronto": after the comma is the company,
  // unless another line already names it ("Registered Nurse, Medical ICU" / "Lakeshore Medical").
  const comma = title.split(COMMA);
  const after = comma.slice(1).join(', ');
  if (after && !TITLE_WORD.test(after) && !looksLikePlace(after) && rest.every(looksLikePlace)) {
    title = comma[0];
    rest.unshift(after);
  }
  // "Audit Senior, Hartley & Moss, Manchester" on one line: title, company…, place.
  const pieces = title.split(COMMA);
  if (!rest.length && pieces.length >= 3 && looksLikePlace(pieces[pieces.length - 1])) {
    return { title: pieces[0], company: pieces.slice(1, -1).join(', '), location: pieces[pieces.length - 1] };
  }
  let company = '';
  let location: string | undefined;
  for (const part of rest) {
    const pieces = part.split(COMMA);
    if (!company) {
      const placeAt = pieces.findIndex((_, i) => i > 0 && looksLikePlace(pieces.slice(i).join(', ')));
      if (looksLikePlace(part) && rest.length > 1 && part !== rest[0]) location ??= part;
      else if (placeAt > 0) {
        company = pieces.slice(0, placeAt).join(', ');
        location ??= pieces.slice(placeAt).join(', ');
      } else company = part;
    } else if (!location && looksLikePlace(part)) location = part;
  }
  return { title: title.trim(), company: company.trim(), location };
}

/** Experience entries: a header group (lines without bullets) holding a date range, then its bullets. */
export function parseExperience(lines: string[]): ExperienceDraft[] {
  const out: ExperienceDraft[] = [];
  let header: string[] = [];
  let span: DateSpan | null = null;
  let current = null as ExperienceDraft | null;
  const flush = () => {
    if (!header.length) return;
    if (span) {
      const h = splitHeader(header);
      current = { ...h, start: span.start, end: span.end, current: span.current, bullets: [] };
      out.push(current);
    } else if (current) current.bullets.push(...header);
    header = [];
    span = null;
  };
  for (const line of lines) {
    const isBullet = BULLET.test(line);
    if (isBullet) {
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
