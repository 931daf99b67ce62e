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
 * time"): all of it is a job that may be done wholly from home, less is part of the week. One list
 * for a fact beside the posting (sources/facts.ts) and a labelled line inside its text. Some days a
 * week short of the whole week ("up to 2 days/wk", "1-3 days per week") answer a fact's label too
 * (PART_WEEK); in a line of the text they need the rest of the week said of you (arrangement-role-week.ts).
 */
const SHARE_LEAD = String.raw`(?:up to |bis zu |jusqu'à |max(?:imum|\.)? )?`;
const SHARE_END = String.raw`\s*%(?=\s*(?:$|[.,;!()–—-]|of (?:the|your) (?:time|week|hours)))`;
export const FULL_SHARE = `${SHARE_LEAD}100${SHARE_END}`;
export const PART_SHARE = String.raw`${SHARE_LEAD}[1-9]\d?${SHARE_END}`;
export const PART_WEEK = String.raw`${SHARE_LEAD}(?:[1-4]|one|two|three|four)(?:\s*(?:-|–|to|or)\s*[1-4])?\s*days?\s*(?:\/\s*w(?:ee)?k|a week|per week|each week|weekly)\b`;

/**
 * A line of the text (a perks-list item) that gives home working its share: the label then the share,
 * after a colon or not ("Mobile work: up to 100 %", "Work from home 100%", "Home office 40 %"), or the
 * share first ("Up to 100% mobile work"), ending its clause ("100% remote onboarding budget" is a
 * budget).
 */
const LINE = String.raw`(?:^|\n)[ \t•*·-]*`;
const shareLine = (share: string, amount: string) =>
  new RegExp(
    String.raw`${LINE}${HOME_WORK_LABEL}\s*[:–—-]?\s*${share}|${LINE}${SHARE_LEAD}${amount}\s*%\s+${HOME_WORK_LABEL}(?=\s*(?:$|[.,;!()–—-]))`,
    'im',
  );

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
    re: shareLine(FULL_SHARE, '100'),
    reason: 'a "Mobile work: up to 100 %" line lets all of the working time be done from home',
  },
  {
    id: 'role.labelled-share-hybrid',
    lang: 'en',
    workType: 'hybrid',
    // "Home office: up to 40 %", "Remote work: 60% of the time": part of the week from home. Days a
    // week at home in a perks line are not read here: the rest of the week must follow, said of you
    // (role.home-days-rest-at-work), so a perk alone does not decide.
    re: shareLine(PART_SHARE, String.raw`[1-9]\d?`),
    reason: 'a "Home office: up to 40 %" line gives part of the working time at home',
  },
];
