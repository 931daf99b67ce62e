import type { ArrangementRule } from './arrangement-rules.ts';
import { SITE_WORKPLACE } from './arrangement-workplaces.ts';

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
    // community-based role" (care and support work out in the community, with clients), "This is a
    // driving role", "It's a delivery driver position" (a round, in the vehicle). "It is
    // itinerant", "This is an itinerant position": the job moves between the employer's sites
    // (a school district's itinerant teacher, a peripatetic music teacher).
    re: /\b(?:this is|it is|it['’]s) an? (?:(?:home|van)[- ]based )?(?:field(?: (?:sales|service|engineering|support|technician))?|community[- ]based|driving|delivery(?: driver)?|multi-drop) (?:role|position|job)\b|\b(?:this is|it is|it['’]s|(?:this|the) (?:role|position|job|post) is) (?:an? )?(?:itinerant|peripatetic)\b/i,
    reason:
      'the posting calls this a field, community-based or itinerant role: the work is on the road, with clients or between sites',
  },
  {
    id: 'role.days-on-the-road',
    lang: 'en',
    workType: 'onsite',
    // "Spend four days on the road visiting vet practices": most of the week at customers' premises.
    // Days a month, quarter or year on the road are trips from a home base, not the week.
    // "You'll be in your car and in practices four days a week": the car or the field first, the
    // days of the week after, with no office or home between ("five years in the field; in our office
    // three days a week" is a career and an office week). "In the field" alone is a profession.
    re: /\b(?:[3-5]|three|four|five) days (?:a week |per week |each week )?on the road\b(?!\s+(?:a|per|each|every) (?:month|quarter|year)\b)|\b(?:in (?:your|the|a|a company) (?:car|van|vehicle)|on the road|out in the field)\b(?:(?!office|studio|home|remote)[^.;\n]){0,40}?\b(?:[3-5]|three|four|five) days (?:a|per|each) week\b/i,
    reason: 'most of the week on the road ("four days on the road visiting customers")',
  },
  {
    id: 'role.days-in-the-field',
    lang: 'en',
    workType: 'onsite',
    // "Your days are in the field: you'll ride with a technician to customers' homes", "your working
    // days are spent on the road": every working day is out at customers, whatever a coursework
    // evening or a sales team's home base says.
    re: new RegExp(
      `\\byour (?:working )?days are (?:spent |mostly |mainly )?(?:in the field|on the road|(?:at|on) (?:the )?(?:customers?|clients?)['’]? (?:sites|premises|homes))\\b${NOT_NOW_AND_THEN}`,
      'i',
    ),
    reason: 'the posting puts every working day in the field ("your days are in the field")',
  },
  {
    id: 'role.shift-on-the-road',
    lang: 'en',
    workType: 'onsite',
    // "You'll meet the van at our depot and spend the shift on the road", "you spend most of your
    // working day on the road": the job's shift or day is in a vehicle (a mobile clinic, a delivery
    // or service round), not at home. A day on the road now and then ("a day a month") is a trip.
    re: /\bspend(?:s|ing)? (?:the|your|each|every|all (?:of )?(?:the|your)|most of (?:the|your|each)) (?:whole |entire )?(?:shifts?|(?:working )?days?|working week|week|time) on the road\b(?!\s+(?:once|twice|(?:a|per|each|every) (?:month|quarter|year))\b)/i,
    reason: 'the posting has you spend the shift or day on the road: field work, not from home',
  },
  {
    id: 'role.delivery-round',
    lang: 'en',
    workType: 'onsite',
    // "Doing 12 to 18 drops a day to customers' homes", "making up to 120 deliveries per shift", "You'll
    // drive a 7.5-tonne rigid with a tail-lift": a driver's round is done in the vehicle, whatever a
    // "remote tachograph download" or a board's flag says ("you'll be delivering parcels" too).
    // Planning or managing deliveries is not.
    re: /\b(?:doing|making|do|make|completing|complete|carry(?:ing)? out)\s+(?:up to |around |about |roughly |between )?\d+(?:\s*(?:to|-|–|and)\s*\d+)?\s+(?:home |multi-)?(?:drops|deliveries|stops|collections|drop-offs)\s+(?:a|per|each)\s+(?:day|shift)\b|\byou(?:['’]ll| will)(?:\s+be)?\s+deliver(?:ing)?\s+(?:parcels|packages|groceries|furniture|goods|orders|meals|food|medicines?|prescriptions|fuel)\b|\byou(?:['’]ll| will)\s+(?:drive|be driving)\s+(?:a|an|our|the)\s+(?:[\w.-]+\s+){0,4}?(?:van|lorry|truck|rigid|artic|HGV|LGV|bus|coach|tanker|tipper)\b/i,
    reason:
      'the posting has you drive a delivery round or a vehicle: the job is done on the road, not from home',
  },
  {
    id: 'role.at-customers',
    lang: 'en',
    workType: 'onsite',
    // "The job is performed at customer locations", "Work is performed mostly in the field", "You'll
    // spend most of your week visiting customers": the work is done where the customers are. Time
    // "with customers" may be on calls, so only visits count.
    re: /\b(?:(?:this|the) (?:role|position|job|work)|work) is (?:performed|done|carried out) (?:mostly |mainly |primarily |largely )?(?:in the field|(?:at|on) (?:the )?(?:customer|client)s?['’]? (?:sites|locations|premises))\b|\bspend (?:most|all|much) of (?:your|the) (?:working )?(?:week|time|days?) visiting (?:customers|clients|patients|practices|accounts|stores|sites)\b/i,
    reason: "the posting puts the work at customers' sites or in the field: not from home",
  },
  {
    id: 'role.mobile-unit',
    lang: 'en',
    workType: 'onsite',
    // "You'll work on our Mobile Health Unit", "the role is based on the mobile dental van": the job
    // is done aboard a vehicle that goes to the people it serves (a clinic on wheels, a mobile
    // library), not from home.
    re: /\b(?:you(?:['’]ll| will) (?:work|be(?: based)?|staff|serve)|(?:this|the) (?:role|position|job) is(?: based)?) (?:on|in|aboard|from) (?:our|the|a) (?:[\p{L}-]+ ){0,2}mobile (?:[\p{L}-]+ )?(?:unit|clinic|van|bus|library|lab|truck)\b/iu,
    reason: 'the posting has you work on a mobile unit that travels: field work, not from home',
  },
  {
    id: 'role.between-sites',
    lang: 'en',
    workType: 'onsite',
    // "You'll travel between our eight school buildings", "you will rotate between our three clinics":
    // the job is done at the employer's sites in turn. Now and then ("occasionally travel between our
    // offices", "between our sites once a month") is a trip, not the job's place.
    re: /(?<!\b(?:occasionally|sometimes|may|might)\s+)\b(?:travel|drive|rotate|move|split your (?:time|week)) between (?:our|the|its|\d+|several|multiple|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\p{L}-]+\s+){0,3}(?:schools|school buildings|buildings|sites|clinics|stores|shops|branches|hospitals|campuses|practices|surgeries|care homes|depots|warehouses)\b(?!\s+(?:once|twice|occasionally|sometimes|from time to time|(?:[1-3]|one|two|three) (?:days?|times) (?:a|per|each) (?:month|quarter|year))\b)/iu,
    reason: "the posting has you travel between the employer's sites: the work is done there, not from home",
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
    // "You'll travel in your own car between clients' homes", "you will visit patients in their homes",
    // "you'll be working in clients' homes", "You'll visit the same 5-7 clients each week in their
    // homes" (how often between the people and their homes):
    // the work is done in other people's homes, not the worker's own.
    re: new RegExp(
      `\\byou(?:['’]ll| will)\\s+(?:be\\s+)?(?:travel(?:l?ing)?|driv(?:e|ing)|visit(?:ing)?|work(?:ing)?|support(?:ing)?|care for|caring for|see(?:ing)?)\\b[^.;\\n]{0,40}?\\b(?:(?:between|to|in|at) (?:the )?(?:clients|customers|patients|participants)['’] (?:own )?homes|(?:clients|customers|patients|participants)(?: (?:each|every|a|per) (?:day|week|shift))? (?:at|in) their (?:own )?homes)\\b${NOT_NOW_AND_THEN}`,
      'i',
    ),
    reason: "the posting has you work in clients' homes: field work, not from your own home",
  },
  {
    id: 'role.clients-buildings',
    lang: 'en',
    workType: 'onsite',
    // "You'll badge in at the client's loading dock", "you will sign in at the customer's reception",
    // "Our crews work inside the buildings our clients own or lease": cleaning, security or
    // maintenance done in the client's building, not from home.
    re: /\byou(?:['’]ll| will) (?:badge|clock|sign|check) in at (?:the|each|our) (?:client|customer)s?['’]s? (?:[\p{L}-]+ ){0,2}(?:building|site|premises|dock|office|reception|gate|desk)\b|\b(?:work|clean|patrol)s? (?:inside|in) the (?:buildings?|offices|premises|properties|sites) (?:that )?(?:our|the) (?:clients?|customers?) (?:own|lease|occupy|run)\b/iu,
    reason: "the posting puts the work inside clients' buildings: not from home",
  },
  {
    id: 'role.on-the-ward',
    lang: 'en',
    workType: 'onsite',
    // "RPNs on 4 West carry their own patient assignment", "you'll take a patient assignment of four",
    // "take part in bedside shift report", "provide direct bedside care", "Take bedside handoff at 1900"
    // (US nursing's word for the shift handover): ward nursing is done at the
    // patients' beds. Bedside experience asked for ("two years of bedside nursing") is a past job's,
    // so only the duties count.
    re: /\b(?:carry|take|have|manage) (?:a|an|their|your|your own|their own) (?:own )?patient assignment\b|\b(?:take part in|take|give|provide|deliver|do|lead|perform) (?:direct |safe |hands-on )?bedside (?:care|nursing|shift report|handover|hand-?off|report)\b/i,
    reason: 'the posting gives this role a patient assignment or bedside duties: ward work, not from home',
  },
  {
    id: 'role.office-is-the-site',
    lang: 'en',
    workType: 'onsite',
    // "Your office will be the job trailer on Weston", "your office is the cab of a 40-tonne truck",
    // "Your office is the site": the trades' way of saying the job has no desk to work from but the
    // place the work is done (a construction site, a vehicle, the shop floor), so not from home.
    re: /\byour (?:office|desk) (?:will be|is|['’]s) (?:the|a|an|our) (?:[\p{L}\d-]+ ){0,3}(?:job ?site|site|trailer|site office|cab|truck|van|vehicle|floor|warehouse|yard|kitchen|ward|classroom|road)\b/iu,
    reason:
      'the posting names a site, vehicle or floor as your office ("your office will be the job trailer")',
  },
  {
    id: 'role.shift-starts-at-site',
    lang: 'en',
    workType: 'onsite',
    // "You start and finish at our Joliet yard every shift", "you'll start and end each day at the
    // depot": a driver's or crew's shift begins and ends at the employer's yard or depot, so the work
    // between is done out of it, not from home ("sleep in your own bed" of a "home daily" route is
    // where the driver sleeps, not where the job is done).
    re: new RegExp(
      `\\byou(?:['’]ll| will)?\\s+(?:start|begin) and (?:finish|end)\\b(?: (?:each|every|your) (?:shift|day|run|route))? (?:at|from) (?:our|the) (?:[\\p{L}-]+ ){0,2}(?:${SITE_WORKPLACE}|terminal|base|garage)\\b`,
      'iu',
    ),
    reason: 'the posting starts and ends your shift at its yard or depot: not from home',
  },
];
