/**
 * The role a posting says the job acts as ("Act as the senior people partner for the hygiene and
 * therapy workforce"): a title in the posting's own words, for a title that names the field it serves
 * rather than the work ("Hygiene & Therapy Workforce Lead" for a people partner). Only "the" or "our":
 * "act as a practice assessor" is a side duty, one of several; "act as the escalation point" names no role.
 */

import { perPosting } from './per-posting.ts';
import { namesRole } from './role-list.ts';
import { type TitleInfo, titleInfo } from './title-likeness.ts';

const ACTS_AS =
  /\b(?:act|serve)s?\s+as\s+(?:the|our)\s+((?:[\w&-]+\s+){0,3}?[\w&-]+?)(?=\s+(?:for|to|of|on|in|across|within|between)\b|\s*[,.;:\n])/gi;

/** The roles the posting says the job acts as. */
export const actsAs = (text: string): string[] =>
  [...text.matchAll(ACTS_AS)].map((m) => m[1]!).filter(namesRole);

/** Read once per posting: every person's score asks. */
export const actedTitles = perPosting((job): TitleInfo[] => actsAs(job.parsed.text).map(titleInfo));
