import type { EmploymentType } from '../types.ts';
import { employmentTypeOfLines, isEmploymentLabel, parseEmploymentType } from './employment.ts';
import { fullTimeHoursStated, hoursGlossStated } from './employment-hours.ts';
import {
  employmentTypeInProse,
  employmentTypeLine,
  fixedTermInProse,
  placementProgrammeInProse,
} from './employment-prose.ts';

/**
 * The employment type the description gives where no tag, fact or structured data did, strongest
 * reading first: its own "Job type:" lines, then a sentence or status line stating the type, hours
 * glossed with their type ("30 hours a week (Teilzeit)"), a
 * fixed-term contract (temporary) or a student placement (internship), and last a full week's
 * hours with no type word ("Hours: 37.5 hours per week": full-time). `facts` are the values beside
 * the posting under an employment or hours term.
 */
export function typeTheTextGives(
  text: string,
  facts: readonly string[] = [],
): { type: EmploymentType; confidence: number; detail: string } | null {
  const line = employmentTypeOfLines(text);
  if (line) return { type: line, confidence: 0.5, detail: '"Job type:" line' };
  const gloss = hoursGlossStated(text);
  const stated =
    employmentTypeInProse(text) ??
    (gloss && isEmploymentLabel(gloss) ? parseEmploymentType(gloss) : null) ??
    employmentTypeLine(text) ??
    (fixedTermInProse(text) ? 'temporary' : null) ??
    (placementProgrammeInProse(text) ? 'internship' : null);
  if (stated)
    return { type: stated, confidence: 0.4, detail: '"this is a full-time position" sentence or line' };
  if (fullTimeHoursStated(text, facts))
    return { type: 'full_time', confidence: 0.35, detail: "a full week's hours with no type word" };
  return null;
}
