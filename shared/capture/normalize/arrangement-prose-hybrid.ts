import type { ArrangementRule } from './arrangement-rules.ts';

/** English wordings of a hybrid week, read before the other languages' rules. */
export const ENGLISH_HYBRID: readonly ArrangementRule[] = [
  {
    id: 'prose.hybrid-arrangement',
    lang: 'en',
    workType: 'hybrid',
    // "Hybrid or remote work, depending on the role" offers a choice: it names no one arrangement.
    // "The finance team works a 3/2 hybrid pattern": a working pattern is the week's shape, as a schedule.
    re: /\bhybrid(?!\s+(?:or|and|\/)\s+(?:fully\s+)?(?:remote|on-?site|in-office)\b)(?:\s+\w+){0,2}\s+(?:role|position|policy|work|working|schedule|pattern|model|arrangement|setup|environment|opportunity|job|telework|teleworking)\b/i,
    reason: '"hybrid" names a way of working ("hybrid role", "hybrid work model")',
  },
  {
    id: 'prose.is-hybrid',
    lang: 'en',
    workType: 'hybrid',
    re: /\b(?:is|a|this|our)\s+hybrid\b(?!\s+(?:cloud|infrastructure|apps?|applications?|architectures?|solutions?|systems?|vehicles?|cars?|engines?|search|models? of))/i,
    reason: 'the role is called hybrid ("this is a hybrid in-office role")',
  },
  {
    id: 'prose.hybrid-label',
    lang: 'en',
    workType: 'hybrid',
    // "This one isn't hybrid: …" turns it down.
    re: /(?<!\b(?:not|isn't|never)\s+)\bhybrid\s*[(:]/i,
    reason: '"Hybrid:" or "Hybrid (…)" opens the arrangement',
  },
  {
    id: 'prose.days-a-week-in',
    lang: 'en',
    workType: 'hybrid',
    re: /\bdays? a week in (?:our|the)\b/i,
    reason: 'days a week at a named place',
  },
  {
    id: 'prose.days-a-week-at',
    lang: 'en',
    workType: 'hybrid',
    // One to four days only: "five days a week at our plant" is the whole week on site.
    re: /\b(?:[1-4]|one|two|three|four)\s+days?\s+(?:a|per|each)\s+week\s+at\s+(?:our|the)\b/i,
    reason: 'one to four days a week at a named place ("two days a week at our Bristol hub")',
  },
  {
    id: 'prose.home-days',
    lang: 'en',
    workType: 'hybrid',
    // Public employers say it as telework: "eligible for telework one day a week", "telecommute up to
    // two days per week".
    re: /\b(?:from home|at home|remotely|telework(?:ing)?|telecommut(?:e|ing))\s+(?:for\s+)?(?:up to\s+)?(?:[1-4]|one|two|three|four)\s+days?\s+(?:a|per|each)\s+week\b|\b(?:[1-4]|one|two|three|four)\s+days?\s+(?:a|per|each)\s+week\s+(?:from home|at home|remotely)\b/i,
    reason: 'some days a week from home ("work from home two days a week", "telework one day a week")',
  },
  {
    id: 'prose.home-day',
    lang: 'en',
    workType: 'hybrid',
    // "Your admin day can be spent at home", "one day a week may be worked from home": a weekly day at
    // home beside days at the workplace (clinic days, office days) is a hybrid week.
    re: /\b(?:your|one|an?)\s+(?:[\p{L}-]+\s+)?day\s+(?:(?:a|per|each)\s+week\s+)?(?:can|may|is|will)\s+(?:be\s+)?(?:spent|worked|done)\s+(?:at|from)\s+home\b/iu,
    reason: 'a day each week at home ("your admin day can be spent at home")',
  },
  {
    id: 'prose.onsite-days',
    lang: 'en',
    workType: 'hybrid',
    // "Candidates must be onsite 3 days per week", "two days a week on-site": one to four days at the
    // workplace, the rest elsewhere. Five is the whole week (role.onsite-full-week).
    re: /\bon[- ]?site (?:[1-4]|one|two|three|four) days? (?:a|per|each) week\b|\b(?:[1-4]|one|two|three|four) days? (?:a|per|each) week on[- ]?site\b/i,
    reason: 'on-site some days every week ("onsite 3 days per week")',
  },
  {
    id: 'prose.office-days',
    lang: 'en',
    workType: 'hybrid',
    // One to four days: "in the office 5 days a week" is the whole week there.
    re: /\bin the office (?:[1-4]|one|two|three|four)\s*days?\b/i,
    reason: 'in the office some days',
  },
  {
    id: 'prose.offices-at-least',
    lang: 'en',
    workType: 'hybrid',
    // "at least 40% of their working time in our Leeds office": a share of the week, however counted.
    re: /\bin (?:one of )?our offices? at least\b|\bat least \d+%? of (?:the|their|your|our) (?:working |work )?time in\b/i,
    reason: 'in the office at least part of the time',
  },
  {
    id: 'prose.hybrid-alone',
    lang: 'en',
    workType: 'hybrid',
    re: /\bhybrid\s*[,.;]|\boffice (?:at least |up to )?(?:[1-4]|one|two|three|four)\s*days? (?:a|per) week\b/i,
    reason: '"Hybrid" as a word of its own ("Hybrid, London office 2 days per week")',
  },
  {
    id: 'prose.hybrid-dash',
    lang: 'en',
    workType: 'hybrid',
    re: /(?:^|\n)\s*hybrid\s*[-–—]\s/i,
    reason: 'a line opening "Hybrid - 3 days a week …"',
  },
  {
    id: 'prose.days-from-office',
    lang: 'en',
    workType: 'hybrid',
    re: /\b(?:\d|one|two|three|four)\s*days?\s+(?:a|per)\s+week\s+from\s+(?:the\s+|our\s+)?(?:[A-Z][\w-]+\s+)?(?:office|studio|hub)\b/i,
    reason: 'some days a week from the office',
  },
  {
    id: 'prose.office-then-days',
    lang: 'en',
    workType: 'hybrid',
    // Any verb before it ("engineers are in our Leeds office at least three days a week"); one to four
    // days only: five is the whole week.
    re: /\b(?:from|in|at) (?:our|the) (?:[\w-]+ ){0,3}office\b[^.]{0,40}?\b(?:[1-4]|one|two|three|four) days? (?:a|per|each) week\b/i,
    reason: 'the office some days a week ("work from our Porto office three days a week")',
  },
  {
    id: 'prose.office-first',
    lang: 'en',
    workType: 'hybrid',
    re: /\boffice[- ]first\b|\b(?:mon|tues|wednes|thurs|fri)days? (?:is|are) (?:our )?(?:(?:work[- ]from[- ]home|wfh|remote|home[- ]working)(?: days?)?|home days?)\b(?![- ]friendly)/i,
    // "Mondays and Fridays are home days": named weekdays at home each week, the rest at the studio.
    reason:
      'an office-first team with home days ("Fridays are work-from-home days", "Mondays and Fridays are home days")',
  },
  {
    id: 'prose.weekdays-from-home',
    lang: 'en',
    workType: 'hybrid',
    // "Fridays from home", "work from home on Mondays": a weekday every week at home beside office days.
    re: /\b(?:mon|tues|wednes|thurs|fri)days\s+(?:from|at)\s+home\b|\b(?:work(?:ing)?|are)\s+(?:from|at)\s+home\s+on\s+(?:mon|tues|wednes|thurs|fri)days\b/i,
    reason: 'a weekday every week at home ("Fridays from home")',
  },
  {
    id: 'prose.home-other-days',
    lang: 'en',
    workType: 'hybrid',
    // "… from our office in Berlin at least three days a week and can work from home on the other days".
    re: /\bwork(?:ing)?\s+(?:from\s+home|remotely)\s+(?:on\s+)?(?:the\s+)?(?:other|remaining)\s+(?:days|two days|three days)\b|\b(?:the\s+)?(?:other|remaining)\s+days\s+(?:from|at)\s+home\b|\b(?:the\s+)?rest\s+of\s+the\s+week\s+(?:from|at)\s+home\b/i,
    reason: 'office days and home on the other days ("can work from home on the other days")',
  },
];
