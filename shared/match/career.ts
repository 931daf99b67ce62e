import type { Profile } from '../domain/index.ts';
import { isManagerTitle, levelFromYears, levelWord, MID_RUNG } from './titles.ts';

/** How far along a person is: the years they have worked and the levels they would take. */

/**
 * The levels the person would take: their own and those their targets name. When every target names
 * a level above theirs ("a Principal or Staff UX Researcher role" for a senior), their own level is the
 * job they want to leave, so it is not one of them.
 */
const INTERN = 0;
const JUNIOR = 1;
const LEAD = 4;
const DIRECTOR = 5;

/**
 * A financial controller heads a company's accounting and reporting: someone who asks for that post
 * asks for the head-of rung ("Head of Accounting & Reporting" is the controllership in other words).
 * Read on the person's aim only: a posting's "Controller" may be continental "controlling", an
 * analyst's planning work, and is left to its body. Not one who stands in for the controller (an
 * assistant controller), nor a credit or stock controller.
 */
const FINANCE_HEAD =
  /^(?:(?:interim|group|regional|country|corporate)\s+)?(?:(?:financial|finance)\s+)?controller\b/i;
const aimOf = (t: string) => levelWord(t) ?? (FINANCE_HEAD.test(t.trim()) ? DIRECTOR : null);

export function aimLevels(held: number, targetTitles: readonly string[], years: number): number[] {
  const named = targetTitles.map(aimOf).filter((l): l is number => l !== null);
  // An internship is a way in, not a rung people seek again: after one, the first job is the aim,
  // unless the person asks for another internship.
  const own = held === INTERN && !named.includes(INTERN) ? JUNIOR : held;
  const allAbove = named.length > 0 && named.length === targetTitles.length && named.every((l) => l > own);
  // "Junior" is a label people outgrow: with a mid-level's years they would take a mid-level post. A
  // mid-level or senior title is a rung people hold for years, so it stays where it is.
  const outgrown = own === JUNIOR && levelFromYears(years) > own ? [own + 1] : [];
  // A people manager's title with no level word ("HR manager") asks for the rung a manager's title
  // states (titles.ts seniorityOf): the lead level. It is one more level taken, not a reason to leave theirs.
  const manages = targetTitles.some((t) => levelWord(t) === null && isManagerTitle(t)) ? [LEAD] : [];
  return [...new Set([...(allAbove ? named : [own, ...outgrown, ...named]), ...manages])];
}

/**
 * A numbered rung ("Payroll Specialist II") is a step on one employer's ladder rather than a title:
 * with a senior's years, and no level named by the person's targets, the rung above it ("Senior Payroll
 * Specialist") is the post they apply for next, no step up. Only that rung: a post past it is counted
 * from the level they hold (a staff post stays two levels up).
 */
export function nextRung(
  held: number,
  heldTitle: string | undefined,
  targetTitles: readonly string[],
  years: number,
): number | null {
  if (!heldTitle || !MID_RUNG.test(heldTitle) || targetTitles.some((t) => levelWord(t) !== null)) return null;
  return levelFromYears(years) > held ? held + 1 : null;
}

/** A sentence that says what the person is after. */
const SEEKS = /\b(?:looking for|seeking|want|open to|targeting|ready for)\b/i;
/** "Band 7 or 8a", "Bands 6-7", "Band 7/8a": each NHS band a search names. */
const BANDS = /\bbands?\s*([4-9][a-d]?)((?:\s*(?:,|or|and|\/|-|–|to)\s*(?:band\s*)?[4-9][a-d]?\b)*)/gi;

/**
 * The grades a person's search names ("a practice educator or clinical education lead post (Band 7 or
 * 8a)"), as titles levelWord reads ("Band 8a"): each is a level they would take, whatever their targets'
 * words say. Only in a sentence that says what they are after: "Band 7 educator since 2022" is the job
 * they hold.
 */
export function bandsSought(summary: string | undefined): string[] {
  const out: string[] = [];
  for (const sentence of (summary ?? '').split(/(?<=[.!?])\s+/)) {
    if (!SEEKS.test(sentence)) continue;
    for (const m of sentence.matchAll(BANDS))
      out.push(...[m[1]!, ...(m[2]!.match(/[4-9][a-d]?\b/gi) ?? [])].map((b) => `Band ${b}`));
  }
  return out;
}

/** Months since year 0 of a `YYYY-MM` date. */
export const monthIndex = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
/** A way into a career rather than a year of it: an internship, a student job, a co-op. */
const WAY_IN = /\b(?:intern|internship|co-?op|student)\b/i;
const PART_TIME = /\bpart[- ]time\b/i;

/**
 * Total months worked, overlapping jobs counted once. Once the person holds a full job, an internship,
 * a student job, and a part-time job that ended before the first full one began (held while studying)
 * are not years of experience, as recruiters count them: a coordinator of three years with a summer
 * internship and a campus job is no five-year senior.
 */
export function yearsWorked(profile: Profile, nowMonth: number): number {
  const dated = profile.experience.filter((e) => e.start);
  const full = dated.filter((e) => !WAY_IN.test(e.title) && !PART_TIME.test(e.title));
  const firstFull = Math.min(...full.map((e) => monthIndex(e.start!)));
  const wayIn = (e: (typeof dated)[number]) =>
    WAY_IN.test(e.title) || (PART_TIME.test(e.title) && !!e.end && monthIndex(e.end) <= firstFull);
  const spans = (full.length ? dated.filter((e) => !wayIn(e)) : dated)
    .map((e) => [monthIndex(e.start!), e.current || !e.end ? nowMonth : monthIndex(e.end)] as const)
    .sort((a, b) => a[0] - b[0]);
  let months = 0;
  let reach = -1;
  for (const [s, e] of spans) {
    const from = Math.max(s, reach);
    if (e > from) months += e - from;
    reach = Math.max(reach, e);
  }
  return Math.round((months / 12) * 10) / 10;
}
