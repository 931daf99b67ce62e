import type { Salary } from '../types.ts';
import { findMoney, type MoneyMatch, salaryOf } from './salary.ts';

/**
 * The role's pay as the text updates it: "Pay update (Oct 6): we … moved this role to $26–$30 an
 * hour", "We have since raised the rate for this position to $24", "The salary for this role has been
 * increased to £31,000". The figure in the sidebar, header or data is the one first posted; the
 * sentence about this role says what it pays now. Only a change already made to this role's pay,
 * right before the figure in its own sentence: a raise after probation or next year ("rises to $24
 * after 90 days") is a range the job spans, not an update.
 */
const CHANGED_TO =
  /\b(?:moved|raised|increased|bumped|lifted|updated|changed|adjusted|revised)\s+(?:this|the)\s+(?:(?:role|position|job|post|vacancy)|(?:pay|salary|rate|range|band)(?:\s+for\s+this\s+(?:role|position|job|post))?)\s+(?:up\s+)?to\s*$|\b(?:this|the)\s+(?:(?:pay|salary|rate|range)\s+for\s+this\s+)?(?:role|position|job|post)(?:['’]s)?\s+(?:(?:pay|salary|rate|range)\s+)?(?:has\s+been|was|is\s+now)\s+(?:moved|raised|increased|updated|revised)\s+to\s*$/i;

/**
 * A line the employer heads as an update of the pay ("Pay update:", "Salary update (Oct 6): the range
 * is now …"): its figure after "to", "now" or a colon is the new pay.
 */
const UPDATE_HEAD = /^\s*(?:pay|salary|rate|compensation|wage)\s+update\b/i;
const NEW_FIGURE = /(?:\bto|\bnow|:)\s*$/i;

/** The amount's sentence up to the amount (at most 200 characters back). */
const sentenceBefore = (text: string, m: MoneyMatch): string =>
  text
    .slice(Math.max(0, m.index - 200), m.index)
    .split(/\n|[.!?;]\s/)
    .pop() ?? '';

/**
 * The updated pay over the chosen one: in the chosen currency and period (where both are known), a
 * figure the text says this role's pay was changed to, different from the one chosen.
 */
export function updatedPayOverPosted(s: Salary, posting: string): Salary {
  if (!posting || (s.min == null && s.max == null)) return s;
  const text = posting.slice(0, 60_000);
  const update = findMoney(text).find((m) => {
    // Scored on its own, "raised … to $24.50" reads as a raise; the sentence makes it the pay.
    if (!m.currency || (m.min === s.min && m.max === s.max)) return false;
    if (m.currency && s.currency && m.currency !== s.currency) return false;
    if (m.period && s.period && m.period !== s.period) return false;
    const before = sentenceBefore(text, m);
    const line = text.slice(text.lastIndexOf('\n', m.index) + 1, m.index);
    return CHANGED_TO.test(before) || (UPDATE_HEAD.test(line) && NEW_FIGURE.test(before));
  });
  return update ? salaryOf(update, update.currency ?? s.currency) : s;
}
