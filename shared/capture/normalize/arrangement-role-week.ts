import type { ArrangementRule } from './arrangement-rules.ts';
import { SITE_WORKPLACE } from './arrangement-workplaces.ts';

/**
 * The role's own week at the office or studio: named weekdays, a run of weekdays, a fixed weekly day,
 * some days a week, or months of the year there. Sentences about this role, read with the role rules
 * (arrangement-role-rules.ts), so a standing office week outranks a "Remote" badge or TELECOMMUTE data.
 */

const MONTH = '(?:(?:jan|febr)uary|march|april|may|june|july|august|(?:sept|nov|dec)ember|october)';
/** Two to four named weekdays, not the head or tail of the whole week ("Tuesdays and Thursdays"). */
const WEEKDAY_LIST =
  '(?<!days?\\s*(?:,|and|&)\\s*)\\b(?:mon|tues|wednes|thurs|fri)days?\\b(?:\\s*(?:,|and|&)\\s*(?:mon|tues|wednes|thurs|fri)days?\\b){1,3}(?!\\s*(?:,|and|&)\\s*(?:mon|tues|wednes|thurs|fri)day)';
/** A run of weekdays short of the whole week ("Tuesday to Thursday", "Mon-Wed"; not "Monday to Friday"). */
const WEEKDAY_RUN =
  '\\b(?!mon(?:day)?\\s*(?:-|–|to|through|thru)\\s*fri)(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?)\\s*(?:-|–|to|through|thru)\\s*(?:tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?)\\b';

/**
 * Daily or the whole working week ("five days a week", "Monday to Friday", "every shift" of shift
 * work), not on the days of a
 * first week or a period ("every day of your first week", "daily during training").
 */
const EVERY_DAY =
  '(?:daily|every (?:working |work |contract |school |business )?(?:day|shift)|each (?:working |work |contract |school |business )?day|(?:five|5) days (?:a|per|each) week|mon(?:day)?\\s*(?:-|–|to|through)\\s*fri(?:day)?)\\b(?! (?:of|for|during|in|until|when)\\b)';
/** A building or centre a public employer sends staff to ("the Virtual Learning Center at the Ellison Annex"). */
const BUILDING = '(?:cent(?:er|re)|campus|annex|building|hub|base)';

/**
 * Every working day at the workplace: "You must be able to commute to our office daily", "The role
 * requires you to be on site every day". Not a first week's days ("in the office every day of your
 * first week"). Read with the on-site role rules, before any remote wording.
 */
export const EVERY_DAY_ON_SITE_RULES: readonly ArrangementRule[] = [
  {
    id: 'role.onsite-every-day',
    lang: 'en',
    workType: 'onsite',
    re: new RegExp(
      `\\b(?:commute (?:in)?to|be (?:based )?(?:in|at)|(?:is|are) based (?:in|at)|work (?:in|at|from)|report to) (?:our|the) (?:[\\p{L}-]+ ){0,3}(?:office|studio|site|${SITE_WORKPLACE}|${BUILDING})(?: (?:at|in|on) (?:our|the) (?:[\\p{L}-]+ ){0,3}(?:office|site|${SITE_WORKPLACE}|${BUILDING}))?,? ${EVERY_DAY}|\\bbe on[- ]?site ${EVERY_DAY}`,
      'iu',
    ),
    // "You will be based in our Austin lab five days a week": the whole week there, too ("The program is based at
    // our Fortitude Valley office, five days a week", capture149). "Teachers
    // report to the Learning Center at the Ellison Annex each contract day": a school's or a public
    // body's working day ("contract day", "school day") at its building is every working day.
    reason: 'the posting has you at the workplace every working day',
  },
];

/** Named weekdays and a weekly office day, read before the role's remote wordings. */
export const OFFICE_WEEKDAY_RULES: readonly ArrangementRule[] = [
  {
    id: 'role.office-weekdays',
    lang: 'en',
    workType: 'hybrid',
    // Two to four named weekdays in the office are the job's own week ("in our Leith office on
    // Mondays and Wednesdays"); "Monday to Friday" or all five days is not hybrid. A design team's
    // studio is its office ("works from our studio on Bull Street on Mondays, Tuesdays and Wednesdays"),
    // over a "Remote" badge or TELECOMMUTE data. Either of two studios may be the one ("from our Montréal
    // studio in Mile End or our Toronto studio on King West on Tuesdays, Wednesdays and Thursdays").
    re: new RegExp(
      `\\b(?:in|at|from|or)\\s+(?:our|the)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:office|studio)\\b[^.;\\n]{0,40}?${WEEKDAY_LIST}`,
      'iu',
    ),
    reason: 'the posting names the weekdays of this role in the office',
  },
  {
    id: 'role.weekdays-in-office',
    lang: 'en',
    workType: 'hybrid',
    // The weekdays first: "We spend Tuesdays and Thursdays in the office together", "Mondays,
    // Wednesdays and Thursdays at our studio", "Tuesday to Thursday in the office". Two to four of
    // them, not the whole week ("Monday to Friday").
    re: new RegExp(
      `(?:${WEEKDAY_LIST}|${WEEKDAY_RUN})\\s+(?:in|at)\\s+(?:our|the)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:office|studio)\\b`,
      'iu',
    ),
    reason:
      'the posting names the weekdays of this role in the office ("Tuesdays and Thursdays in the office")',
  },
  {
    id: 'role.office-days-named',
    lang: 'en',
    workType: 'hybrid',
    // "Studio days are Monday to Wednesday", "Office days: Tuesday and Thursday", "on-site days are
    // Mondays and Wednesdays": the week's office days named as such. The weekdays may come first
    // ("Tuesdays and Thursdays are office days at our Inglewood office", "Monday to Wednesday are our
    // studio days").
    re: new RegExp(
      `\\b(?:office|studio|in-office|on-?site) days?\\s*(?:are|is|:)\\s*(?:${WEEKDAY_LIST}|${WEEKDAY_RUN})|(?:${WEEKDAY_LIST}|${WEEKDAY_RUN})\\s+(?:are|is)\\s+(?:our\\s+|the\\s+)?(?:office|studio|in-office|on-?site) days?\\b`,
      'iu',
    ),
    reason: 'the posting names the office days of the week ("Studio days are Monday to Wednesday")',
  },
  {
    id: 'role.office-weekday-range',
    lang: 'en',
    workType: 'hybrid',
    // "In the office Mon-Thu", "in our studio Tuesday to Thursday", "in our Denver studio in RiNo Monday
    // through Wednesday" (the studio's own place may come between): a run of weekdays short of the
    // whole week is the job's own week, as named weekdays are. "Monday to Friday" is the whole week.
    // Working from or at the studio is the same ("works from our studio Mon-Wed").
    re: /\b(?:in|at|from) (?:the|our) (?:[\p{L}-]+ ){0,2}(?:office|studio)(?:\s+(?:in|on|at)(?:\s+(?!mon|tue|wed|thu|fri)[\p{L}-]+){1,3})?\s+(?:on\s+)?(?!mon(?:day)?\.?\s*(?:-|–|to|through|thru)\s*fri)(?:mon|tue|wed|thu)[a-z]*\.?\s*(?:-|–|to|through|thru)\s*(?:tue|wed|thu|fri)[a-z]*\b/iu,
    reason: 'a run of weekdays short of the whole week in the office ("in the office Mon-Thu")',
  },
  {
    id: 'role.weekly-office-day',
    lang: 'en',
    workType: 'hybrid',
    // One named weekday every week or fortnight at the office ("Every Tuesday is team day at our
    // Halifax office", "every other Friday the team is together at our office"): a remote role with a
    // fixed office day is hybrid, and ties you to commuting distance. A quarterly or monthly meetup is not.
    // Coming "to the office every Tuesday" is the same fixed day. A design team's studio is its office
    // ("together in our Shoreditch studio every other Wednesday"), and "On Wednesdays the whole squad
    // meets at our office" names the same standing day as "every Wednesday".
    re: /\b(?:every (?:other |second |alternate )?(?:mon|tues|wednes|thurs|fri)day|on (?:mon|tues|wednes|thurs|fri)days)\b[^.;\n]{0,40}?\b(?:at|in|from|to|into) (?:our|the) (?:[\p{L}-]+ ){0,3}(?:office|studio)\b|\b(?:at|in|from|to|into) (?:our|the) (?:[\p{L}-]+ ){0,3}(?:office|studio) every (?:other |second |alternate )?(?:mon|tues|wednes|thurs|fri)day\b/iu,
    reason: 'the posting names a weekday every week or fortnight in the office',
  },
];

/** Office days a week and office months, read after the role's remote wordings. */
export const OFFICE_WEEK_RULES: readonly ArrangementRule[] = [
  {
    id: 'role.hybrid-days',
    lang: 'en',
    workType: 'hybrid',
    // "Location: Plano, TX – Hybrid (3 days onsite/wk)", "Hybrid: 2 days in office per week": the
    // arrangement and its office days given together, as staffing posts write this role's week, over
    // a "Remote" chip or TELECOMMUTE data. One to four days: five is the whole week.
    re: /\bhybrid\s*[(:,–—-]?\s*\(?\s*(?:[1-4]|one|two|three|four)\s*(?:days?|x)\s*(?:on[- ]?site|in[- ]office|in (?:the|our) office|at (?:the|our) office)\s*(?:\/|a|per|each)\s*(?:wk|week)\b/i,
    reason: 'the posting gives this role a hybrid week with its office days ("Hybrid (3 days onsite/wk)")',
  },
  {
    id: 'role.office-days',
    lang: 'en',
    workType: 'hybrid',
    // "After that, we'll be in the studio three days a week": a standing week with office days, over a
    // "Temporarily remote" status or TELECOMMUTE data. One to four days: five is the whole week. The
    // days may come first ("three days a week in our studio", "2 times per week at the office").
    re: /\b(?:in|at) (?:our|the) (?:[\p{L}-]+ ){0,3}(?:office|studio) (?:[1-4]|one|two|three|four) days? (?:a|per|each) week\b|\b(?:[1-4]|one|two|three|four)\s*(?:days?|times)\s+(?:a|per|each)\s+week\s+(?:in|at)\s+(?:the\s+|our\s+)?(?:[\p{L}-]+\s+){0,2}(?:office|studio)\b/iu,
    reason: 'the posting puts the team in the office some days every week',
  },
  {
    id: 'role.site-days-and-home',
    lang: 'en',
    workType: 'hybrid',
    // "You will be based at our Leeds site three days a week and can work from home on Mondays and
    // Fridays": days at a site (not only an office) with the rest at home in the same sentence. A
    // site's days alone may be a part-time site job's whole week, so home working must be named.
    re: /\b(?:in|at) (?:our|the) (?:[\p{L}-]+ ){0,3}(?:office|studio|site|hub|headquarters|HQ|base) (?:[1-4]|one|two|three|four) days? (?:a|per|each) week\b[^.;\n]{0,80}?\b(?:work(?:ing)?|be) (?:from home|remotely|at home)\b/iu,
    reason: 'the posting puts this role at a site some days a week and at home the rest',
  },
  {
    id: 'role.home-days-rest-at-work',
    lang: 'en',
    workType: 'hybrid',
    // "Home office up to two days a week. The other three days you'll be at the planning desk": some
    // days a week at home and the rest of this job's week at the workplace, over a "Home office
    // possible" chip or a remote flag. "Home office" is how European postings in English name working
    // from home; the rest of the week must follow, said of you, so a perk alone does not decide.
    re: /\b(?:home[- ]?office|(?:work(?:ing)?|days?) (?:from|at) home|remote work(?:ing)?)\b[^.;\n]{0,30}?\b(?:[1-4]|one|two|three|four) days? (?:a|per|each) week\b[^\n]{0,40}?\bthe (?:other|remaining|rest of the) (?:(?:[1-4]|one|two|three|four) )?(?:days?|week)\b,? you(?:['’]ll be| will be|['’]re| are| work)\b/iu,
    reason: 'the posting gives this role some days a week at home and the other days at the workplace',
  },
  {
    id: 'role.office-by-season',
    lang: 'en',
    workType: 'hybrid',
    // "From May to October … you are based at our Heraklion office": months of the year at the office
    // are not a fully remote job, whatever the badge says.
    re: new RegExp(
      `\\bfrom ${MONTH} (?:to|through|until|till) ${MONTH}\\b[^.;\\n]{0,80}?\\b(?:based|work|working) (?:at|in|from) (?:our|the) (?:[\\p{L}-]+ ){0,3}(?:office|studio)\\b`,
      'iu',
    ),
    reason: 'the posting puts this role in the office for months of the year',
  },
];
