import { CHOICE, Q, QC, type TypeRule } from './shared.ts';

/** Voluntary self-identification: filled only from the candidate's saved choices. */
export const EEO_RULES: TypeRule[] = [
  {
    type: 'gender',
    yesNo: true,
    // "If you are a male born after 1959, are you registered with the Selective Service?": a draft
    // registration whose options mention sex ("I am female"), not the sex question.
    veto: [{ re: 'selective service|military draft|draft registration', score: 1, on: Q }],
    kinds: [...CHOICE, 'text'],
    positive: [
      {
        re: '\\bgender\\b|\\bsex\\b|geschlecht|\\bgenre\\b|\\bgenero\\b|\\bsexo\\b|\\bsesso\\b|^(性別|性别)$',
        score: 1,
        on: [...QC, 'name'],
      },
      // choices that name the sexes: (fr) femme / homme, (es) mujer / hombre, (de) weiblich / männlich; a share of
      // them, not one unit among nine ("Labor & Delivery / Women's Services" in a clinical-specialty list, forms-dev66)
      {
        re: '\\b(fe)?male\\b|\\bwom[ae]n\\b|non-?binary|\\b(femme|homme|mujer|hombre|weiblich|mannlich)\\b',
        score: 1,
        on: ['options'],
        share: 1 / 4,
      },
      // Employment-equity wording: "Do you identify as a woman?" asks the sex question as yes / no (a bilingual
      // label goes on in the other language after the question mark).
      {
        re: '\\b(self-)?identify (yourself )?as (a |an )?(woman|man|female|male|non-?binary( person)?)(\\?|$)',
        score: 1,
        on: Q,
      },
    ],
    negative: [
      {
        re: 'lgbt|orientation|pronoun|transgender (identity|experience)|identify as transgender|(registered|assigned) at birth',
        score: 1,
        on: Q,
      },
    ],
  },
  {
    type: 'race',
    yesNo: true,
    kinds: [...CHOICE, 'text'],
    positive: [
      {
        re: '\\brace\\b|ethnic|hispanic|latin[oax]\\b|racial|\\braza\\b|\\betnia\\b|origine ethnique|visible minorit|minorite visible',
        score: 1,
        on: [...QC, 'name'],
      },
      {
        re: 'african american|pacific islander|alaskan? native|two or more races',
        score: 1,
        on: ['options'],
      },
    ],
  },
  {
    type: 'veteran_status',
    yesNo: true,
    kinds: [...CHOICE, 'text'],
    positive: [
      {
        re: 'veteran|military (service|status)|served in (the )?(\\S+ )?(military|army|navy|air force)|armed forces|defen[cs]e force|vevraa',
        score: 1,
        on: [...QC, 'name'],
      },
      { re: 'protected veteran|\\bveteran\\b', score: 1, on: ['options'], share: 1 / 3 },
    ],
    negative: [
      // A date the status is dated by ("Recently separated veterans: date of discharge or release from active
      // duty", forms-dev118): a date the profile does not hold, never the status itself
      { re: '\\b(date|when)\\b[^?]{0,30}\\b(discharge|release|separat)', score: 1, on: ['label'] },
    ],
  },
  {
    type: 'disability_status',
    yesNo: true,
    kinds: [...CHOICE, 'text'],
    // "Which of the hiring paths open on this announcement do you qualify for?" (USA Staffing): one path is for
    // people with disabilities among others; the question asks the routes of hire, not the person's status.
    veto: [
      {
        re: '\\bhiring paths?\\b|\\bappointing authorit|\\bspecial hiring authorit',
        score: 1,
        on: ['label'],
      },
    ],
    positive: [
      {
        re: 'disabilit|handicap|behinder(ung|t)|gleichgestellt|discapacidad|deficiencia|\\bpcd\\b|categorie protette|\\brqth\\b|invalidit',
        score: 1,
        on: [...QC, 'name'],
      },
      { re: '(have|had) a disability|\\bdisabilit', score: 1, on: ['options'], share: 1 / 3 },
      // "Do you consider yourself to be disabled, as defined by the Equality Act 2010?", "Are you disabled?": the
      // person (not a disabled veteran, the veteran question; not "caring for someone who is ill, disabled or elderly")
      { re: '\\b(you|yourself)\\b[^?]{0,15}\\bdisabled\\b(?! veteran)', score: 1, on: Q },
    ],
    negative: [
      { re: 'accommodat|adjustment|accessib|assist you', score: 1, on: Q },
      // Which disability ("Tipo de deficiência", "Type of disability", "Art der Behinderung"): a
      // detail the profile does not hold, never its yes / no (Gupy, forms-dev72)
      {
        re: '(?<!\\b(any|some|algun|alguna|algum|alguma|qualquer|cualquier|ningun|ninguna|nenhum|nenhuma|irgendeine) )\\b(type|kind|nature|tipo|natureza|naturaleza|art)s? (of|de|da|do|der) (your |sua |su )?(disabilit|deficiencia|discapacidad|behinderung|handicap)',
        score: 1,
        on: Q,
      },
      // A licence box whose example names a teaching field ("Other license fields", e.g. "Moderate Disabilities
      // (PreK-8)", forms-dev65): the licence, not the person
      { re: '\\blicen[cs](e|es|ure)\\b|\\bcertificat|\\bendorsements?\\b', score: 1, on: ['label'] },
      // The disability form's own date, name, language and employee-id boxes are not the answer to it
      // (an id naming the form, "selfIdentifiedDisabilityData--language", says only where the box sits).
      {
        re: '^(date|today.s date|name|your name|signature|employee (id|number)|language)\\b',
        score: 1,
        on: ['label'],
      },
    ],
  },
];
