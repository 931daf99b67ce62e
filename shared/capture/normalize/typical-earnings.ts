import { sentenceAt } from '../../text/sentence-at.ts';
import type { Salary } from '../types.ts';
import { OTE_WORD } from './ote-words.ts';
import { findMoney, parseSalary } from './salary.ts';

/**
 * What staff take home, said right before the figure: "typically earn $150k", "earnings of", "take
 * home about". Not "on-target earnings with a 50/50 split: $70,000 base" (the base, named as such).
 */
const EARN_BEFORE =
  /\b(?:earn(?:s|ed|ing)?|earnings (?:of|are|average|run|reach)|take[- ]home(?: pay)?(?: of| is)?)\s+(?:(?:about|around|roughly|between|up to|an average of|on average)\s+)?$/i;
/** What is counted in on top of the rate: overtime, allowances, penalty rates, loadings, bonuses. */
const EXTRAS =
  /\b(?:overtime|allowances?|penalty rates|penalties|loadings?|premiums?|bonus(?:es)?|commissions?|tips)\b/i;

/**
 * The rate the page states where the chosen figure is what staff typically earn with overtime and
 * allowances counted in: a mining or shift job's structured data may carry "typically earn
 * $150k–$165k a year once overtime and allowances are counted", while its key facts give "Rate
 * $52.15 p/h + super". Earnings with extras are not the pay offered; the labelled rate is. The
 * figure's own sentence must say both that it is earned and what is counted in. `payFact`: the value
 * printed under a pay label beside the posting ("Rate" → "$52.15 p/h + super").
 */
export function rateOverTypicalEarnings(s: Salary, posting: string, payFact = ''): Salary {
  if (!posting || s.max == null) return s;
  const earned = findMoney(posting).find((m) => m.min === s.min && m.max === s.max);
  if (!earned) return s;
  const sentence = sentenceAt(posting, earned.index);
  if (
    !EARN_BEFORE.test(posting.slice(Math.max(0, earned.index - 60), earned.index)) ||
    !EXTRAS.test(sentence)
  )
    return s;
  // The labelled figure must be a rate, not on-target earnings of its own.
  const rate = payFact && !OTE_WORD.test(payFact) ? parseSalary(payFact, { payValue: true }) : null;
  return rate && rate.max !== s.max ? { ...rate, currency: rate.currency ?? s.currency } : s;
}
