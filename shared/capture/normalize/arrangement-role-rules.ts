import { FIELD_ROLE_RULES } from './arrangement-field-rules.ts';
import { LABELLED_ANSWER_RULES } from './arrangement-labelled-answer.ts';
import { EVERY_DAY_ON_SITE_RULES, OFFICE_WEEK_RULES, OFFICE_WEEKDAY_RULES } from './arrangement-role-week.ts';
import type { ArrangementRule } from './arrangement-rules.ts';
import { SITE_WORKPLACE, WORK_FLOOR } from './arrangement-workplaces.ts';

/**
 * What a posting calls the job when it states the arrangement: a role, a position, a staffing
 * agency's assignment or placement ("This is an on-site assignment in the main OR"), or a contractor's
 * contract or engagement ("This contract is fully remote": the engagement itself, over a board's
 * "On-site" pane).
 */
const ROLE_NOUN =
  '(?:role|position|job|internship|opening|assignment|placement|contract|engagement|seat|scheme|programme)';
/**
 * The role as the subject of its arrangement: "This role is", with an aside between ("This role,
 * though, is fully remote") or after a turn set against the team's or company's way ("This seat is
 * different: it's fully remote"). A sales team's "seat" is the job too.
 */
const THIS_ROLE_IS = `(?:(?:this|the) ${ROLE_NOUN}(?:,\\s*(?:though|however|by contrast|in contrast),)? is|(?:this|the) ${ROLE_NOUN} is [^.;:\\n]{1,30}[:;—–] it(?: is|['’]s))`;
/**
 * Being at the workplace named as the arrangement: on-site, in-office, office- or site-based, and the
 * workplace itself for jobs that are not in offices ("an in-clinic role", "this position is
 * store-based", "an in-hospital job", "the job is workshop-based").
 */
const WORKPLACE = `(?:office|studio|${SITE_WORKPLACE})`;
// A field-based role ("This is a field-based role") is done at customers' sites and on the road: not
// from home, whatever a "Remote" badge says.
const AT_WORKPLACE = `(?:on[- ]?site|in[- ](?:person|${WORKPLACE})|(?:${WORKPLACE}|site|field)[- ]based)`;
/** Not right after a denial of what follows ("that doesn't mean this is a remote job"). */
const NOT_DENIED = '(?<!\\b(?:mean|means|meant|imply|implies|make|makes)\\s)';
/** Working from home named as the arrangement: "remote", "work-from-home", "home-based". */
const AT_HOME = '(?:remote|work[- ]from[- ]home|home[- ]based)';
/**
 * After a remote wording, what makes it a perk of some weeks a year, not the job's arrangement ("work
 * fully remotely for up to four weeks a year", "work from anywhere for 30 days a year").
 */
export const NOT_A_YEARLY_PERK =
  '(?!\\s+(?:for|during|up to)\\b)(?![^.;\\n]{0,60}\\b(?:weeks?|days?)\\s+(?:a|per|each|every)\\s+year\\b)';
/** After "work from home", what makes it part of the week, not the whole job ("two days", "on Fridays", "until May"). */
export const NOT_A_WHOLE_WEEK =
  '(?![^.;\\n]{0,50}\\b(?:days?|part of|some of|sometimes|occasionally|until|for the first|(?:mon|tues|wednes|thurs|fri)days?|(?:once|twice|(?:\\d|two|three|four) times) (?:a|per|each) week)\\b)';
/**
 * Work that cannot leave the workplace: "cannot be performed remotely", "can't be done from home",
 * "cannot be worked from home" (a post worked, as public employers say),
 * "can't be done from the couch" (home, said plainly).
 */
export const NOT_DONE_FROM_HOME =
  "can(?:not|['’]t| not) be (?:performed|done|carried out|worked) (?:remotely|from (?:home|the (?:couch|sofa)|your (?:couch|sofa|kitchen table)))";

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
    // "It's an in-store role at Westfield Parramatta": "it" is the job the posting describes, as "this".
    // A word or two may name the job between ("This is an in-person kitchen role", "This is an on-site,
    // patient-facing role"), not another arrangement ("an on-site or remote role").
    // "This is a field position": a field job, named right before its noun, is on the road too. "This
    // job is performed on-site": the verb of where the job is done may come between. "Events happen
    // here, so this job happens here": the job is done where the posting's workplace is.
    re: new RegExp(
      `\\b${THIS_ROLE_IS} (?:(?:performed|done|carried out|worked) )?(?:fully |entirely |100% )?${AT_WORKPLACE}\\b|\\b(?:this|the) ${ROLE_NOUN} (?:happens|takes place|is (?:done|performed|carried out)) (?:here|on (?:the|our) premises)\\b|\\b(?:this is|it is|it['’]s) an? (?:fully )?${AT_WORKPLACE}(?:,? (?!or\\b|and\\b|remote\\b|hybrid\\b)[\\w-]+){0,2} ${ROLE_NOUN}\\b|\\b(?:this is|it is|it['’]s) an? field ${ROLE_NOUN}\\b`,
      'i',
    ),
    reason: 'the posting says this role is on-site (in the office, clinic, store…)',
  },
  {
    id: 'role.onsite-full-week',
    lang: 'en',
    workType: 'onsite',
    // Staffing posts: "Location: Dallas, TX (Day 1 onsite, 5 days a week – no remote)". The whole
    // working week named ("based in our lab, on site Monday to Friday") is the same.
    re: /\bon[- ]?site\b[^.\n]{0,30}?\b(?:(?:5|five) days (?:a|per) week|no remote|mon(?:day)? (?:to|through|thru|-|–) fri(?:day)?)\b|\b(?:(?:5|five) days (?:a|per) week|mon(?:day)? (?:to|through|thru|-|–) fri(?:day)?) on[- ]?site\b/i,
    reason: 'the posting says this role is on-site every day ("onsite, 5 days a week – no remote")',
  },
  ...EVERY_DAY_ON_SITE_RULES,
  {
    id: 'role.on-the-floor',
    lang: 'en',
    workType: 'onsite',
    // "This job is the opposite of that: it's on the shop floor of our only store", "The role is on
    // the production floor": the job is done on the floor of the workplace, whatever the page says of
    // the company's other (remote) teams.
    re: new RegExp(
      `\\b(?:${THIS_ROLE_IS}|it is|it['’]s) (?:all |entirely |mostly )?(?:on|in) (?:the|our) ${WORK_FLOOR}\\b`,
      'i',
    ),
    reason: 'the posting puts this role on the floor of its workplace ("it\'s on the shop floor")',
  },
  {
    id: 'role.not-from-home',
    lang: 'en',
    workType: 'onsite',
    // "Tastings are poured at the cellar door, so this job can't be done from home": over a "Remote"
    // chip or TELECOMMUTE data, or a remote-first company's intro ("Unlike most jobs here, this one
    // can't be done from home": "this one" is the role set against the company's other jobs). The
    // work named by what it is ("Driving, of course, can't be done from the couch", "Nursing cannot be
    // done remotely"), opening its sentence, is the job's own work, set against other teams that
    // work from home; "Some filing cannot be done from home" is a task, not the work.
    // "There is no home-working option for lab placements", "There's no desk and no working from
    // home": the posting rules home working out.
    // "There's no telehealth in this role", "we don't offer remote working for this position": the
    // posting rules home working out for this very job, whatever the company's other teams do. So does
    // "there's no home-office share in this job" (German English: "Home-Office-Anteil", the share of
    // the week worked from home) and "no remote days in this role".
    re: new RegExp(
      `\\b(?:(?:this|the) ${ROLE_NOUN}|this one|(?<=^|[.!?\\n]\\s*)\\w+ing(?:,\\s*(?:of course|obviously|naturally),)?) ${NOT_DONE_FROM_HOME}\\b|\\b(?:there is|there['’]s) no (?:home[- ]?working|remote(?:[- ]working)?|work[- ]from[- ]home) option\\b|\\b(?:there is|there['’]s) no [\\w-]+ (?:and|or) no (?:home[- ]?working|working from home|work[- ]from[- ]home|remote work(?:ing)?)\\b|\\b(?:no|(?:do not|don['’]t|cannot|can['’]t) offer) (?:telehealth|telemedicine|telework(?:ing)?|telecommuting|remote (?:work(?:ing)?|option)|home[- ]?working|working from home|work[- ]from[- ]home|home[- ]?office(?:[- ](?:share|days?|option|component|time))?|remote (?:share|days?|component|time)) (?:in|for|with|on) this ${ROLE_NOUN}\\b`,
      'i',
    ),
    reason: 'the posting says this role cannot be done from home',
  },
  ...LABELLED_ANSWER_RULES,
  // Field work (on the road, in clients' homes) before any "no office to come into" below.
  ...FIELD_ROLE_RULES,
  {
    id: 'role.no-homeoffice-de',
    lang: 'de',
    workType: 'onsite',
    // The words between may name the role ("in dieser Stelle", "im dualen Studium", "während der
    // Ausbildung"), in the same clause: "Homeoffice ist an zwei Tagen möglich, Vollremote ist nicht
    // möglich" allows home working.
    re: /\b(?:home[- ]?office|mobiles arbeiten|remote[- ]?arbeit)\s+ist\s+(?:(?:(?!möglich|vorgesehen)[^.,;\n]){0,40}\s)?(?:leider\s+)?nicht\s+(?:möglich|vorgesehen)(?![\p{L}])/iu,
    reason:
      'German: the posting rules home working out for this role ("Homeoffice ist in dieser Stelle nicht möglich", "mobiles Arbeiten ist nicht vorgesehen")',
  },
  {
    id: 'role.no-thuiswerken-nl',
    lang: 'nl',
    workType: 'onsite',
    // "Dit is een functie op locatie; thuiswerken is niet mogelijk" (not "is twee dagen per week mogelijk")
    re: /\b(?:thuiswerken|thuis werken|hybride werken|op afstand werken)\s+is\s+(?:(?:(?!mogelijk)[^.,;\n]){0,30}\s)?(?:helaas\s+)?niet\s+mogelijk\b|\bfunctie op locatie\b/i,
    reason:
      'Dutch: the posting rules home working out for this role ("thuiswerken is niet mogelijk", "een functie op locatie")',
  },
  {
    id: 'role.hybrid',
    lang: 'en',
    workType: 'hybrid',
    re: new RegExp(`\\b${THIS_ROLE_IS} (?:a )?hybrid\\b|\\bthis is a hybrid ${ROLE_NOUN}\\b`, 'i'),
    reason: 'the posting says this role is hybrid',
  },
  ...OFFICE_WEEKDAY_RULES,
  {
    id: 'role.remote',
    lang: 'en',
    workType: 'remote',
    re: new RegExp(
      `${NOT_DENIED}\\b${THIS_ROLE_IS} (?:fully |100% )?${AT_HOME}\\b|${NOT_DENIED}\\bthis is an? (?:fully )?${AT_HOME} ${ROLE_NOUN}\\b|\\bis an? (?:fully|100%) ${AT_HOME} ${ROLE_NOUN}\\b`,
      'i',
    ),
    // The job named by its title: "the Claims Adjuster II is a fully remote position". "That doesn't
    // mean this is a remote job" denies it (read by role.not-remote below).
    reason: 'the posting says this role is remote',
  },
  {
    id: 'role.remote-you',
    lang: 'en',
    workType: 'remote',
    // "Once your trial period is confirmed, you can work fully remotely", "If you live farther away,
    // you're fully remote": the candidate may do the job fully remote, so it is remote. A perk of some
    // weeks a year ("work fully remotely for up to four weeks a year") is not the arrangement. "You can
    // work from home anywhere in the continental US", "you can work from anywhere in the UK": the
    // candidate may do the job from any home in a region, unless days or a share of the week follow;
    // so may the job's own verb ("You can edit from anywhere in the UK"), and so may living there
    // ("You can live anywhere in the Republic": no commute, so no office days), and so may a span or
    // spread of places ("you can live and work anywhere between Halifax and Victoria", "anywhere
    // across Canada"). "You'll take calls from a
    // home office", "you will work from your home office": the job is set up in the person's home.
    re: new RegExp(
      `\\byou(?:['’]re| are|['’]ll be| will be| can work| can be| may work)\\s+(?:fully|100%|entirely|completely)\\s+remote(?:ly)?\\b${NOT_A_YEARLY_PERK}|\\byou (?:can|may) (?:live (?:and work )?|work (?:from home |remotely )?(?:from )?|[\\p{L}-]+ (?:from home |remotely )?from )anywhere (?:in|between|across)\\b${NOT_A_WHOLE_WEEK}|\\byou(?:['’]ll| will) (?:work|(?:[\\p{L}-]+ ){1,2}(?:calls|chats|tickets|clients|customers|patients)) from (?:a|your|your own) home office\\b${NOT_A_WHOLE_WEEK}`,
      'iu',
    ),
    reason: 'the posting says you can work fully remote ("after that, you can work fully remotely")',
  },
  {
    id: 'role.remote-by-choice',
    lang: 'en',
    workType: 'remote',
    // "Come into our Tucson office whenever you like, or work from home anywhere in Arizona full-time",
    // "There are no mandatory office days": the candidate may do the job fully remote, so a
    // "Flexible" or "Hybrid" tag is remote. "Work from home two days a week in this full-time role" is not.
    // So do "Nobody on the team has required office days", "there's no office to come into" and "we've
    // never had an office" (the team has only ever worked from home), and
    // "approved for telework five days a week" (the whole week from home).
    re: /\b(?:no|nobody|no one)\b(?: on the team| here)?(?: (?:has|have))? (?:required|mandatory) (?:office|in-office|on-?site) days\b|\bno office to (?:come|go) (?:in)?to\b|\bwe(?:['’]ve| have) never had an? (?:office|headquarters|HQ)\b|\bwork (?:from home|remotely)\b(?:(?!\bdays?\b)[^.;\n]){0,40}?\bfull[- ]time(?=\s*(?:[.;,)]|$))|\b(?:telework(?:ing)?|work(?:ing)? (?:from home|remotely))\s+(?:all\s+)?(?:five|5) days (?:a|per|each) week\b/im,
    reason: 'the posting lets you work from home full-time (no required office days)',
  },
  ...OFFICE_WEEK_RULES,
  {
    id: 'role.not-remote',
    lang: 'en',
    workType: 'onsite',
    // "This is not a remote job. You'll split your week between our office and our sites": the
    // posting turns remote down for this role, over TELECOMMUTE data or a "Remote" badge. Read after
    // the office weeks above, and not when a hybrid week or home days follow ("This isn't a remote
    // role: it's hybrid"). "Not a fully remote role" leaves part of the week at home open. "That
    // doesn't make this a work-from-home job" or "doesn't mean it is a remote role" (after a "Remote"
    // location line) turns it down too.
    re: new RegExp(
      `\\b(?:(?:(?:this|it) (?:is not|isn['’]t)|it['’]s not|(?:does not|doesn['’]t) (?:make (?:this|it)|mean (?:this|it) is)) an? (?:remote|work[- ]from[- ]home|home[- ]based) ${ROLE_NOUN}|(?:this|the) ${ROLE_NOUN} (?:is not|isn['’]t) (?:remote|home[- ]based))\\b(?![^\\n]{0,160}\\b(?:hybrid|(?:work(?:ing)?|days?) (?:from|at) home|remotely)\\b)`,
      'i',
    ),
    reason: 'the posting says this role is not a remote job',
  },
];
