/**
 * How a posting's prose is read sentence by sentence, and what a sentence denies. One place, so the
 * readers that skip a denied statement ("you will not have direct reports", "this is not a contract
 * role") agree on what a denial is.
 */

/**
 * A posting's sentences and lines. "U.S. persons": a capital initial and a full stop end nothing. A
 * single line break between a word and a lower-case word is a wrapped line, not a new sentence
 * ("we can only hire people who live in one of\nthe following states: …").
 */
const SENTENCE_END = /(?<=[.;!?])(?<!\b[A-Z]\.)\s+|\n\s*\n\s*|(?<![\p{L}\d,])\n\s*|\n\s*(?!\p{Ll})/u;
export const sentencesOf = (text: string): string[] => text.split(SENTENCE_END).filter(Boolean);

/** A sentence that says no to what it names. */
export const DENIED = /\b(?:not|no|never|nor|without|unable|cannot)\b|n['’]t\b/i;

/**
 * The text with every denied clause taken out: what follows a negation, to the end of its clause, is
 * not read ("this is not a customer success or account management role").
 */
const NEGATED_CLAUSE = /(?:\b(?:not|never|rather than|instead of)\b|n[’']t\b)[^.!?;:\n]*/gi;
export const affirmed = (text: string): string => text.replace(NEGATED_CLAUSE, ' ');
