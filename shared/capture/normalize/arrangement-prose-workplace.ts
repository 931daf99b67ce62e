import { NOT_A_WHOLE_WEEK } from './arrangement-role-rules.ts';
import type { ArrangementRule } from './arrangement-rules.ts';
import { SITE_WORKPLACE, WORK_FLOOR } from './arrangement-workplaces.ts';

/**
 * Where the job's own work is done, said of the work rather than of the role: run from the clinic,
 * done in person at the branches, outdoors, every shift on the floor. Each is on-site, whatever a
 * badge says; a visit some days a month or a year is not the job's place. English; read after the
 * remote wordings (arrangement-prose-rules.ts).
 */
export const WORKPLACE_PROSE_RULES: readonly ArrangementRule[] = [
  {
    id: 'prose.work-from-site',
    lang: 'en',
    workType: 'onsite',
    // "Virtual care visits … and you'll run those from the clinic", "You'll work in the shop and at the
    // front counter": the work is done at the workplace. Only places that are not offices ("from our
    // office two days a week" is hybrid), and the place itself, not a team named after it ("you'll
    // work in the store operations team"). Running or leading the workplace itself ("You'll run our
    // Eastgate store") is done there too, unless it is a web shop. A time may follow the place
    // ("You'll run the calf shed at the home farm from July to October"), not "from home".
    re: new RegExp(
      `\\byou(?:['’]ll| will)\\s+(?:(?:run|do|make|take|hold|handle|deliver|work)\\b[^.;\\n]{0,30}?\\b(?:from|in|at) |(?:run|manage|lead)\\s+)(?:the|our) (?!(?:online|web|digital|e-?commerce|app)\\b)(?:[\\p{L}-]+ ){0,2}${SITE_WORKPLACE}\\b(?=\\s*(?:[,.;:!)]|$|(?:and|or|at|on|in|with|for|from(?!\\s+(?:home|anywhere)))\\b))(?![^.;\\n]{0,30}\\b(?:[1-4]|one|two|three|four) days?\\b)`,
      'iu',
    ),
    reason: 'the posting has you work from the workplace ("you\'ll run those from the clinic")',
  },
  {
    id: 'prose.work-from-our-office',
    lang: 'en',
    workType: 'onsite',
    // "You'll be on the phones from our Cool Springs office", "you will sell from our Leeds office",
    // "You'll be working out of our downtown office": the job's own work done from an office of the
    // employer, every day (not "with the team in our Paris office": someone else's place). Not some days ("from our office two days a week"), nor an office or
    // home ("from our Leeds office or from home"), nor someone else's work ("you'll be supported from
    // our Boston office": the verb must be the job's).
    re: new RegExp(
      `\\byou(?:['’]ll| will) (?:be )?(?:work(?:ing)?|sell(?:ing)?|on (?:the )?phones?|on calls|(?:tak|mak)(?:e|ing) calls)\\b(?:(?!\\bwith\\b)[^.;\\n]){0,40}? (?:from|out of) (?:our|the) (?:(?!home\\b)[\\p{L}-]+,? ){0,3}office\\b${NOT_A_WHOLE_WEEK}(?![^.;\\n]{0,50}\\b(?:or|and) (?:from |at )?(?:home|remotely)\\b)`,
      'iu',
    ),
    reason:
      'the posting has you work from a named office of the employer ("you\'ll be on the phones from our Leeds office")',
  },
  {
    id: 'prose.based-at-site',
    lang: 'en',
    workType: 'onsite',
    // "You'll be based at our Melbourne site in Dandenong South", "you will be based at the plant":
    // the job's place is a site that is not an office ("based at our London office" may still be a
    // hybrid week). Some days there ("based at our Leeds site three days a week") is not the whole week.
    re: new RegExp(
      `\\byou(?:['’]ll| will)\\s+be\\s+based\\s+(?:at|in|on)\\s+(?:the|our)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:site|${SITE_WORKPLACE})\\b(?![^.;\\n]{0,60}\\b(?:once|twice|occasionally|from home|remote(?:ly)?|(?:[1-4]|one|two|three|four) (?:days?|times?))\\b)`,
      'iu',
    ),
    reason:
      'the posting bases you at a site that is not an office ("you\'ll be based at our Melbourne site")',
  },
  {
    id: 'prose.in-person-at-site',
    lang: 'en',
    workType: 'onsite',
    // "You'll treat patients in person at our Beaverton and Tigard clinics": the job's work done in
    // person at workplaces that are not offices ("meet the team in person at our office" is a visit).
    // A visit some days a month or a year is not the job's place.
    re: new RegExp(
      `\\byou(?:['’]ll| will)\\s+[^.;\\n]{0,40}?\\bin[- ]person\\s+(?:at|in|from)\\s+(?:the|our)\\s+(?:[\\p{L}-]+\\s+){0,4}${SITE_WORKPLACE}(?:e?s)?\\b(?![^.;\\n]{0,40}\\b(?:once|twice|(?:[1-4]|one|two|three|four) (?:days?|times?))\\b)`,
      'iu',
    ),
    reason:
      'the posting has you work in person at its workplaces ("treat patients in person at our clinics")',
  },
  {
    id: 'prose.sees-people-at-site',
    lang: 'en',
    workType: 'onsite',
    // "You'll see patients in our Williamson Street office", "you will serve guests at our harbour
    // restaurant": the job's work is face to face with the people who come to the place, and a dental
    // or medical office is such a place. Some days or occasional visits ("you'll see clients at our
    // office once a month", "on Tuesdays") are not the job's place.
    re: new RegExp(
      `\\byou(?:['’]ll| will)\\s+(?:see|treat|examine|care for|serve)\\s+(?:your\\s+(?:own\\s+)?)?(?:patients|clients|customers|guests)\\s+(?:in|at)\\s+(?:the|our)\\s+(?:[\\p{L}-]+\\s+){0,4}(?:office|practice|surgery|${SITE_WORKPLACE})(?:e?s)?\\b(?![^.;\\n]{0,40}\\b(?:once|twice|occasionally|sometimes|from time to time|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|(?:[1-4]|one|two|three|four) (?:days?|times?))\\b)`,
      'iu',
    ),
    reason: 'the posting has you see the people who come to its workplace ("see patients in our office")',
  },
  {
    id: 'prose.outdoors',
    lang: 'en',
    workType: 'onsite',
    // "You'll work outdoors on client properties", "you'll be working outside at our sites": outdoor
    // work is done where the grounds or sites are, not from home.
    re: /\byou(?:['’]ll| will)\s+(?:be\s+)?work(?:ing)?\s+outdoors\b/i,
    reason: 'the posting has you work outdoors ("you\'ll work outdoors on client properties")',
  },
  {
    id: 'prose.all-work-at-workplace',
    lang: 'en',
    workType: 'onsite',
    // "All work is in person at the medical center", "All shifts are on the casino floor", "All
    // grooming is done in person": every hour of the job (its work named as an activity) is at the
    // workplace (a shop, casino or factory floor is a workplace too), and so is "All work is on property"
    // (a hotel's or resort's grounds). Hiring and training are not the job. A clinic's work named as
    // its care ("All treatment is in person at our Tempe clinic", "all patient care is delivered on
    // site") is the same. So is "everything happens in our four treatment rooms" (a practice's rooms,
    // where even the paperwork stays).
    re: new RegExp(
      `\\beverything (?:happens|takes place|is done) (?:in|at) (?:the|our) (?:[\\p{L}\\d-]+ ){0,3}(?:rooms|premises|practice|office|${SITE_WORKPLACE})\\b|\\ball (?:of )?(?:the |your |our )?(?:work|shifts|treatments?|(?:patient |clinical |resident )?care|therapy|appointments|(?!(?:train|onboard|interview|hir|recruit)ing)\\p{L}+ing)\\s+(?:is|are)\\s+(?:done\\s+|worked\\s+|performed\\s+|carried out\\s+|delivered\\s+|provided\\s+)?(?:on[- ]?site|in[- ]person|on\\s+(?:the\\s+)?(?:property|premises)|(?:on|at|in)\\s+(?:the|our)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:floor|site|${SITE_WORKPLACE}))\\b`,
      'iu',
    ),
    reason: 'all the work or every shift is at the workplace ("all shifts are on the casino floor")',
  },
  {
    id: 'prose.you-are-on-site',
    lang: 'en',
    workType: 'onsite',
    // "You'll be the on-site IT person in the Ottawa office", "you will be on-site at the plant": the
    // job's person is at the workplace. A visit some days ("you'll be on site with clients twice a
    // week") is not the job's place, and neither is a sentence about other staff ("our remote staff").
    re: /\byou(?:['’]ll| will) be (?:(?:the|our|an?) )?(?:on[- ]?site|in[- ]person)\b(?![^.;\n]{0,40}\b(?:once|twice|occasionally|sometimes|from time to time|(?:[1-4]|one|two|three|four) (?:days?|times?))\b)/i,
    reason: 'the posting has you on-site ("you\'ll be the on-site IT person")',
  },
  {
    id: 'prose.in-house-shift',
    lang: 'en',
    workType: 'onsite',
    // Hospital and care rosters: "You'll be in house at St. Agnes for the whole shift", "in-house
    // overnight call": physically present for the shift. "In-house" alone (employed directly, not by an
    // agency) says nothing of the place, so a shift, a night or call must follow in the clause (a
    // saint's or a mount's abbreviation, as in "St. Agnes", does not end it).
    re: /\byou(?:['’]ll| will) be (?:physically )?in[- ]house\b(?:[^.;\n]|(?<=\b(?:St|Ste|Mt))\.){0,60}?\b(?:shifts?|overnight|nights?|call)\b/i,
    reason: 'the posting has you in house for the shift ("you\'ll be in house for the whole shift")',
  },
  {
    id: 'prose.works-the-counter',
    lang: 'en',
    workType: 'onsite',
    // "You'll work the front counter and the service drive", "you will work the register": the job is
    // serving people where they come in, at the counter, desk or floor.
    re: /\byou(?:['’]ll| will) (?:be )?work(?:ing)? (?:the|our) (?:front (?:counter|desk)|reception(?: desk)?|registers?|tills?|checkouts?|(?:sales|shop|service) (?:floor|drive|counter))\b/i,
    reason: 'the posting has you work the counter, desk or floor ("you\'ll work the front counter")',
  },
  {
    id: 'prose.you-on-the-floor',
    lang: 'en',
    workType: 'onsite',
    // "You'll be on the shop floor every shift", "you will work on the production floor": the job's
    // person works on the workplace's floor. A visit now and then ("on the sales floor once a month")
    // is not the job's place.
    re: new RegExp(
      `\\byou(?:['’]ll| will) (?:be |work )(?:mostly |mainly )?on (?:the|our) (?:[\\p{L}-]+ )?${WORK_FLOOR}\\b(?![^.;\\n]{0,40}\\b(?:once|twice|occasionally|sometimes|from time to time|(?:[1-4]|one|two|three|four) (?:days?|times?))\\b)`,
      'iu',
    ),
    reason: 'the posting has you on the floor of its workplace ("you\'ll be on the shop floor every shift")',
  },
];
