import { EUROPEAN_PROSE_RULES } from './arrangement-prose-europe.ts';
import { HOME_CHOICE_RULES } from './arrangement-prose-home.ts';
import { ENGLISH_HYBRID } from './arrangement-prose-hybrid.ts';
import { WORKPLACE_PROSE_RULES } from './arrangement-prose-workplace.ts';
import { NOT_A_WHOLE_WEEK, NOT_A_YEARLY_PERK, NOT_DONE_FROM_HOME } from './arrangement-role-rules.ts';
import type { ArrangementRule } from './arrangement-rules.ts';
import { SITE_WORKPLACE } from './arrangement-workplaces.ts';

/**
 * The label of an arrangement fact in the text ("Work location:", "Workplace type:", "Work arrangement:",
 * "Working model:", "Work mode:", "Work style:", "Working pattern:"), as boards and employers name it.
 */
const ARRANGEMENT_LABEL =
  '(?:work location|workplace(?: type)?|work(?:ing)? (?:arrangement|model|setting|mode|style|pattern)|location type)';

/** English wordings of a remote or on-site role, and "Workplace:" lines, read last. */
const ENGLISH_STATED: readonly ArrangementRule[] = [
  {
    id: 'prose.labelled-in-person',
    lang: 'en',
    workType: 'onsite',
    re: new RegExp(
      `\\b${ARRANGEMENT_LABEL}\\s*:\\s*(?:in[- ]person|on[- ]?site|office[- ]based|on the road)\\b`,
      'i',
    ),
    // "On the road" (Indeed): the work is done in a vehicle or at customers' sites, not from home.
    reason: 'a "Work location: In person" (or "On the road") line in the text',
  },
  {
    id: 'prose.labelled-hybrid',
    lang: 'en',
    workType: 'hybrid',
    re: new RegExp(`\\b${ARRANGEMENT_LABEL}\\s*:\\s*hybrid\\b`, 'i'),
    reason: 'a "Workplace: Hybrid" line in the text',
  },
  {
    id: 'prose.labelled-remote',
    lang: 'en',
    workType: 'remote',
    re: new RegExp(`\\b${ARRANGEMENT_LABEL}\\s*:\\s*(?:fully\\s+)?remote\\b`, 'i'),
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
    id: 'prose.full-time-telework',
    lang: 'en',
    workType: 'remote',
    // Public employers' word for it: "performed on a full-time telework basis from a location in Canada"
    re: /\bon a (?:full[- ]time |100\s?% )telework(?:ing)? basis\b|\b(?:fully|100\s?%|full[- ]time) telework(?:ed|ing)?\b(?!\s+(?:is\s+)?not\b)/i,
    reason: 'full-time telework ("on a full-time telework basis")',
  },
  {
    id: 'prose.remote-role',
    lang: 'en',
    workType: 'remote',
    // "This is not a remote position" rules remote out (prose.no-remote), it does not call it remote.
    // "Remote-first" said of other teams is not this role's way ("our engineering teams are
    // remote-first", "Our engineering team in Lisbon works remote-first", "a remote-first company on the
    // business side: our billing teams work from home").
    re: /(?<!\bnot (?:an? |fully )?)(?<!\b(?:teams?|departments?|staff|functions?) (?:are|is) )(?<!\b(?:teams?|departments?|staff|functions?)\b[^.;:\n]{0,30}\bworks? )\bremote[- ](?:first(?![^.;:\n]{0,40}\bon the (?:business|corporate|office|support|commercial|admin(?:istrative)?) side\b)|only|position|role|job|opportunity)\b|\b(?:this|the) (?:role|position|job) is remote\b|\ball of our roles are remote\b|\bis a remote\b/i,
    reason: 'the role is called remote',
  },
  {
    id: 'prose.from-anywhere',
    lang: 'en',
    workType: 'remote',
    // "Work from anywhere for 30 days a year" is a perk, not the arrangement.
    re: new RegExp(
      `(?:\\bwork from anywhere\\b|\\bwork remotely from (?:anywhere|home|any)\\b|\\bremote anywhere\\b)${NOT_A_YEARLY_PERK}`,
      'i',
    ),
    reason: 'work from anywhere',
  },
  {
    id: 'prose.can-be-done-from-anywhere',
    lang: 'en',
    workType: 'remote',
    // "this position can be done from anywhere in Canada", "The role can be done fully remotely from
    // anywhere in New Zealand": where the work is done is up to the person.
    re: new RegExp(
      `\\b(?:position|role|job|work)\\s+can\\s+be\\s+(?:done|performed|worked|carried out|based)\\s+(?:(?:(?:fully|entirely|completely)\\s+)?remotely\\s+)?(?:from\\s+)?anywhere\\b${NOT_A_YEARLY_PERK}|\\b(?:position|role|job)\\s+can\\s+be\\s+(?:done|performed|worked)\\s+(?:fully|entirely|completely)\\s+remotely\\b`,
      'i',
    ),
    reason: 'the job can be done from anywhere',
  },
  {
    id: 'prose.you-work-from-home',
    lang: 'en',
    workType: 'remote',
    // "You'll work from home, anywhere in the UK": the job's person works from home, not other staff
    // ("our field appraisers work remotely"). Some days, part of the week, visits every week, or until a
    // date is not the whole job; a hybrid week is read before this (arrangement-prose-hybrid.ts).
    re: new RegExp(
      `\\byou(?:['’]ll| will) (?:be )?work(?:ing)? (?:from home|remotely)\\b${NOT_A_WHOLE_WEEK}`,
      'i',
    ),
    reason: 'the posting has you work from home ("you\'ll work from home, anywhere in the UK")',
  },
  {
    id: 'prose.do-this-job-from-home',
    lang: 'en',
    workType: 'remote',
    // "You can do this job from home anywhere in our nine-county region": the job itself may be done
    // from home; travel a few days a month (later sentences) does not change that. "You can do this job
    // from home two days a week" is a hybrid week, read before this.
    re: new RegExp(
      `\\byou can (?:do|perform) (?:this|the) (?:job|role|work) (?:from home|remotely)\\b${NOT_A_WHOLE_WEEK}`,
      'i',
    ),
    reason: 'the posting says you can do this job from home ("you can do this job from home anywhere in …")',
  },
  ...HOME_CHOICE_RULES,
  {
    id: 'prose.no-office',
    lang: 'en',
    workType: 'remote',
    // "Your commute is the hallway", "a commute from your bedroom to your desk": the way to work is
    // inside your home.
    re: /\bno office to (?:report|go|commute) to\b|\bnever (?:need|have) to (?:come|go|commute) (?:in)?to (?:the|an|our|a) office\b|\byour commute is (?:just |only )?(?:the|a|your|down the|across the) (?:hallway|hall|corridor|stairs|staircase|landing)\b|\bcommute (?:is |of )?(?:from|between) (?:your|the) (?:bedroom|bed|kitchen) (?:to|and)\b/i,
    reason:
      'there is no office to go to ("you will never need to come to the office", "your commute is the hallway")',
  },
  {
    id: 'prose.rarely-together',
    lang: 'en',
    workType: 'remote',
    // "The quarterly close dinner is about the only time the whole finance team is in one room", "our
    // offsite is one of the few times we're all together in person": the team meets in person only at
    // an occasional event, so the job is done from home. A hybrid week is read before this.
    re: /\b(?:the only|one of the (?:few|only)) times? (?:(?:the|our|your) (?:whole |entire )?(?:[\p{L}-]+ ){0,2}(?:team|company|department|staff|crew)|we|you(?:['’]ll| will)?)(?: (?:is|are|get|gets|come|comes|meet|meets|see each other|see everyone))?(?:['’]re| be)? (?:all )?(?:together|in (?:one|the same) (?:room|place)|in person|face[- ]to[- ]face)\b/iu,
    reason:
      'the team is together in person only at an occasional event ("about the only time the whole team is in one room")',
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
    // A claims center or a clinic counts too, with its address between ("Desk adjusters work from our
    // claims center on Verdae Boulevard in Greenville, five days a week").
    re: new RegExp(
      `\\bwork(?:ing)? (?:from|in|at) (?:our|the) (?:[\\w-]+ ){0,3}office(?:s)? (?:five|5|every|full[- ]time)\\b|\\b(?:five|5) days a week in (?:the|our) office|\\bin (?:the|our) office (?:five|5) days a week\\b|\\bwork(?:s|ing)? (?:from|in|at) (?:our|the) (?:[\\w-]+ ){0,3}(?:office|cent(?:er|re)|${SITE_WORKPLACE})s?\\b[^.;\\n]{0,50}?\\b(?:five|5) days (?:a|per|each) week\\b`,
      'i',
    ),
    reason: 'in the office (or another workplace) every day',
  },
  {
    id: 'prose.attend-site-daily',
    lang: 'en',
    workType: 'onsite',
    // "The successful candidate will be required to attend site daily".
    re: /\b(?:required|expected|needs?|have)\s+to\s+attend\s+(?:the\s+|our\s+)?(?:site|office|workplace|plant|depot|store)\s+(?:daily|every\s+(?:working\s+)?day|each\s+day|five\s+days\s+a\s+week)\b/i,
    reason: 'required at the site every day',
  },
  {
    id: 'prose.onsite-at',
    lang: 'en',
    workType: 'onsite',
    // Not other people's ("Our workshop and shop staff work on-site in Sydenham, but the books live in the cloud").
    re: /(?<!\b(?:staff|teams?|colleagues|employees|workers|engineers|crews?)\s+(?:work|works|are|is)\s+)\bon[- ]?site (?:in|at)\b|\(\s*on[- ]?site\b|\bin[- ]office (?:in|at)\b/i,
    reason: 'on-site or in office at a named place ("on-site in our Mayfair office")',
  },
  {
    id: 'prose.no-remote',
    lang: 'en',
    workType: 'onsite',
    re: new RegExp(
      `\\bno remote\\b|\\bno (?:home[- ]?working|working from home|work[- ]from[- ]home|WFH)\\b|\\bnot (?:an? )?(?:remote|telework(?:ing)?|telecommut(?:e|ing))\\b|\\b(?:remote work(?:ing)?|working remotely|home working|working from home|work[- ]from[- ]home|telework(?:ing)?|telecommuting)\\s+(?:(?:is|are)\\s+not|isn['’]t|aren['’]t)\\s+(?:available|possible|an option|offered)\\b|\\b${NOT_DONE_FROM_HOME}\\b|\\b(?:is\\s+)?not eligible for (?:remote work|remote working|telework|telecommuting|working from home)\\b|\\b(?:isn['’]t|is not|not) open to remote (?:candidates|applicants|workers|work(?:ing)?)\\b`,
      'i',
    ),
    reason:
      'remote work is ruled out ("Remote work is not available", "Working from home isn\'t possible", "not a telework position", "no working from home", "it isn\'t open to remote candidates")',
  },
  {
    id: 'prose.site-roster',
    lang: 'en',
    workType: 'onsite',
    // Australian and Canadian resource jobs: a fly-in fly-out, drive-in drive-out or bus-in bus-out
    // roster has you live at the site for your swing. A mine's "remote site" is not remote work.
    // A roster's ratio before it ("2:1 FIFO", "8/6 DIDO") or the hub flown from ("FIFO ex Perth") is one too.
    re: /\b(?:FIFO|DIDO|BIBO)\s+(?:roster|role|position|job|swing)\b|\b(?:fly|drive|bus)[- ]in[,/ -]+(?:fly|drive|bus)[- ]out\s+(?:roster|role|position|job|basis)\b|\b\d{1,2}\s?[:/]\s?\d{1,2}\s+(?:FIFO|DIDO|BIBO)\b|\b(?:FIFO|DIDO|BIBO)\s+(?:ex|from|out of)\s+(?!home\b)\w/i,
    reason: 'a fly-in fly-out or drive-in drive-out roster: the work is at the site',
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
    re: /\b(?:this|the) (?:role|position|job) is (?:fully |entirely )?(?:on[- ]?site|in[- ]office|in[- ]person|office[- ]based)\b|\boffice[- ]based (?:role|position|job)\b|\b(?:fully|100%)\s+(?:on[- ]?site|in[- ]office)\b|\bon[- ]?site (?:role|position|job)\b|\bin[- ]office (?:role|position)\b|\b(?:are|is|be) (?:fully )?site[- ]based\b|\bsite[- ]based (?:role|position|job)\b/i,
    reason: 'the role is called on-site, in-office or site-based',
  },
  // Where the job's work is done: at a clinic, in person, outdoors, on the floor.
  ...WORKPLACE_PROSE_RULES,
];

/**
 * Running text (a description). A bare word is not enough: "hybrid cloud" and "remote debugging"
 * are not arrangements, so each rule needs a phrase about where the work is done. Order is part of
 * the data: the first rule that matches decides.
 */
export const PROSE_RULES: readonly ArrangementRule[] = [
  ...ENGLISH_HYBRID,
  ...EUROPEAN_PROSE_RULES,
  ...ENGLISH_STATED,
];
