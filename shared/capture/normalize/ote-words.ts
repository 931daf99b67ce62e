/** How a posting tells its base pay from on-target earnings (base plus commission). */

/**
 * "base £48,000 – £60,000", "base salary of $90,000", "includes base salary ($118,236 – $130,271)": the
 * base named right before its figure.
 */
export const BASE_BEFORE =
  /\bbase(?:\s+(?:pay|salary))?(?:\s+for\s+(?:this|the)\s+(?:role|position|job))?(?:\s+(?:of|is|will be))?\s*[:(]?\s*$/i;

/**
 * A pay block headed by on-target earnings, as boards' pay-transparency boxes print it ("Annual
 * On-Target Earnings (OTE)", a note line, then "$96,000 — $110,000 USD"): the figure opens its line
 * and the heading, a short line without a sentence's end, is the line above it or the one above
 * the note.
 */
const OTE_HEADING_ABOVE =
  /(?:^|\n)[^\n.!?]{0,40}\b(?:OTE|on[- ]target earnings?)\b[^\n.!?]{0,30}\n(?:[^\n]{0,200}\n)?[^\S\n]{0,3}$/i;

/** On-target earnings named ("$140,000 OTE", "on-target earnings"), anywhere in a text. */
export const OTE_WORD = /\bOTE\b|on[- ]target/i;

/** "$70,000 base salary and $70,000 in target commission": the base named right after its figure. */
export const BASE_AFTER = /^\s*(?:in\s+)?base(?:\s+(?:pay|salary))?\b/i;

/**
 * An amount marked as on-target earnings (base plus commission or variable pay), in it, right after
 * it or named before it ("On-target earnings (base plus uncapped commission): $140,000": an aside
 * may sit between). In "£75,000 OTE (base £48,000 …" the OTE before the base figure is the previous
 * figure's, and in "$140,000 on-target earnings with a 50/50 split: $70,000 base salary" the second
 * figure is named the base. `above`: a longer stretch before the amount, for a heading over it.
 */
export const marksOte = (amount: string, before: string, after: string, above = before): boolean =>
  OTE_WORD.test(amount) ||
  (OTE_HEADING_ABOVE.test(above) && !BASE_BEFORE.test(before)) ||
  /^\s*(?:OTE|on[- ]target)/i.test(after) ||
  (/\b(?:OTE|on[- ]target earnings?)\b(?:\s*\([^()\n]{0,60}\))?[^.\n]{0,25}$/i.test(before) &&
    !BASE_BEFORE.test(before) &&
    !BASE_AFTER.test(after));
