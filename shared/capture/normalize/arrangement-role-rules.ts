import type { ArrangementRule } from './arrangement-rules.ts';

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
    id: 'role.onsite-full-week',
    lang: 'en',
    workType: 'onsite',
    // Staffing posts: "Location: Dallas, TX (Day 1 onsite, 5 days a week – no remote)".
    re: /\bon[- ]?site\b[^.\n]{0,30}?\b(?:(?:5|five) days (?:a|per) week|no remote)\b|\b(?:5|five) days (?:a|per) week on[- ]?site\b/i,
    reason: 'the posting says this role is on-site every day ("onsite, 5 days a week – no remote")',
  },
  {
    id: 'role.no-homeoffice-de',
    lang: 'de',
    workType: 'onsite',
    re: /\b(?:home[- ]?office|mobiles arbeiten|remote[- ]?arbeit)\s+ist\s+(?:in dieser (?:stelle|position|funktion|rolle)\s+)?(?:leider\s+)?nicht möglich\b/i,
    reason:
      'German: the posting rules home working out for this role ("Homeoffice ist in dieser Stelle nicht möglich")',
  },
  {
    id: 'role.hybrid',
    lang: 'en',
    workType: 'hybrid',
    re: /\b(?:this|the) (?:role|position|job|internship|opening) is (?:a )?hybrid\b|\bthis is a hybrid (?:role|position|job|internship)\b/i,
    reason: 'the posting says this role is hybrid',
  },
  {
    id: 'role.office-weekdays',
    lang: 'en',
    workType: 'hybrid',
    // Two to four named weekdays in the office are the job's own week ("in our Leith office on
    // Mondays and Wednesdays"); "Monday to Friday" or all five days is not hybrid.
    re: /\b(?:in|at|from)\s+(?:our|the)\s+(?:[\p{L}-]+\s+){0,3}office\b[^.;\n]{0,40}?(?<!days?\s*(?:,|and|&)\s*)\b(?:mon|tues|wednes|thurs|fri)days?\b(?:\s*(?:,|and|&)\s*(?:mon|tues|wednes|thurs|fri)days?\b){1,3}(?!\s*(?:,|and|&)\s*(?:mon|tues|wednes|thurs|fri)day)/iu,
    reason: 'the posting names the weekdays of this role in the office',
  },
  {
    id: 'role.remote',
    lang: 'en',
    workType: 'remote',
    re: /\b(?:this|the) (?:role|position|job|internship|opening) is (?:fully |100% )?remote\b|\bthis is a (?:fully )?remote (?:role|position|job|internship)\b/i,
    reason: 'the posting says this role is remote',
  },
];
