import { CONTACT_RULES } from './rules/contact.ts';
import { EEO_RULES } from './rules/eeo.ts';
import { EMPLOYMENT_RULES } from './rules/employment.ts';
import { LINK_AND_DOCUMENT_RULES } from './rules/links-documents.ts';
import type { TypeRule } from './rules/shared.ts';

/**
 * Field classification rules as versioned data (modelled on Chromium's
 * legacy_regex_patterns.json and Firefox's HeuristicsRegExp): per type, positive and
 * negative patterns with scores, the signals each pattern reads, and the control kinds
 * the type can take. Patterns run on lower-cased text with accents removed.
 * Locale tags: (de) German, (fr) French, (es) Spanish, (nl) Dutch, (it) Italian, (pt) Portuguese,
 * (sv) Swedish, (no) Norwegian, (da) Danish; untagged = English. (å, ä, ö lose their marks: "län" is "lan".)
 */
export const RULES_VERSION = '2026.11.22-1';

export type { PatternRule, RuleSignal, TypeRule } from './rules/shared.ts';

/** Every type's rules, one file per field family, in the order ties are broken. */
export const RULES: TypeRule[] = [
  ...CONTACT_RULES,
  ...LINK_AND_DOCUMENT_RULES,
  ...EMPLOYMENT_RULES,
  ...EEO_RULES,
];
