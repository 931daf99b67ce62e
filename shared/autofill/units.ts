/**
 * Spans of time a number is counted in, as forms print them beside or inside a box ("Years", "months", "Jahre",
 * "mois"): one list for the scanner (a unit after a box is not its name) and the classifier (a unit names a part of
 * the question before it).
 */
export const TIME_SPANS = 'years?|yrs?|months?|weeks?|days?|hours?|hrs?|jahre|monate|anos|meses|annees|mois';
