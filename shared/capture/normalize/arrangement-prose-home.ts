import { NOT_A_WHOLE_WEEK } from './arrangement-role-rules.ts';
import type { ArrangementRule } from './arrangement-rules.ts';

/**
 * Home offered as the whole place of work, beside an office the candidate may use instead: "Place of
 * work: Stuttgart office – or entirely from your home office anywhere in Germany", "you can work
 * fully from home if you prefer". The candidate may do the job fully remote, so it is remote; a
 * part of the week ("or entirely from home on Fridays") is not. English; read with the remote
 * wordings (arrangement-prose-rules.ts).
 */
export const HOME_CHOICE_RULES: readonly ArrangementRule[] = [
  {
    id: 'prose.or-wholly-from-home',
    lang: 'en',
    workType: 'remote',
    re: new RegExp(
      `\\b(?:or|(?:you )?(?:can|may) (?:also )?(?:work|be based))\\s+(?:work\\s+)?(?:entirely|fully|completely|wholly|100%)\\s+from\\s+(?:(?:your|a|their)\\s+(?:own\\s+)?)?home(?:[- ]?office)?\\b${NOT_A_WHOLE_WEEK}`,
      'i',
    ),
    reason:
      'the posting lets you work entirely from home instead of the office ("or entirely from your home office")',
  },
];
