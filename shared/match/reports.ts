/**
 * Whether a role has people reporting to it, read from its prose: a posting's body, or a person's own
 * lines. The title alone is not enough ("Lead UX Researcher" may or may not manage anyone).
 */

import { DENIED, sentencesOf } from './sentences.ts';

/**
 * A posting whose body gives the role reports, whatever its title ("Lead UX Researcher" with "line
 * management of four researchers"): it returns to it in two sentences or more that do not deny it
 * ("you will not have direct reports"). A person's own lines need say it once (`least` 1).
 */
const LEADS_PEOPLE =
  /\bline[- ]manag|\bpeople[- ](?:leader|manag)|\bdirect reports?\b|\bmanag(?:e|es|ing) (?:a team of )?(?:\w+ ){0,2}(?:researchers|engineers|designers|analysts|auditors|nurses|teachers|people|staff)\b|\bperformance reviews\b/i;
export function leadsPeople(text: string, least = 2): boolean {
  return sentencesOf(text).filter((s) => LEADS_PEOPLE.test(s) && !DENIED.test(s)).length >= least;
}

/**
 * A posting that says the role has no reports ("a senior individual contributor", "you will have no
 * direct reports", a civil service's "senior specialist (non-supervisory) position … you will not supervise
 * staff"): a Director, Head or "Staff Services Manager" title there names a rank, not a team.
 */
const SAYS_INDIVIDUAL_CONTRIBUTOR =
  /\b(?:an?|is)\s+(?:senior\s+|hands-on\s+)?individual[- ]contributor\b|\b(?:no|not have|without)\s+(?:any\s+)?direct reports\b|\bnon[- ]supervisory\b|\b(?:will|do|does)\s+not\s+(?:supervise|manage)\s+(?:any\s+)?(?:staff|people|employees|others|a team)\b|\bno\s+supervisory\s+(?:duties|responsibilit)/i;
export const saysIndividualContributor = (text: string) => SAYS_INDIVIDUAL_CONTRIBUTOR.test(text);
