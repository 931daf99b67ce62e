import type { Salary } from '../types.ts';
import { findMoney } from './salary.ts';
import { periodIn } from './salary-period.ts';

/**
 * The period the description writes beside the very figures structured data carries: a JSON-LD
 * baseSalary of 96,000-118,000 with unitText "HOUR" above "$96,000 - $118,000 per year" in the
 * text. The unit is a form field someone picked; the sentence is what the employer wrote. Only a
 * figure from structured data (no text of its own) is corrected, and only when the description
 * prints the same bounds with a period named right after them, in their clause, or just before them.
 */
export function writtenPeriodOverUnit(s: Salary, posting: string): Salary {
  if (!posting || s.text || s.min == null || s.max == null || s.min === s.max) return s;
  const same = findMoney(posting).find(
    (m) => m.min === s.min && m.max === s.max && (!m.currency || !s.currency || m.currency === s.currency),
  );
  if (!same) return s;
  const at = same.index + same.text.length;
  // The words right after the figures, up to the clause's end ("… 22,000 (all-inclusive), annual air
  // ticket" says nothing of the pay's period), else the words just before them ("a monthly salary of").
  const named =
    periodIn(posting.slice(at, at + 40).split(/\n|[,;(]/)[0]!) ??
    periodIn(
      posting
        .slice(Math.max(0, same.index - 30), same.index)
        .split(/\n|[.;]/)
        .at(-1)!,
      'before',
    );
  return named && named !== s.period ? { ...s, period: named } : s;
}
