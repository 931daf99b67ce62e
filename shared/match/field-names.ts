/**
 * A field's other names inside a ruled-out phrase: "QA automation" and "QA engineering" are test
 * automation and test engineering, and postings say either. Alone, "test" is in every engineer's
 * posting ("unit tests"), so a word is read this way only beside another, and only in the whole
 * phrase, never word by word (ruled-out.ts).
 */
const OTHER_NAMES: Record<string, string> = { qa: '(?:qa|test|quality[\\s-]*assurance)' };

/** The phrase's stems (escaped, lower case), each with its other names when there are several. */
export const otherNames = (stems: readonly string[]): string[] =>
  stems.length > 1 ? stems.map((w) => OTHER_NAMES[w] ?? w) : [...stems];
