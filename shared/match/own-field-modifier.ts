/**
 * A ruled-out word that qualifies the person's own field rather than naming the job: "Frontend
 * Infrastructure Engineer" for a platform engineer who is "not interested in frontend" is
 * infrastructure work (CI, build caches, clusters) done for the frontend teams. The field word right
 * after the ruled-out one is the person's own (its title family, title-families.ts); a role noun
 * there ("Frontend Developer", "Marketing Analyst") makes the ruled-out word the job's field, so it
 * does not count.
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
export const modifierPattern = (source: string) => new RegExp(`${source}(?=[\\s-]+([A-Za-z]+))`, 'gi');

/**
 * `text` with every mention that qualifies one of `ownFields` taken out; other mentions stay. With no
 * fields of their own (no titles), nothing is taken out.
 */
export function withoutOwnFieldModifiers(
  text: string,
  modifier: RegExp,
  ownFields: ReadonlySet<string>,
): string {
  if (!ownFields.size) return text;
  return text.replace(modifier, (match, next: string) =>
    fieldOf(next).some((f) => ownFields.has(f)) ? ' ' : match,
  );
}
