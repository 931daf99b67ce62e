import type { EmploymentType, Salary } from '../types.ts';
import { findMoney, salaryOf } from './salary.ts';
import { STIPEND_BEFORE } from './salary-words.ts';

/** A perk paid as a stipend ("a $1,000 learning stipend", "home-office stipend", "a one-time housing stipend"): not the pay. */
const PERK_STIPEND =
  /\b(?:learning|education(?:al)?|wellness|wellbeing|home[- ]office|equipment|remote|work[- ]from[- ]home|travel|meal|phone|internet|gym|book|commut\w*|conference|lunch|relocation|housing|accommodation|lodging|moving|one[- ]time(?:\s+[a-z]+)?)\s+stipend\b/i;

/**
 * An internship's pay is its stipend: where a posting offers a stipend and also quotes what the job
 * after the internship pays ("PPO: the full-time role pays ₹12–14 LPA", "graduates who convert start
 * at $95,000"), the stipend is the salary. Only for a posting read as an internship, and only a
 * stipend in a currency that is not a perk's.
 */
export function stipendOverLaterPay(
  s: Salary,
  posting: string,
  type: EmploymentType | null | undefined,
): Salary {
  if (type !== 'internship' || !posting) return s;
  const stipend = findMoney(posting).find((m) => {
    const before = posting.slice(Math.max(0, m.index - 40), m.index);
    const clause = before.split(/\n|[.!?;]\s/).pop() ?? '';
    return m.currency && STIPEND_BEFORE.test(clause) && !PERK_STIPEND.test(clause);
  });
  if (!stipend || (stipend.min === s.min && stipend.max === s.max)) return s;
  return salaryOf(stipend);
}
