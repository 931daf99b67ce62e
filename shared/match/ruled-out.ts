/**
 * What the person said they do not want ("people management", "MLOps", "ward-based"), held against a
 * posting: its title naming it, a management role for someone who rules management out, or the
 * posting's text returning to it. The phrase comes back for the explanation.
 */

import { arrangementOfLabel } from '../capture/normalize/arrangement.ts';
import type { WorkType } from '../domain/index.ts';
import { escapeRegExp } from '../text/escape-regexp.ts';
import { namesContractForm } from './employment.ts';
import { otherNames } from './field-names.ts';
import { type OwnWork, ownWorkFor, withoutOwnWork } from './own-field-modifier.ts';
import { listsOpenings, ownWorkText, readOwnWork, titleOf } from './posting-own-work.ts';
import type { ListedRole } from './role-list.ts';
import { DENIED } from './sentences.ts';
import type { PreparedJob } from './types.ts';

export interface RuledOut {
  text: string;
  re: RegExp;
  /** The same pattern, global: counting mentions in the posting's text. */
  every: RegExp;
  /** "people management", "managing people": any people-management role. */
  management: boolean;
  /** "contract work", "freelance": a form of employment, held against the posting's terms (employment.ts). */
  contractForm: boolean;
  /**
   * "office", "hybrid roles", "on-site": a way of working, held against the posting's arrangement
   * (onsite also covers hybrid, which has office days), never against words in its text: a remote
   * posting may well mention the office it does not require.
   */
  arrangement: WorkType | null;
  /**
   * The role without a leading word that says what kind ("quota-carrying account executive" is any
   * account executive, whose quota goes without saying), held against titles only; null without one.
   */
  head: RegExp | null;
  /** Each word of a phrase of several ("hospital inpatient"), for postings that split them up. */
  words: RegExp[];
  /** The same words, a field said as an activity ("engineering") met only as that (activityWord). */
  activities: RegExp[];
  /**
   * Mentions per word in the person's own experience, when it returns to the field (0 otherwise). A field the person works beside ("design" for a
   * UX researcher) comes up in their resume too; a posting names it no more often when it is about
   * the same work.
   */
  ownRate: number;
  /** Mentions that are the person's own work: "Frontend Infrastructure" (own-field-modifier.ts). */
  ownWork: OwnWork;
}

/** A compound that says what kind of the role follows: "quota-carrying", "customer-facing". */
const KIND_OF = /^[a-z]+-(?:carrying|facing|bearing)\s+(?=\S)/i;

/** Words that say how much, not what: "backend-heavy", "React-Native-only". */
const QUALIFIER = /^(?:heavy|only|focused|based|first|led|centric|type|style|work)$/i;

/**
 * Managing people ("people management", "management", "line-management roles", "managing teams"; "sales
 * management" and "engineering management" manage sellers and engineers), not another kind of
 * management: product, program, account or delivery management name a field.
 */
const PEOPLE_MANAGEMENT =
  /^(?:(?:people|line|team|staff|sales|engineering)[\s-]*)?manag\w*(?:\s+(?:roles?|positions?|posts?|jobs?|track))?$|\b(?:people|line)[\s-]*(?:manag|lead)|\bmanaging\s+(?:people|teams?|others|staff)\b/i;

export const isPeopleManagement = (phrase: string) => PEOPLE_MANAGEMENT.test(phrase);

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * A word's own endings ("partners", "designer", "engineering"), not a longer word that starts the
 * same ("partnership" in an equal-opportunities line, "Salesforce" for someone who rules out sales).
 */
const ENDING = '\\w{0,3}\\b';

/**
 * One word of a phrase the posting never names (splitUp): a field said as an activity ("engineering",
 * "marketing") counts only as that, since its stem names other things ("ML engineers" beside "data"
 * in a data scientist's posting is no data engineering; "markets" is no marketing).
 */
const activityWord = (w: string) =>
  w.endsWith('ing') ? new RegExp(`\\b${w}\\b`, 'gi') : new RegExp(`\\b${w.replace(/s$/, '')}${ENDING}`, 'gi');

/**
 * A field postings name in other words: retail work is done in stores ("Store #4418", "one of our
 * busiest stores", "the store's goals"); "store" as a verb ("store medications") is not a shop.
 */
const OTHER_WORDS: Record<string, string> = {
  retail: String.raw`\bstores\b|\bstore(?:['’]s|\s*#|\s+(?:manager|team|location|associates?)\b)|\bin-store\b`,
};

/** "office" alone is the office-based way of working; the label reader wants it said in full. */
const OFFICE = /^(?:an?\s+|the\s+)?office(?:\s+(?:roles?|jobs?|positions?|work))?$/i;
const arrangementRuledOut = (text: string): WorkType | null =>
  OFFICE.test(text) ? 'onsite' : (arrangementOfLabel(text)?.workType ?? null);

/**
 * `own`: what the person did (their bullets), not the sentence that rules out. `ownFields`: the title
 * families of their targets and past titles; `titles`: those titles, whose words name their own work.
 */
export function prepareRuledOut(
  phrases: readonly string[] = [],
  own = '',
  ownFields: readonly string[] = [],
  titles: readonly string[] = [],
): RuledOut[] {
  const fields = new Set(ownFields);
  const titleWords = new Set(titles.flatMap((t) => t.toLowerCase().match(/[a-z]{3,}/g) ?? []));
  const ownWords = Math.max(1, wordCount(own));
  return phrases
    .map((p) => p.trim())
    .filter((p) => p.length >= 3)
    .map((text) => {
      // "ward-based posts": the ward is what is ruled out.
      // "data-engineering" matches "data engineering" and "Data Engineer"; hyphens and spaces are one.
      const said = text
        .replace(/[\s-]+based$/i, '')
        .split(/[\s-]+/)
        .map((w) => escapeRegExp(w.toLowerCase()));
      const stems = said.map((w) => w.replace(/(ing|s)$/, ''));
      // Not the tail of a compound: "well-tested code" says how the code is, not that the job is testing;
      // "non-clinical" is not clinical.
      const named = `(?<!-)\\b${otherNames(stems).join(`${ENDING}[\\s-]*`)}${ENDING}`;
      const other = OTHER_WORDS[text.toLowerCase()];
      const source = other ? `(?:${named}|${other})` : named;
      const content = stems.filter((w) => !QUALIFIER.test(w));
      const every = new RegExp(source, 'gi');
      // Once is in passing, as in a posting: twice and the person's own work returns to it.
      const ownMentions = own.match(every)?.length ?? 0;
      return {
        text,
        re: new RegExp(source, 'i'),
        head: KIND_OF.test(text) ? prepareRuledOut([text.replace(KIND_OF, '')])[0]!.re : null,
        every,
        management: isPeopleManagement(text),
        contractForm: namesContractForm(text),
        arrangement: arrangementRuledOut(text),
        words: content.length > 1 ? content.map((w) => new RegExp(`\\b${w}${ENDING}`, 'gi')) : [],
        activities: content.length > 1 ? said.filter((w) => !QUALIFIER.test(w)).map(activityWord) : [],
        ownRate: ownMentions >= 2 ? ownMentions / ownWords : 0,
        ownWork: ownWorkFor(source, fields, titleWords),
      };
    });
}

/**
 * The phrase the posting runs into, if any. On a page that lists several roles, `role` is the one
 * most like the person's (role-list.ts): only its title and text are read, not the roles beside it.
 */
export function ruledOutBy(
  ruled: readonly RuledOut[],
  job: PreparedJob,
  role: ListedRole | null = null,
): string | null {
  if (!ruled.length) return null;
  const text = role ? readOwnWork(role.text) : ownWorkText(job);
  const title = role ? role.title : titleOf(job);
  const teams = role ? [] : job.homeTeams;
  const manages = role ? role.isManager : job.isManager || job.leadsPeople;
  for (const r of ruled) {
    if (r.contractForm) continue;
    if (r.arrangement) {
      const wt = job.parsed.workType;
      if (wt && (wt === r.arrangement || (r.arrangement === 'onsite' && wt === 'hybrid'))) return r.text;
      continue;
    }
    if (r.management && manages) return r.text;
    const named = (s: string) => r.re.test(withoutOwnWork(s, r.ownWork));
    // A title that lists a page's openings ("X is hiring: A, B, C") is no one job's title.
    const oneJob = !listsOpenings(title);
    if ((oneJob && (named(title) || r.head?.test(title))) || teams.some(named)) return r.text;
    const own = withoutOwnWork(text, r.ownWork);
    const mentions = own.match(r.every)?.length ?? 0;
    const returnsTo = mentions >= 2 && mentions / Math.max(1, wordCount(own)) > r.ownRate;
    if (returnsTo || splitUp(mentions ? r.words : r.activities, own.replace(r.every, ' '))) return r.text;
  }
  return askedFor(ruled, job, role);
}

/**
 * A requirement that asks for experience in two or more of the fields the person ruled out ("3+ years
 * in customer success, account management or a client-facing role") is about them, each named once.
 * A field the person's own work returns to does not count: they work beside it.
 */
function askedFor(ruled: readonly RuledOut[], job: PreparedJob, role: ListedRole | null): string | null {
  const fields = ruled.filter((r) => !r.contractForm && !r.management && !r.arrangement && r.ownRate === 0);
  if (fields.length < 2) return null;
  for (const item of job.parsed.items) {
    if (DENIED.test(item.text) || (role && !role.text.includes(item.text))) continue;
    const named = fields.filter((r) => r.re.test(item.text));
    if (named.length >= 2) return named[0]!.text;
  }
  return null;
}

/**
 * A phrase of several words the posting returns to in its own order ("inpatient admissions" at a
 * "children's hospital" for "hospital inpatient"): every word more than once, and all of them
 * together in one paragraph. `text` has the whole phrase taken out: named once it is in passing
 * ("we pair each SE with two account executives"), and its own words must not count twice.
 */
function splitUp(words: readonly RegExp[], text: string): boolean {
  if (!words.length || words.some((w) => (text.match(w)?.length ?? 0) < 2)) return false;
  return text.split(/\n/).some((para) => words.every((w) => para.search(w) >= 0));
}

/** A contract post for a person who ruled contract work out: their phrase and the posting's words. */
export function contractRuledOut(ruled: readonly RuledOut[], job: PreparedJob) {
  const form = ruled.find((r) => r.contractForm);
  return form && job.employment?.kind === 'contract'
    ? { phrase: form.text, said: job.employment.said }
    : null;
}
