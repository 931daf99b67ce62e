/**
 * A careers page that lists several roles ("Open positions - Perisa Oral Care", "We're hiring in
 * Warsaw: tech, planning and operations"): its title names no role, and its lines head each role with
 * its title, a dash or dot, and where or in which team it sits ("Demand Planning Analyst · Supply Chain ·
 * Warsaw, Wola, hybrid"), then say what the role is. Such a page is a fit for a person through the
 * role that is theirs: the other roles on it say nothing about that one (a warehouse supervisor's post
 * beside a demand planner's is no warehouse job for the planner).
 */

import { perPosting } from './per-posting.ts';
import { type TermCounts, termCounts } from './relevance.ts';
import { type TitleInfo, titleInfo, titleSimilarity } from './title-likeness.ts';
import { isManagerTitle, seniorityOf } from './titles.ts';
import type { PreparedJob } from './types.ts';

export interface ListedRole {
  /** The role's own title, without where it sits ("Android Developer (Mid)"). */
  title: string;
  info: TitleInfo;
  /** The level its title or text asks for (titles.ts seniorityOf). */
  level: number;
  isManager: boolean;
  /** The heading and what the page says about this role, up to the next role or section. */
  text: string;
  /** Its terms, for what the work is about (relevance.ts): the roles beside it are other work. */
  terms: TermCounts;
}

/** Between a role's title and where it sits: " - ", " – ", " · ", " | ". */
const SEPARATOR = /\s+[-–—·|]\s+/;
/**
 * A title ends in a word for a person at work ("Hygienists", "Supervisor", "Analyst", "Intern",
 * "Lead") or starts with one who heads something ("Head of People"); "Open positions", "Careers at
 * Rosewood Dental Group" and "How we hire" name none.
 */
const PERSON_WORD =
  /(?:er|or|ist|yst|ant|ent|ian|ee|ive|nurse|intern|lead|partner|officer|manager|specialist|clerk|chef|cook)s?$/i;
const HEADS = /^(?:head|director|vp|vice president|chief)\s+of\b/i;
/** A section heading: a short line that is no sentence ("How to apply", "For all roles"). */
const SECTION = (line: string) => line.split(/\s+/).length <= 6 && !/[.!?]$/.test(line);

/** A page lists openings in the plural ("Dental Hygienists"): each is one of that role. */
const oneOf = (role: string) =>
  role.replace(/\b(\w+)s\b/gi, (word, one: string) => (PERSON_WORD.test(one) ? one : word));
const roleWords = (role: string) => role.replace(/\([^)]*\)/g, ' ').trim();
export const namesRole = (role: string) => {
  const words = roleWords(role);
  return words.split(/\s+/).length <= 8 && (PERSON_WORD.test(words) || HEADS.test(words));
};

/** A page's title that says it lists openings: "We're hiring", "Careers at …", "Open positions". */
const CAREERS = /\b(?:hiring|careers?|open (?:positions|roles|vacancies)|vacancies)\b/i;
/** A rung after a title ("Customer Success Manager II") says how senior, not what. */
const RUNG = /\s+(?:i{1,3}|iv|\d)$/i;
/** A title that names one role: a role family, or a role in any of its parts ("Teacher / Enseignant(e)"). */
const namesOneRole = (title: string) =>
  !CAREERS.test(title) &&
  (titleInfo(title).families.length > 0 ||
    title.split(/\s*[,/:(|·–—]\s*|\s+-\s+/).some((part) => namesRole(part.replace(RUNG, ''))));

/** The role a heading line names, or null when it is no role heading. */
function headingRole(line: string): string | null {
  if (line.length > 140 || /[.!?:;]$/.test(line)) return null;
  const [role, ...where] = line.split(SEPARATOR);
  return where.length && role && namesRole(role) ? role.trim() : null;
}

/** The roles a page lists; none when it is one role's posting (its title names a role) or lists fewer than two. */
export function listedRoles(title: string, text: string): ListedRole[] {
  if (namesOneRole(title)) return [];
  const lines = text.split('\n').map((l) => l.trim());
  const roles: ListedRole[] = [];
  let open: { title: string; lines: string[] } | null = null;
  const close = () => {
    if (!open) return;
    const body = open.lines.join('\n');
    // A heading with a few words under it is a list of links, not a role the page describes.
    if (body.split(/\s+/).length - open.lines[0]!.split(/\s+/).length >= 8)
      roles.push({
        title: open.title,
        info: titleInfo(oneOf(open.title)),
        level: seniorityOf(open.title, null, null, body),
        isManager: isManagerTitle(open.title),
        text: body,
        terms: termCounts(body),
      });
    open = null;
  };
  for (const line of lines) {
    const role = line ? headingRole(line) : null;
    if (role) {
      close();
      open = { title: role, lines: [line] };
    } else if (open && line && SECTION(line)) close();
    else if (open && line) open.lines.push(line);
  }
  close();
  return roles.length >= 2 ? roles : [];
}

/** Read once per posting: every person's score asks. */
export const rolesOf = perPosting((job): ListedRole[] => listedRoles(job.parsed.title, job.parsed.text));

/** The listed role most like one of the person's titles, if any is like one at all. */
export function roleFor(titles: readonly { info: TitleInfo }[], job: PreparedJob): ListedRole | null {
  let best: ListedRole | null = null;
  let top = 0;
  for (const r of rolesOf(job))
    for (const t of titles) {
      const s = titleSimilarity(r.info, t.info);
      if (s > top) [best, top] = [r, s];
    }
  return best;
}
