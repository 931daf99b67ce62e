/** How a posting tells its base pay from on-target earnings (base plus commission). */

/**
 * "base £48,000 – £60,000", "base salary of $90,000", "includes base salary ($118,236 – $130,271)": the
 * base named right before its figure.
 */
export const BASE_BEFORE = /\bbase(?:\s+(?:pay|salary))?(?:\s+(?:of|is))?\s*[:(]?\s*$/i;

/** "$70,000 base salary and $70,000 in target commission": the base named right after its figure. */
export const BASE_AFTER = /^\s*(?:in\s+)?base(?:\s+(?:pay|salary))?\b/i;

/**
 * An amount marked as on-target earnings (base plus commission or variable pay), in it, right after
 * it or named before it ("On-target earnings (base plus uncapped commission): $140,000": an aside
 * may sit between). In "£75,000 OTE (base £48,000 …" the OTE before the base figure is the previous
 * figure's, and in "$140,000 on-target earnings with a 50/50 split: $70,000 base salary" the second
 * figure is named the base.
 */
export const marksOte = (amount: string, before: string, after: string): boolean =>
  /\bOTE\b|on[- ]target/i.test(amount) ||
  /^\s*(?:OTE|on[- ]target)/i.test(after) ||
  (/\b(?:OTE|on[- ]target earnings?)\b(?:\s*\([^()\n]{0,60}\))?[^.\n]{0,25}$/i.test(before) &&
    !BASE_BEFORE.test(before) &&
    !BASE_AFTER.test(after));
