import type { Salary } from '../types.ts';
import { parseSalary } from './salary.ts';

/**
 * A board that converts every salary to one currency says so ("* Salaries marked with an asterisk
 * were converted to USD per year", "Converted by the board from the employer's salary"): its figure,
 * in its chip and its JSON-LD alike, is a derivation, like a board's estimate.
 */
const CONVERSION_NOTE =
  /\b(?:salar(?:y|ies)|pay|figures?|amounts?)\b[^.\n]{0,60}\bconverted\s+(?:to|into|from)\b|\bconverted\s+(?:to|into)\s+(?:[A-Z]{3}|US dollars|dollars|euros)\b|\bconverted\s+by\s+[^.\n]{1,40}\bfrom\s+the\s+employer/i;

/**
 * The employer's own pay where the page says its salary was converted: the description's pay, when
 * it is in another currency than the converted figure, is the one the posting offers.
 */
export function employerPayOverConverted(s: Salary, posting: string, page: () => string): Salary {
  if (!s.currency || !posting) return s;
  const own = parseSalary(posting, { minScore: 5 });
  if (!own?.currency || own.currency === s.currency || own.min == null) return s;
  return CONVERSION_NOTE.test(page()) ? own : s;
}
