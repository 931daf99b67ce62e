import type { ArrangementRule } from './arrangement-rules.ts';

/**
 * A no that answers a question about working from home ("Remote job: No", "Télétravail : Non",
 * "Home office: not possible", "Flexible work: Not eligible"), in the languages boards print it.
 * One list for a fact beside the posting (sources/facts.ts) and a labelled line inside its text.
 */
export const NO_ANSWER =
  '(?:no|non|nein|não|nej|nei|nie|none|not eligible|ineligible|not available|not offered|not possible)';

/** A label asking about home working, as a line of the text leads with it. */
const HOME_WORK_LABEL =
  '(?:remote(?: work(?:ing)?| option| possible)?|telework(?:ing)?|telecommut(?:e|ing)|t[ée]l[ée]travail|home[- ]?office|home[- ]?working|work(?:ing)? from home|wfh|mobiles arbeiten|thuiswerken)';

/**
 * "Télétravail: no – the assays don't travel.", "Remote work: No", "WFH: not possible": a line of the
 * posting's own text that answers the home-working question for this job. It outranks a "Remote"
 * badge or data, as a sentence about the role does. Only a whole answer: "Remote: North America" is a
 * place and "Remote: no visa sponsorship" another matter, so the no must end its clause.
 */
export const LABELLED_ANSWER_RULES: readonly ArrangementRule[] = [
  {
    id: 'role.labelled-no-remote',
    lang: 'en',
    workType: 'onsite',
    re: new RegExp(
      `(?:^|\\n)[ \\t•*·-]*${HOME_WORK_LABEL}\\s*:\\s*${NO_ANSWER}(?=\\s*(?:$|[.,;!()–—-]))`,
      'im',
    ),
    reason: 'a "Remote work: No" line in the text answers the home-working question for this job',
  },
];
