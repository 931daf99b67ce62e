import type { Lang } from '../../geo/index.ts';

/**
 * Posting section headings as data, read by capture (required / preferred lists) and match
 * (which section a line sits in). Rules are tried in order and the first match decides:
 * "Preferred qualifications" is preferred before it is a qualification, and "What you'll need"
 * is a requirement before "you'll" makes it a duty.
 */
export type SectionKind = 'required' | 'preferred' | 'duties' | 'about' | 'benefits' | 'intro';

export interface SectionRule {
  id: string;
  lang: Lang;
  kind: Exclude<SectionKind, 'intro'>;
  re: RegExp;
  reason: string;
}

const APOS = "(?:'|’)?";

export const SECTION_RULES: readonly SectionRule[] = [
  {
    id: 'preferred.nice-to-have',
    lang: 'en',
    kind: 'preferred',
    re: /\b(nice[- ]to[- ]haves?|bonus(?: points)?|preferred|desired|desirable|pluses|a plus|good[- ]to[- ]haves?|extra credit|would be (?:great|nice)|ideally|not required|even better|stand out|strong candidates may also)\b/i,
    reason: 'the heading names what is welcome but not required',
  },
  {
    id: 'preferred.de',
    lang: 'de',
    kind: 'preferred',
    re: /\b(pluspunkte|wünschenswert)(?=$|[\s:])/i,
    reason: '"Pluspunkte", "Wünschenswert": what is welcome but not required',
  },
  {
    id: 'required.about-you',
    lang: 'en',
    kind: 'required',
    re: /\b(about you|who you are)\b/i,
    reason: 'the heading describes the candidate',
  },
  {
    id: 'benefits.offer',
    lang: 'en',
    kind: 'benefits',
    re: /\b(benefits|perks|what we offer|we offer|compensation|salary|pay range|pay|why (?:join|work)|equal opportunity|eeo|how to apply|diversity|location|schedule|hours|shift|job type|start date|ote)\b/i,
    reason: 'the heading opens pay, perks or terms, which ask nothing of the candidate',
  },
  {
    // "Our hiring process: online test, technical interview, HR round": steps the employer takes, not
    // skills the candidate needs ("HR round" is no Human Resources requirement).
    id: 'benefits.hiring-process',
    lang: 'en',
    kind: 'benefits',
    re: /\b((?:hiring|selection|interview|recruitment|recruiting|application) (?:process|steps|stages|journey)|next steps)\b/i,
    reason: 'the heading opens the steps of hiring, which ask nothing of the candidate',
  },
  {
    id: 'about.company',
    lang: 'en',
    kind: 'about',
    re: /\b(about (?:us|the company|the team|[a-z][\w&]+)|who we are|our (?:mission|story|company|team|values|culture)|the team)\b/i,
    reason: 'the heading introduces the employer',
  },
  {
    // "You'll be great in this role if you:", "You'll thrive here if you": who the candidate is, before
    // "you'll" and "in this role" read it as duties.
    id: 'required.fit-if-you',
    lang: 'en',
    kind: 'required',
    re: /\b(?:great|successful|thrive|excel|a (?:good |great )?fit)\b.{0,25}\bif you\b/i,
    reason: 'the heading says who will do well in the role',
  },
  {
    id: 'required.requirements',
    lang: 'en',
    kind: 'required',
    re: new RegExp(
      `\\b(requirements?|qualifications?|(?:what )?you${APOS}(?:ll| will)? (?:need|bring)|what you have|what we${APOS}(?:re| are) looking for|what we look for|must[- ]haves?|essential|eligibility|minimum|basic|to be successful|(?:what )?we need to see|you should have|ideal candidate|your profile|your background|what it takes|who we${APOS}re looking for|you might be a fit|what we (?:need|require|expect)|we require|person specification|skills (?:and|&) experience|experience (?:and|&) skills|what you need)\\b`,
      'i',
    ),
    reason: 'the heading opens what the candidate must have',
  },
  {
    id: 'required.profile-de-fr',
    lang: 'de',
    kind: 'required',
    re: /\b(ihr profil|dein profil|profil recherché)(?=$|[\s:])/i,
    reason: '"Ihr Profil", "Dein Profil", "Profil recherché": what the candidate must have',
  },
  {
    id: 'duties.responsibilities',
    lang: 'en',
    kind: 'duties',
    re: new RegExp(
      `\\b(responsibilit\\w*|what you${APOS}(?:ll| will) do|you will|you${APOS}ll|the role|the job|duties|day[- ]to[- ]day|your impact|in this role|the opportunity|role overview|what you${APOS}ll be doing|your role|job description|overview|summary)\\b`,
      'i',
    ),
    reason: 'the heading opens what the job involves',
  },
  {
    id: 'required.you-have',
    lang: 'en',
    kind: 'required',
    re: /\b(you have|you bring|you are|skills|experience|education|licen[cs]es?|certifications?|competencies)\b/i,
    reason: 'the heading names skills, experience or credentials',
  },
];
