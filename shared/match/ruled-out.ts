/**
 * What the person said they do not want ("people management", "MLOps", "ward-based"), prepared once per
 * profile to be held against postings (ruled-out-by.ts): the phrase, how a posting names it, how often
 * the person's own work returns to it.
 */

import { arrangementOfLabel } from '../capture/normalize/arrangement.ts';
import type { WorkType } from '../domain/index.ts';
import { escapeRegExp } from '../text/escape-regexp.ts';
import { formNamed } from './employment.ts';
import { otherNames } from './field-names.ts';
import { type OwnWork, ownWorkFor } from './own-field-modifier.ts';

export interface RuledOut {
  text: string;
  re: RegExp;
  /** The same pattern, global: counting mentions in the posting's text. */
  every: RegExp;
  /** "people management", "managing people": any people-management role. */
  management: boolean;
  /**
   * "individual contributor", "IC": any role that manages no one, held against the posting's role
   * (its title and reports), not its words: a manager's posting may say the role codes too.
   */
  individual: boolean;
  /**
   * "contract work", "freelance" (contract) or "full-time permanent" (permanent): a form of employment, held
   * against the posting's terms (employment.ts), never against its words.
   */
  form: 'contract' | 'permanent' | null;
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
   * A kind of employer ("the military"), held against the employer's name ("Australian Army") only: a
   * defence-industry posting names the Army as its customer, and is no military post.
   */
  employer: RegExp | null;
  /**
   * The person's own work with the kind of it in front ("another month-end accounting role" from a
   * Management Accountant): the title that names the one who does it ("Accountant") and the kind, which
   * the posting must return to. Null unless one of the person's titles names that doer: work they never
   * did ("university lecturing" from a nurse) is read by its words alone.
   */
  doer: { title: RegExp; kind: RegExp } | null;
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

/** The individual contributor's track: "individual contributor", "individual-contributor roles", "IC". */
const INDIVIDUAL_CONTRIBUTOR =
  /^(?:individual[\s-]*contributor|IC)(?:[\s-]+(?:roles?|positions?|track|level))?$/i;

/** Words as the rate of a phrase in a text counts them, for the person's lines and a posting's alike. */
export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

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

/** Kinds of employer a person turns down, in the words employers' names use. */
const EMPLOYERS: Record<string, RegExp> = {
  military:
    /\b(?:army|navy|air\s+force|armed\s+forces|defen[cs]e\s+forces?|marine\s+corps|coast\s+guard|military)\b/i,
};

/** The doer of an activity ("accounting" -> Accountant, "nursing" -> Nurse), when the person was one. */
function doerOf(said: readonly string[], titles: readonly string[]): RuledOut['doer'] {
  const activity = said.at(-1) ?? '';
  if (said.length < 2 || !/[a-z]{4}ing$/.test(activity)) return null;
  const title = new RegExp(`\\b${activity.slice(0, -3)}(?:e|er|or|ant|ist)s?\\b`, 'i');
  if (!titles.some((t) => title.test(t))) return null;
  return { title, kind: new RegExp(`\\b${said.slice(0, -1).join('[\\s-]*')}\\b`, 'gi') };
}

/**
 * The manager's title a field's management names ("store management" -> "Store Manager"), held against titles only:
 * a posting's text names managers of every kind. Not people management, which is any manager (isPeopleManagement).
 */
function managerOf(stems: readonly string[]): RegExp | null {
  if (stems.length < 2 || stems.at(-1) !== 'management') return null;
  return new RegExp(
    `(?<!-)\\b${stems.slice(0, -1).join(`${ENDING}[\\s-]*`)}${ENDING}[\\s-]*manager${ENDING}`,
    'i',
  );
}

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
  // (an acronym is a title's word too: the "HR" of "HR Business Partner")
  const titleWords = new Set(
    titles.flatMap((t) =>
      [...(t.toLowerCase().match(/[a-z]{3,}/g) ?? []), ...(t.match(/\b[A-Z]{2}\b/g) ?? [])].map((w) =>
        w.toLowerCase(),
      ),
    ),
  );
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
      // "HR administration" names the administrator and administrative work too.
      const stems = said.map((w) => w.replace(/(ing|s)$/, '').replace(/ation$/, 'at(?:ion|or|ive)'));
      // Not the tail of a compound: "well-tested code" says how the code is, not that the job is testing;
      // "non-clinical" is not clinical.
      const named = `(?<!-)\\b${otherNames(stems).join(`${ENDING}[\\s-]*`)}${ENDING}`;
      const other = OTHER_WORDS[text.toLowerCase()];
      const source = other ? `(?:${named}|${other})` : named;
      const content = stems.filter((w) => !QUALIFIER.test(w));
      // Split up, a phrase sharing a word with the person's own titles ("customer support" for a Customer
      // Success Manager) is their own work's words, not the ruled-out field's.
      const splittable = content.length > 1 && !content.some((w) => titleWords.has(w));
      const every = new RegExp(source, 'gi');
      // Once is in passing, as in a posting: twice and the person's own work returns to it.
      const ownMentions = own.match(every)?.length ?? 0;
      return {
        text,
        re: new RegExp(source, 'i'),
        head: KIND_OF.test(text) ? prepareRuledOut([text.replace(KIND_OF, '')])[0]!.re : managerOf(stems),
        every,
        management: isPeopleManagement(text),
        individual: INDIVIDUAL_CONTRIBUTOR.test(text),
        form: formNamed(text),
        arrangement: arrangementRuledOut(text),
        employer: EMPLOYERS[text.toLowerCase()] ?? null,
        doer: doerOf(said, titles),
        words: splittable ? content.map((w) => new RegExp(`\\b${w}${ENDING}`, 'gi')) : [],
        activities: splittable ? said.filter((w) => !QUALIFIER.test(w)).map(activityWord) : [],
        ownRate: ownMentions >= 2 ? ownMentions / ownWords : 0,
        ownWork: ownWorkFor(source, fields, titleWords),
      };
    });
}
