import type { ArrangementRule } from './arrangement-rules.ts';

/**
 * A no that answers a question about working from home ("Remote job: No", "Télétravail : Non",
 * "Home office: not possible", "Flexible work: Not eligible"), in the languages boards print it.
 * One list for a fact beside the posting (sources/facts.ts) and a labelled line inside its text.
 */
export const NO_ANSWER =
  '(?:no|non|nein|não|nej|nei|nie|none|not eligible|ineligible|not available|not offered|not possible)';

/**
 * A label asking about home working, as a line of the text leads with it. "Mobile work" is how German
 * employers writing in English render "mobiles Arbeiten" (work from home or anywhere).
 */
const HOME_WORK_LABEL =
  '(?:remote(?: work(?:ing)?| option| possible)?|telework(?:ing)?|telecommut(?:e|ing)|t[ée]l[ée]travail|home[- ]?office|home[- ]?working|work(?:ing)? from home|wfh|mobile work(?:ing)?|mobiles arbeiten|thuiswerken)';

/**
 * A share of the working time answering that label ("up to 100 %", "bis zu 40 %", "60% of the
 * time"): all of it is a job that may be done wholly from home, less is part of the week. One list for
 * a fact beside the posting (sources/facts.ts) and a labelled line inside its text.
 */
const SHARE_LEAD = String.raw`(?:up to |bis zu |jusqu'à |max(?:imum|\.)? )?`;
const SHARE_END = String.raw`\s*%(?=\s*(?:$|[.,;!()–—-]|of (?:the|your) (?:time|week|hours)))`;
export const FULL_SHARE = `${SHARE_LEAD}100${SHARE_END}`;
export const PART_SHARE = String.raw`${SHARE_LEAD}[1-9]\d?${SHARE_END}`;

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
  {
    id: 'role.labelled-share-remote',
    lang: 'en',
    workType: 'remote',
    // "Mobile work: up to 100 % – the office is there if you want a desk": a perks line that lets the
    // whole working time be done from home; the office is a choice.
    re: new RegExp(`(?:^|\\n)[ \\t•*·-]*${HOME_WORK_LABEL}\\s*:\\s*${FULL_SHARE}`, 'im'),
    reason: 'a "Mobile work: up to 100 %" line lets all of the working time be done from home',
  },
  {
    id: 'role.labelled-share-hybrid',
    lang: 'en',
    workType: 'hybrid',
    // "Home office: up to 40 %", "Remote work: 60% of the time": part of the week from home.
    re: new RegExp(`(?:^|\\n)[ \\t•*·-]*${HOME_WORK_LABEL}\\s*:\\s*${PART_SHARE}`, 'im'),
    reason: 'a "Home office: up to 40 %" line gives part of the working time at home',
  },
];
