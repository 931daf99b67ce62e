import { SALARY_MAX_LABEL, SALARY_MIN_LABEL } from '../normalize/lines.ts';
import { parseSalary } from '../normalize/salary.ts';
import type { Salary } from '../types.ts';
import { PAY_IN_FACT, payRangeOf } from './facts.ts';

/**
 * The pay among the facts beside a posting (read by facts.ts): one pay fact, the two ends of a range
 * printed as two facts or two chips, or a range printed under another label.
 */

/**
 * The pay: one "Salary" fact, else a range printed as two facts ("Posted Min Pay: USD $72,500.00/Yr."
 * and "Posted Max Pay: …"), each side read on its own and joined, else a range under another label.
 */
export function salaryOfFacts(facts: ReadonlyMap<string, string>): Salary | null {
  const one = parseSalary(facts.get('salary') ?? '', { minScore: 2, payValue: true });
  if (one) return upToMax(one, facts);
  // "Salario: Según convenio": the pay fact says how pay is set, with no figure; a range under another
  // label is not this posting's.
  if (facts.get('salary')?.trim()) return splitRange(facts);
  const split = splitRange(facts);
  return split ?? payRangeOf(facts.get(PAY_IN_FACT) ?? '');
}

/**
 * A single pay figure beside a higher "Max rate" fact ("Hiring rate: $33.75/hr" and "Max rate:
 * $39.20/hr"): the figure the post is hired at and the most it pays are the two ends of one range.
 */
function upToMax(one: Salary, facts: ReadonlyMap<string, string>): Salary {
  if (one.min == null || one.min !== one.max) return one;
  const high = parseSalary(facts.get('salary-max') ?? '', { minScore: 2 });
  if (high?.max == null || high.max <= one.min) return one;
  if (one.currency && high.currency && one.currency !== high.currency) return one;
  if (one.period && high.period && one.period !== high.period) return one;
  return {
    ...one,
    max: high.max,
    currency: one.currency ?? high.currency,
    text: `${one.text} – ${high.text}`,
  };
}

/**
 * The two ends of a pay range printed as two chips beside the title, each with its label ("Min. rate:
 * $20.50/hr" and "Max. rate: $24.00/hr" as icon chips): read as the two facts they are.
 */
export function payRangeOfChips(chips: readonly string[]): Salary | null {
  const ends = new Map<string, string>();
  for (const chip of chips.slice(0, 60)) {
    const m = chip.match(/^([^:]{2,40}?)\s*:\s*(\S.*)$/);
    const end =
      m && (SALARY_MIN_LABEL.test(m[1]!) ? 'salary-min' : SALARY_MAX_LABEL.test(m[1]!) ? 'salary-max' : '');
    if (end && !ends.has(end)) ends.set(end, m[2]!);
  }
  return splitRange(ends);
}

function splitRange(facts: ReadonlyMap<string, string>): Salary | null {
  const low = parseSalary(facts.get('salary-min') ?? '', { minScore: 2 });
  const high = parseSalary(facts.get('salary-max') ?? '', { minScore: 2 });
  if (!low || !high || low.min == null || high.max == null || high.max < low.min) return null;
  if (low.currency && high.currency && low.currency !== high.currency) return null;
  return {
    min: low.min,
    max: high.max,
    currency: low.currency ?? high.currency,
    period: low.period ?? high.period,
    text: `${low.text} – ${high.text}`,
  };
}
