/**
 * "actual salary £17,000" / "actual pay of £17,000" / "you'll actually earn £14,400", or the job's own hours as the sentence's subject
 * ("at full time it would be €64,000; for 30 hours it is €48,000"): the wording before the part-time
 * figure. Not "£31,800 a year for the 22.5 hours (roughly €37,000": a conversion follows the pay.
 */
const ACTUAL_BEFORE =
  /\bactual (?:salary|pay|earnings)\b[^.\n\d]{0,12}$|\byou(?:['’]ll| will)? actually (?:earn|get|receive|be paid)\s*$|\bfor (?:your |the )?\d{1,2}(?:\.\d)? hours(?: (?:a|per) week)?,? (?:(?:it |that |this )?is|it['’]s|you (?:earn|get|receive)) (?:(?:paid )?at )?$/i;
/** "£24,000 - £27,200 actual (for 30 hours)", "… actual salary": the wording after it. */
const ACTUAL_AFTER = /^\s?(?:per (?:annum|year)\s)?actual\b/i;

/** "£30,000 per annum pro rata", "£36,000 FTE": the figure (read from its start) is for full-time hours. */
export const FULL_TIME_EQUIVALENT =
  /^(?:[^.\n]|\.\d){0,40}?\b(?:pro[ -]?rata|FTE|full[ -]time equivalent)\b/i;

/** "The full-time equivalent salary is £24,000 – £27,000": the wording before a full-time figure. */
export const FULL_TIME_EQUIVALENT_BEFORE =
  /\b(?:full[ -]time equivalent|FTE) (?:salary|pay|rate)(?: range)? (?:is|of)\s*:?\s*$/i;

/** Whether the text around an amount calls it the actual (part-time) pay, not the full-time figure. */
export function marksActualPay(before: string, after: string): boolean {
  return ACTUAL_BEFORE.test(before) || ACTUAL_AFTER.test(after);
}
