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
    re: /\bwork(?:ing)? (?:from|in|at) (?:our|the) (?:[\w-]+ ){0,3}office\b[^.]{0,40}?\b(?:\d|one|two|three|four) days? (?:a|per|each) week\b/i,
    reason: 'the office some days a week ("work from our Porto office three days a week")',
  },
  {
    id: 'prose.homeoffice-days',
    lang: 'de',
    workType: 'hybrid',
    re: /\b(?:\d|ein|einen|zwei|drei|vier)\s+tage?\s+(?:pro|die|in der|je)\s+woche\s+(?:im\s+|ins\s+)?(?:home[- ]?office|mobil|remote)|\b(?:teilweise|anteilig|tageweise)\s+(?:im\s+)?(?:home[- ]?office|mobil(?:es arbeiten)?)\b|\bhybrides arbeiten\b/i,
    reason: 'German: some days a week in the Homeoffice (or mobile working)',
  },
  {
    id: 'prose.teletravail-days',
    lang: 'fr',
    workType: 'hybrid',
    re: /\btélétravail (?:partiel|possible|occasionnel)|\b(?:\d|un|deux|trois) jours? de télétravail\b|\btélétravail\s*:\s*(?:\d|un|deux|trois) jours?\b/i,
    reason: 'French: some days a week of télétravail',
  },
  {
    id: 'prose.office-days-nl-sv-pt-it',
    lang: 'nl',
    workType: 'hybrid',
    re: /\b(?:\d|één|een|twee|drie|vier|en|två|tre|fyra|um|dois|três|tres|quatro|uno|due|tre|quattro)\s+(?:dag(?:en)?|dagar|dias?|giorni)\s+(?:per|i|in|por|a|alla|la)\s+(?:week|veckan|semana|settimana)\b[^.\n]{0,40}?\b(?:kantoor|locatie|thuis|kontoret|hemifrån|distans|escritório|escritorio|presencial|remoto|sede|ufficio|smart working|da remoto)\b/i,
    reason: 'some days a week in the office or at home (Dutch, Swedish, Portuguese, Italian)',
  },
  {
    id: 'prose.hybrid-model-pt-it',
    lang: 'pt',
    workType: 'hybrid',
    re: /\b(?:modelo|regime|formato|modalità|modalidade|modalidad)\s+(?:de trabalho\s+|di lavoro\s+|de trabajo\s+)?(?:h[íi]brid[oa]|ibrid[oa])\b|\bsmart[- ]?working\b/i,
    reason: 'a hybrid working model ("modelo híbrido", "smart working")',
  },
  {
    id: 'prose.remote-pt-it-pl',
    lang: 'pt',
    workType: 'remote',
    re: /\b(?:100\s?%|totalmente|completamente|trabalho|trabajo)\s+(?:remoto|da remoto|en remoto)\b|\bfull[- ]remote\b|\bpraca zdalna\b|\bhelt på distans\b/i,
    reason: 'fully remote ("100% remoto", "trabalho remoto", "praca zdalna")',
  },
  {
    id: 'prose.no-distance-sv',
    lang: 'sv',
    workType: 'onsite',
    re: /\b(?:går|är) inte (?:att )?(?:möjligt att )?arbeta (?:på distans|hemifrån)\b|\bplatsbunden\b|\bpraca stacjonarna\b/i,
    reason: 'the work is on site ("platsbunden", "inte … på distans")',
  },
  {
    id: 'prose.labelled-in-person',
    lang: 'en',
    workType: 'onsite',
    re: /\b(?:work location|workplace(?: type)?|work (?:arrangement|model|setting)|location type)\s*:\s*(?:in[- ]person|on[- ]?site|office[- ]based)\b/i,
    reason: 'a "Work location: In person" line in the text',
  },
  {
    id: 'prose.labelled-hybrid',
    lang: 'en',
    workType: 'hybrid',
    re: /\b(?:work location|workplace(?: type)?|work (?:arrangement|model|setting)|location type)\s*:\s*hybrid\b/i,
    reason: 'a "Workplace: Hybrid" line in the text',
  },
  {
    id: 'prose.labelled-remote',
    lang: 'en',
    workType: 'remote',
    re: /\b(?:work location|workplace(?: type)?|work (?:arrangement|model|setting)|location type)\s*:\s*(?:fully\s+)?remote\b/i,
    reason: 'a "Work location: Remote" line in the text',
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
    id: 'prose.work-from-office',
    lang: 'en',
    workType: 'onsite',
    re: /\bwork[- ]from[- ](?:the[- ])?office\b/i,
    reason: '"work from office" (WFO): the role is in the office',
  },
  {
    id: 'prose.onsite-role',
    lang: 'en',
    workType: 'onsite',
    re: /\b(?:this|the) (?:role|position|job) is (?:fully |entirely )?(?:on[- ]?site|in[- ]office|in[- ]person|office[- ]based)\b|\boffice[- ]based (?:role|position|job)\b|\b(?:fully|100%)\s+(?:on[- ]?site|in[- ]office)\b|\bon[- ]?site (?:role|position|job)\b|\bin[- ]office (?:role|position)\b/i,
    reason: 'the role is called on-site or in-office',
  },
];

/**
 * A sentence about this role itself ("This role is office-based at our Sheffield lab", "This is a
 * hybrid internship"): it outranks a company-wide policy ("our software teams are remote-first") and
 * a board's badge or data that says otherwise.
 */
export const ROLE_RULES: readonly ArrangementRule[] = [
  {
    id: 'role.onsite',
    lang: 'en',
    workType: 'onsite',
    re: /\b(?:this|the) (?:role|position|job|internship|opening) is (?:fully |entirely |100% )?(?:on[- ]?site|in[- ]office|in[- ]person|office[- ]based)\b|\bthis is an? (?:fully )?(?:on[- ]?site|in[- ]office|in[- ]person|office[- ]based) (?:role|position|job|internship)\b/i,
    reason: 'the posting says this role is on-site',
  },
  {
    id: 'role.hybrid',
    lang: 'en',
    workType: 'hybrid',
    re: /\b(?:this|the) (?:role|position|job|internship|opening) is (?:a )?hybrid\b|\bthis is a hybrid (?:role|position|job|internship)\b/i,
    reason: 'the posting says this role is hybrid',
  },
  {
    id: 'role.remote',
    lang: 'en',
    workType: 'remote',
    re: /\b(?:this|the) (?:role|position|job|internship|opening) is (?:fully |100% )?remote\b|\bthis is a (?:fully )?remote (?:role|position|job|internship)\b/i,
    reason: 'the posting says this role is remote',
  },
];
