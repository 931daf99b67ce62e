import type { ArrangementRule } from './arrangement-rules.ts';

/**
 * Field work: a job done on the road, at customers' premises or in clients' homes is not done from
 * home, even when it is "home-based" and there is no office to come into. Sentences about this role,
 * read with the role rules (arrangement-role-rules.ts) before "no office to come into" or a "Remote"
 * tag, TELECOMMUTE data or a state flag can call it remote.
 */

/** A visit now and then ("occasionally", "twice a month") is travel from a home base, not field work. */
const NOT_NOW_AND_THEN =
  '(?![^.;\\n]{0,50}\\b(?:occasional(?:ly)?|sometimes|from time to time|once|twice|(?:[1-3]|one|two|three) (?:days?|times) (?:a|per|each) (?:month|quarter|year))\\b)';

export const FIELD_ROLE_RULES: readonly ArrangementRule[] = [
  {
    id: 'role.field',
    lang: 'en',
    workType: 'onsite',
    // "This is a home-based field sales role", "It's a field service position", "This is a
    // community-based role" (care and support work out in the community, with clients).
    re: /\b(?:this is|it is|it['’]s) an? (?:(?:home|van)[- ]based )?(?:field(?: (?:sales|service|engineering|support|technician))?|community[- ]based) (?:role|position|job)\b/i,
    reason: 'the posting calls this a field or community-based role: the work is on the road or with clients',
  },
  {
    id: 'role.days-on-the-road',
    lang: 'en',
    workType: 'onsite',
    // "Spend four days on the road visiting vet practices": most of the week at customers' premises.
    // Days a month, quarter or year on the road are trips from a home base, not the week.
    re: /\b(?:[3-5]|three|four|five) days (?:a week |per week |each week )?on the road\b(?!\s+(?:a|per|each|every) (?:month|quarter|year)\b)/i,
    reason: 'most of the week on the road ("four days on the road visiting customers")',
  },
  {
    id: 'role.week-at-customers',
    lang: 'en',
    workType: 'onsite',
    // "Almost all of your working week is spent on customers' premises", "most of your time will be
    // at clients' sites": the week is spent at other people's workplaces, even when the day starts at
    // home ("a home-based role with travel"). "Some of your time at customer sites" is not the week.
    re: /\b(?:all|almost all|nearly all|most|the (?:majority|bulk)) of (?:your|the) (?:working )?(?:week|time|days?)\b[^.;\n]{0,30}?\b(?:on|at|in) (?:the )?(?:customers?|clients?)['’]? (?:premises|sites|locations|workplaces)\b/i,
    reason: "most of the week at customers' premises: field work, not from home",
  },
  {
    id: 'role.clients-homes',
    lang: 'en',
    workType: 'onsite',
    // "You'll travel in your own car between clients' homes", "you will visit patients in their homes":
    // the work is done in other people's homes, not the worker's own.
    re: new RegExp(
      `\\byou(?:['’]ll| will)\\s+(?:travel|drive|visit|work|support|care for|see)\\b[^.;\\n]{0,40}?\\b(?:(?:between|to|in|at) (?:the )?(?:clients|customers|patients|participants)['’] (?:own )?homes|(?:clients|customers|patients|participants) (?:at|in) their (?:own )?homes)\\b${NOT_NOW_AND_THEN}`,
      'i',
    ),
    reason: "the posting has you work in clients' homes: field work, not from your own home",
  },
];
