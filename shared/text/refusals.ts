/**
 * What a person's own sentence turns down: "Not looking for MLOps, ML platform or data-engineering
 * roles", "I am not looking for a people-management role", "no longer pursuing bedside roles", "I do
 * not want to own backend services". What is turned down runs to the clause's end or to a "but" ("not
 * open to hybrid, but happy to relocate"), or to a new clause of the person's ("…, and I am not looking
 * for university lecturing posts" is a second refusal, read on its own); the phrase is group 1.
 */
const REFUSED = String.raw`(?:any\s+|a\s+|an\s+)?((?:(?!\s+(?:but|though|although)\b|,?\s+and\s+(?:I|I['’]m|not)\b)[^.;:]){3,120})`;
/**
 * "do not want to return to a bedside role", "not looking to go back to an IC role", "not looking to
 * re-join the military": the work left.
 */
const BACK_TO = String.raw`(?:to\s+(?:(?:return|go\s+back|move\s+back)\s+(?:to|into)|re-?(?:join|enter))\s+)`;
/** "I'm not after warehouse roles": said of the person ("not after 6 pm" is not). */
const NOT_AFTER = String.raw`\b(?:I['’]m|I\s+am)\s+not\s+after\s+`;
/**
 * A bare "not" that follows what the person does say: "Native iOS only: not Android or React
 * Native-only roles", "Remote only - not hybrid or on-site roles". The "only" before it says that
 * the list after it is what the person turns down.
 */
const ONLY_NOT = String.raw`\bonly\s*[:–—-]\s*not\s+`;
/**
 * "I want to stay a strategic partner to business leaders rather than move into recruitment, HR administration or
 * an HR director seat": the moves set against what the person wants are turned down.
 */
const RATHER_THAN = String.raw`\b(?:rather\s+than|instead\s+of)\s+(?:mov(?:e|ing)|go(?:ing)?|step(?:ping)?|switch(?:ing)?)\s+(?:in)?to\s+`;
export const REFUSAL = new RegExp(
  String.raw`\b(?:not|no longer)\s+(?:(?:looking|searching|interested)\s+(?:for|in|at)|pursuing|seeking|open\s+to|looking\s+${BACK_TO})\s*${REFUSED}|\b(?:do not|don't)\s+want\s+${BACK_TO}?${REFUSED}|${NOT_AFTER}${REFUSED}|${ONLY_NOT}${REFUSED}|${RATHER_THAN}${REFUSED}`,
  'gi',
);

/**
 * A sentence with what it turns down taken out: "I only work remote - not open to hybrid, on-site or
 * relocating" says remote, and neither hybrid nor a move; "Not looking for testing roles" names no
 * skill and no work of the person's.
 */
export const withoutRefusals = (sentence: string): string => sentence.replace(REFUSAL, ' ');
