/**
 * A ruled-out word that qualifies the person's own field rather than naming the job: "Frontend
 * Infrastructure Engineer" for a platform engineer who is "not interested in frontend" is
 * infrastructure work (CI, build caches, clusters) done for the frontend teams. The field word right
 * after the ruled-out one is the person's own (its title family, title-families.ts); a role noun
 * there ("Frontend Developer", "Marketing Analyst") makes the ruled-out word the job's field, so it
 * does not count. Nor does one joined to a word of the person's own titles ("a structural and civil
 * engineering consultancy" hiring a buildings engineer who rules out civil work).
 */

import { familiesOf } from './title-families.ts';

/** Words that name the role, not a field of work: after them the ruled-out word is the job's field. */
const ROLE_NOUN =
  /^(?:engineers?|developers?|analysts?|designers?|managers?|scientists?|specialists?|leads?|architects?|consultants?|administrators?|officers?|associates?|nurses?|teachers?|roles?|jobs?|positions?|work|team|teams)$/i;

/** The families a field word names, only where it is a specialty ("infrastructure"), not a bare root. */
const fieldOf = (word: string): string[] =>
  ROLE_NOUN.test(word) ? [] : familiesOf(word).filter((f) => f.includes('/'));

/**
 * A global pattern for the ruled-out phrase with the word that follows it captured, to find where it
 * qualifies another field. `source` is the phrase's own pattern (ruled-out.ts).
 */
const modifierPattern = (source: string) => new RegExp(`${source}(?=[\\s-]+([A-Za-z]+))`, 'gi');

/**
 * `text` with every mention that qualifies one of `ownFields` taken out; other mentions stay. With no
 * fields of their own (no titles), nothing is taken out.
 */
function withoutOwnFieldModifiers(text: string, modifier: RegExp, ownFields: ReadonlySet<string>): string {
  if (!ownFields.size) return text;
  return text.replace(modifier, (match, next: string) =>
    fieldOf(next).some((f) => ownFields.has(f)) ? ' ' : match,
  );
}

/**
 * The phrase joined by "and" or "&" to another word ("structural and civil engineering", "Civil &
 * Structural"), the other word captured (in either order). Not "or": "data engineering or backend
 * engineering" is an alternative the posting asks for, which may well be the ruled-out one.
 */
const coordinatedPattern = (source: string) =>
  new RegExp(`${source}(?=\\s*(?:and|&)\\s*([A-Za-z]+))|(?<=\\b([A-Za-z]+)\\s*(?:and|&)\\s*)${source}`, 'gi');

/**
 * `text` with every mention coordinated with a word of the person's own titles taken out: a firm,
 * team or degree that spans both ("a structural and civil engineering consultancy" hiring a
 * buildings engineer) does not make the work the one they ruled out.
 */
function withoutSharedMentions(text: string, coordinated: RegExp, titleWords: ReadonlySet<string>): string {
  if (!titleWords.size) return text;
  return text.replace(coordinated, (match, after?: string, before?: string) =>
    titleWords.has((after ?? before ?? '').toLowerCase()) ? ' ' : match,
  );
}

/** The patterns for one ruled-out phrase and what the person's own work is called. */
export interface OwnWork {
  /** The phrase with the word after it: "Frontend Infrastructure". */
  modifier: RegExp;
  /** The person's own title families. */
  fields: ReadonlySet<string>;
  /** The phrase joined by "and" or "&" to another word. */
  coordinated: RegExp;
  /** The words of the person's own titles. */
  titleWords: ReadonlySet<string>;
}

export const ownWorkFor = (
  source: string,
  fields: ReadonlySet<string>,
  titleWords: ReadonlySet<string>,
): OwnWork => ({
  modifier: modifierPattern(source),
  fields,
  coordinated: coordinatedPattern(source),
  titleWords,
});

/** `text` with the mentions that are the person's own work taken out (both readings above). */
export const withoutOwnWork = (text: string, w: OwnWork) =>
  withoutSharedMentions(withoutOwnFieldModifiers(text, w.modifier, w.fields), w.coordinated, w.titleWords);
