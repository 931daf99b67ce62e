import type { Salary } from '../types.ts';
import { findMoney, type MoneyMatch, salaryOf } from './salary.ts';

/**
 * Pay the job moves to later, named in the amount's own sentence before it: after a contract-to-hire
 * or temp-to-perm job converts ("After conversion the role moves onto our Scientist II salary band,
 * currently $98,000 – $112,000 a year", "On conversion to a permanent employee your salary is",
 * "once you're made permanent", "if we convert you", "post-conversion salary", "Conversion salary:"), or the band a
 * programme or first grade leads to ("When you complete it you move onto our Data Analyst band
 * (£45k – £52k)", "the next band up"). Not "rising to £26,000 after probation": a range the job
 * itself spans.
 */
const LATER_PAY =
  /\b(?:after|on|upon|once|following)\s+(?:the\s+|your\s+)?conversion\b|\bpost[- ]conversion\b|\bconversion\s+(?:salary|pay|band|rate)\b|\b(?:once|if|when|after)\s+(?:you(?:'re|’re| are| have been)\s+|we\s+)?(?:converted?|made permanent|hired permanently|taken on permanently)\b|\b(?:once|if|when|after)\s+we\s+convert\b|\bmoves?\s+(?:you\s+)?(?:on(?:to)?|up)\s+(?:to\s+)?(?:our|the|a)\b[^.\n]{0,40}?\b(?:band|scale|grade|salary)\b|\bnext\s+(?:pay\s+|salary\s+)?(?:band|grade)\b/i;

/** The amount's sentence up to the amount (at most 160 characters back). */
const sentenceBefore = (text: string, m: MoneyMatch): string =>
  text
    .slice(Math.max(0, m.index - 160), m.index)
    .split(/\n|[.!?;]\s/)
    .pop() ?? '';

/** Salary-like enough to be the description's pay on its own (derive.ts reads it at this score). */
const PAY_SCORE = 5;

/**
 * The pay offered now where the chosen salary is the pay after a conversion or the next band: a
 * contract-to-hire job offered as a contract pays its contract rate ("During the contract you'll be
 * paid $52 per hour"). Only where the text states another pay, in the same currency, outside any
 * such sentence and not on-target earnings; the later pay alone is kept.
 */
export function payNowOverLaterPay(s: Salary, posting: string): Salary {
  if (!posting || (s.min == null && s.max == null)) return s;
  const found = findMoney(posting);
  const chosen = found.find((m) => m.min === s.min && m.max === s.max);
  if (!chosen || !LATER_PAY.test(sentenceBefore(posting, chosen))) return s;
  const now = found
    .filter(
      (m) =>
        m !== chosen &&
        m.score >= PAY_SCORE &&
        !m.ote &&
        (!m.currency || !s.currency || m.currency === s.currency) &&
        !LATER_PAY.test(sentenceBefore(posting, m)),
    )
    .sort((x, y) => y.score - x.score || x.index - y.index)[0];
  return now ? salaryOf(now, now.currency ?? s.currency) : s;
}
