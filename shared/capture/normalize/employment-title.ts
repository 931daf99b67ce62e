import type { EmploymentType } from '../types.ts';
import { parseEmploymentType } from './employment.ts';

/**
 * The hours or the engagement a job's title names as its modifier: "Part-Time Virtual Assistant", "Now
 * hiring: Part-time Counter Help", "Line Cook - Full Time", "Barista (Part Time)", "Data Engineer – Contract",
 * "Senior .NET Developer - 6 Month Contract".
 * Leading, only the hours or a season: "Contract Manager" and "Temporary Works Engineer" are jobs.
 */
const LEADING = /^(?:\[?(?:now hiring|hiring)\]?\s*:?\s*)?((?:full|part)[- ]?time|seasonal)\s+\p{L}/iu;
const TRAILING =
  /(?:\s[-–—|:]\s*|\()\s*((?:\d{1,2}[- ]?(?:months?|weeks?)\s+)?(?:(?:full|part)[- ]?time|seasonal|temporary|temp|contract|freelance|internship|fixed[- ]term))\s*\)?\s*$/i;

/** The job itself an internship: "Supply Chain Analytics Intern (Summer 2026)", "Intern, Clinical Operations". */
const INTERN = /\b(?:intern|internship)\b/i;

export function employmentTypeOfTitle(title: string): EmploymentType | null {
  const m = title.trim().match(LEADING) ?? title.trim().match(TRAILING);
  if (m) return parseEmploymentType(m[1]!);
  return INTERN.test(title) ? 'internship' : null;
}
