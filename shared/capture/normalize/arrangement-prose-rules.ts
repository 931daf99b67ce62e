import type { ArrangementRule } from './arrangement-rules.ts';

/**
 * Running text (a description). A bare word is not enough: "hybrid cloud" and "remote debugging"
 * are not arrangements, so each rule needs a phrase about where the work is done.
 */
export const PROSE_RULES: readonly ArrangementRule[] = [
  {
    id: 'prose.hybrid-arrangement',
    lang: 'en',
    workType: 'hybrid',
    re: /\bhybrid(?:\s+\w+){0,2}\s+(?:role|position|policy|work|working|schedule|model|arrangement|setup|environment|opportunity|job)\b/i,
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
    re: /\bhybrid\s*[(:]/i,
    reason: '"Hybrid:" or "Hybrid (…)" opens the arrangement',
  },
  {
    id: 'prose.days-in-office',
    lang: 'en',
    workType: 'hybrid',
    re: /\b(?:\d|one|two|three|four)\s*(?:days?|times)\s+(?:a|per)\s+week\s+(?:in|at)\s+(?:the\s+|our\s+)?(?:[A-Z][\w-]+\s+)?(?:office|studio)/i,
    reason: 'some days a week in the office',
  },
  {
    id: 'prose.days-a-week-in',
    lang: 'en',
    workType: 'hybrid',
    re: /\bdays? a week in (?:our|the)\b/i,
    reason: 'days a week at a named place',
  },
  {
    id: 'prose.office-days',
    lang: 'en',
    workType: 'hybrid',
    re: /\bin the office (?:\d|one|two|three|four)\s*days?\b/i,
    reason: 'in the office some days',
  },
  {
    id: 'prose.offices-at-least',
    lang: 'en',
    workType: 'hybrid',
    re: /\bin (?:one of )?our offices? at least\b|\bat least \d+%? of the time in\b/i,
    reason: 'in the office at least part of the time',
  },
  {
    id: 'prose.hybrid-alone',
    lang: 'en',
    workType: 'hybrid',
    re: /\bhybrid\s*[,.;]|\boffice (?:\d|one|two|three|four)\s*days? (?:a|per) week\b/i,
    reason: '"Hybrid" as a word of its own ("Hybrid, London office 2 days per week")',
  },
  {
    id: 'prose.fully-remote',
    lang: 'en',
    workType: 'remote',
    re: /\b(?:fully|100%|completely|entirely)\s+remote\b/i,
    reason: 'fully remote',
  },
  {
    id: 'prose.remote-role',
    lang: 'en',
    workType: 'remote',
    re: /\bremote[- ](?:first|only|position|role|job|opportunity)\b|\b(?:this|the) (?:role|position|job) is remote\b|\ball of our roles are remote\b|\bis a remote\b/i,
    reason: 'the role is called remote',
  },
  {
    id: 'prose.from-anywhere',
    lang: 'en',
    workType: 'remote',
    re: /\bwork from anywhere\b|\bwork remotely from (?:anywhere|home|any)\b|\bremote anywhere\b/i,
    reason: 'work from anywhere',
  },
  {
    id: 'prose.remote-within',
    lang: 'en',
    workType: 'remote',
    re: /\bremote within\b|\bcan be (?:performed|done) remotely\b/i,
    reason: 'remote within an area, or can be done remotely',
  },
  {
    id: 'prose.based-in-office',
    lang: 'en',
    workType: 'onsite',
    re: /\b(?:this|the) (?:role|position|job) is (?:based|located) (?:in|at|out of) (?:our|the)\b[^.]{0,40}\boffice\b/i,
    reason: 'the role is based in an office',
  },
  {
    id: 'prose.office-every-day',
    lang: 'en',
    workType: 'onsite',
    re: /\bwork(?:ing)? (?:from|in|at) (?:our|the) (?:[\w-]+ ){0,3}office(?:s)? (?:five|5|every|full[- ]time)\b|\b(?:five|5) days a week in (?:the|our) office/i,
    reason: 'in the office every day',
  },
  {
    id: 'prose.onsite-at',
    lang: 'en',
    workType: 'onsite',
    re: /\bon[- ]?site (?:in|at)\b|\(\s*on[- ]?site\b|\bin[- ]office (?:in|at)\b/i,
    reason: 'on-site or in office at a named place ("on-site in our Mayfair office")',
  },
  {
    id: 'prose.no-remote',
    lang: 'en',
    workType: 'onsite',
    re: /\bno remote\b|\bnot (?:a )?remote\b/i,
    reason: 'remote work is ruled out',
  },
  {
    id: 'prose.onsite-role',
    lang: 'en',
    workType: 'onsite',
    re: /\b(?:this|the) (?:role|position|job) is (?:fully )?(?:on[- ]?site|in[- ]office|in[- ]person)\b|\b(?:fully|100%)\s+(?:on[- ]?site|in[- ]office)\b|\bon[- ]?site (?:role|position|job)\b|\bin[- ]office (?:role|position)\b/i,
    reason: 'the role is called on-site or in-office',
  },
];
