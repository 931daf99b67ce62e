/**
 * A role's heading (the lines above its bullets, dates taken out) -> title, company, place. Read by its
 * layout: which part names the job, which the employer, which the place, and which only qualifies the job
 * (its team, ward or segment: "Tech Lead, Payouts", "Staff Nurse - Emergency Department").
 */
import { parsePlace } from '../match/geo.ts';

/**
 * The noun that makes a phrase a job title: "Account Executive", "Senior Nurse", "Senior Auditor"; a
 * grade named as a noun after its trade ("Audit Senior, Assurance", "Tax Senior"), not "Senior Living".
 */
export const TITLE_WORD =
  /\b(auditor|controller|dietitian|physiotherapist|hygienist|paramedic|midwife|apprentice|(?<=\w )senior(?=\s*(?:$|[,(|]))|engineer|developer|programmer|manager|director|nurse|analyst|scientist|specialist|designer|coordinator|assistant|consultant|lead|intern|accountant|teacher|representative|associate|officer|administrator|technician|architect|executive|writer|editor|marketer|recruiter|president|founder|head|vp|owner|advisor|therapist|researcher|instructor|supervisor|clerk|agent|strategist|producer|cashier|driver|chef|cook|server|technologist|practitioner|pharmacist|physician|counsel|attorney|paralegal|planner|buyer|operator|mechanic|electrician|cto|ceo|cfo)s?\b/i;
/** A comma between the parts of a role's line, not one inside a bracket ("Researcher (part-time, 14 months)"). */
export const COMMA = /,\s*(?![^()]*\))/;
/** A bar groups a heading's parts more loosely than a dash does ("Engineer - Backend | Acme, Pune"). */
const BAR = /\s*\|\s*/;
const DASH_SPLIT = /\s+[—–@]\s+|\s+-\s+|\s+at\s+/;
const WAY_OF_WORKING = /^(?:remote|hybrid|on-?site)$/i;

/**
 * A place and nothing else: "Austin, TX", "Dublin 8", "Marietta, GA", "Remote, Austin, TX". An employer
 * before its city is no place ("Lumora Pay, Singapore", "Fletio (freight SaaS), Madrid"): the first piece
 * must be a place itself, or a town the table does not know followed by its state or province.
 */
export function looksLikePlace(s: string): boolean {
  if (s.split(/\s+/).length > 4 || !parsePlace(s).country) return false;
  const pieces = s
    .split(COMMA)
    .map((p) => p.trim())
    .filter(Boolean);
  if (WAY_OF_WORKING.test(pieces[0] ?? ''))
    return pieces.length === 1 || looksLikePlace(pieces.slice(1).join(', '));
  if (pieces.length === 1 || parsePlace(pieces[0]!).country) return true;
  // "Jersey City, NJ": the whole is read as that town in its state; "Lumora Pay, Singapore" has no state.
  const whole = parsePlace(s);
  return !!whole.region && whole.city === pieces[0]!.toLowerCase();
}

interface Part {
  text: string;
  /** Which line of the heading, and which bar-separated group of that line, it stands in. */
  line: number;
  group: number;
}

function partsOf(lines: readonly string[]): Part[] {
  const parts: Part[] = [];
  for (const [line, text] of lines.entries())
    for (const [group, groupText] of text.split(BAR).entries())
      for (const part of groupText.split(DASH_SPLIT))
        if (part.trim()) parts.push({ text: part.trim(), line, group });
  return parts;
}

/**
 * The part right after the title, in its own group of the same line, names the job's team or ward when
 * the employer is named further off: on another line ("Clinical Dietitian II - Critical Care" /
 * "Chattahoochee Valley Medical Center, Atlanta, GA") or past a bar ("Senior Software Engineer - Backend |
 * Shipkaro Logistics, Bengaluru"). Read as the employer, the team pushed the employer into the place.
 */
function qualifierAt(parts: readonly Part[], titleIdx: number): number {
  const t = parts[titleIdx]!;
  const next = parts[titleIdx + 1];
  if (!next || next.line !== t.line || next.group !== t.group || placed(next.text)) return -1;
  const employerFurther = parts.some(
    (p, i) => i > titleIdx + 1 && (p.line !== t.line || p.group !== t.group) && namesEmployer(p.text),
  );
  return employerFurther ? titleIdx + 1 : -1;
}
/**
 * A part that can be the employer further off: not a place, a way of working or the terms of the job
 * ("Remote", "Contract", "Full-time"), nor a sentence; and named as an employer is, with its city or in
 * words enough ("Clydeview University Hospital, NHS Clydeside"); a lone word may be a town the place table
 * does not know ("Springfield").
 */
const TERMS =
  /^(?:remote|hybrid|on-?site|full[- ]?time|part[- ]?time|contract(?:or)?|freelance|temporary|permanent|fixed[- ]term|locum)$/i;
const namesEmployer = (text: string) =>
  !looksLikePlace(text) &&
  !SAID.test(text) &&
  !TERMS.test(text) &&
  (placed(text) || text.split(/\s+/).length >= 3);
/** A team has no city of its own: "Harrowline Security, Austin, TX" after a title is the employer. */
const placed = (text: string) => {
  const pieces = text.split(COMMA);
  return pieces.some((_, i) => looksLikePlace(pieces.slice(i).join(', ')));
};
/**
 * A line that says what the employer is or does, not its name: a sentence ("Cloud email and SaaS security
 * platform; Central US mid-market.") or an aside in brackets ("(Offshore bookkeeping for a UK practice)").
 */
const SAID = /[.;]\s*$|^\(.*\)$|;/;

export interface RoleHeader {
  title: string;
  company: string;
  location?: string;
}

/** "Senior Engineer — Acme, Austin, TX" / "Acme | Engineer | London" / two lines -> title, company, location. */
export function splitHeader(lines: string[]): RoleHeader {
  const parts = partsOf(lines);
  let titleIdx = parts.findIndex((p) => TITLE_WORD.test(p.text));
  if (titleIdx < 0) titleIdx = 0;
  const qualifier = qualifierAt(parts, titleIdx);
  let title = parts[titleIdx]?.text ?? '';
  if (qualifier >= 0) title = `${title}, ${parts[qualifier]!.text}`;
  const rest = parts.filter((_, i) => i !== titleIdx && i !== qualifier).map((p) => p.text);
  // "Digital Marketing Manager, Northpeak Outdoors — Toronto": after the comma is the company,
  // unless another line already names it ("Registered Nurse, Medical ICU" / "Lakeshore Medical").
  const comma = title.split(COMMA);
  const after = comma.slice(1).join(', ');
  if (
    qualifier < 0 &&
    after &&
    !TITLE_WORD.test(after) &&
    !looksLikePlace(after) &&
    rest.every(looksLikePlace)
  ) {
    title = comma[0]!;
    rest.unshift(after);
  }
  // "Audit Senior, Hartley & Moss, Manchester" on one line: title, company…, place.
  const pieces = title.split(COMMA);
  if (!rest.length && pieces.length >= 3 && looksLikePlace(pieces[pieces.length - 1]!)) {
    return {
      title: pieces[0]!,
      company: pieces.slice(1, -1).join(', '),
      location: pieces[pieces.length - 1],
    };
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

/**
 * An employer named once above several titles ("Cholla Ridge Builders, Phoenix, AZ" / "Senior Project
 * Manager, Jan 2021 - Present" / bullets / "Project Manager, Jun 2018 - Dec 2020"): a heading of the title
 * alone, after a heading whose first line named only the employer, is a role held there. Each call reads
 * one role's heading, in the order the roles are written.
 *
 * A title with a comma after it ("Associate Sales Representative, Orthopedics") is left as splitHeader
 * reads it: its tail may be the team, the function of a "Director, Sales", or another employer, and
 * with the tail in the title a past "Tech Lead, Acquiring" ranked a Tech Lead posting above the manager's
 * own roles (match-dev41).
 */
export function rolesUnderEmployer(): (lines: string[]) => RoleHeader {
  let employer: Omit<RoleHeader, 'title'> | null = null;
  return (lines) => {
    const read = splitHeader(lines);
    const titleAlone = lines.length === 1 && partsOf(lines).length === 1 && !COMMA.test(lines[0]!);
    if (employer && titleAlone) return { ...employer, title: lines[0]!.trim() };
    const firstNamesEmployer =
      lines.length > 1 &&
      !TITLE_WORD.test(lines[0]!) &&
      !SAID.test(lines[0]!) &&
      TITLE_WORD.test(lines.slice(1).join(' '));
    // A heading of the title and its own employer ("Account Manager, Lakeshore Supply") ends the group.
    if (!titleAlone)
      employer =
        firstNamesEmployer && read.company ? { company: read.company, location: read.location } : null;
    return read;
  };
}
