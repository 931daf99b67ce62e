import { ADDRESS_RULES } from './address.ts';
import {
  ANOTHER_PERSONS_CONTACT,
  ANOTHER_PERSONS_NAME,
  HISTORY_BLOCK,
  L,
  LN,
  type PatternRule,
  REFERRER,
  SECOND_CONTACT,
  SOMEONE_ELSES,
  TEXTY,
  THEIR_CONTACT,
  THIRD_PARTY_BLOCK,
  type TypeRule,
} from './shared.ts';

/**
 * A name the person no longer goes by ("Birth name (Geburtsname), if different from your current surname", "Maiden
 * name", "Previous surnames", "Other names used"; not a passport form's "Other names", its given names): a security vetting or background check's question, not today's name
 * (forms-dev44). (de) Geburtsname, (fr) nom de naissance. A name "previously known by", "formerly used", "gone by
 * before" is one too, whichever word comes first ("Any surname you have previously been known by", forms-dev46).
 * Nor a name asked only where it differs from the one given ("Surname on your CRTO registration, if it
 * differs", forms-dev47; "Name on your licence if different"): the form has the person's name already; this
 * one is another record's.
 */
const FORMER_NAME =
  '\\b(birth|maiden|former|previous|prior|earlier)[ -]?((sur|last|family|given|first|full|legal) ?)?names?\\b|\\bnames?\\b[^.?]{0,30}\\b(previously|formerly|before|in the past)\\b|\\b(previously|formerly) (been )?(known|called|named|used|registered)\\b|\\bnames? at birth\\b|\\bother names? (used|known by)\\b|\\bgeburtsname\\b|\\bnom de naissance\\b|\\bif different from your (current|present) (\\w+ )?name\\b|names?\\b[^.?|]{0,40}\\bif (it |they )?(differs?|different)\\b';

/**
 * The particle of a surname asked in a box of its own ("Tussenvoegsel (van, de, van der)", "Name affix (Namenszusatz)",
 * "Name prefix"): Dutch and German forms ask it beside the surname, under the same "Last name" group. The profile
 * keeps no particle apart from the surname, so none of the name's types fits it.
 */
const NAME_PARTICLE: PatternRule = {
  re: '\\btussenvoegsel\\b|\\bvoorvoegsels?\\b|\\bnamenszusatz\\b|\\bname (affix|prefix|particle)\\b',
  score: 1,
  // (the box's own caption or placeholder: the "Last name" group around it names the surname beside it)
  on: ['label', 'placeholder'],
};

/**
 * A name's reading written out in another script: Japanese forms ask for the name again in katakana beside it
 * ("フリガナ – セイ", `last_name_kana`), Chinese ones in pinyin. The profile keeps the name as written, so a
 * Latin or kanji name typed into a kana box is wrong, not a fill. So is a name asked in another script ("Full Name in
 * Arabic (as on Emirates ID)", forms-dev109).
 */
const NAME_READING: PatternRule = {
  re: '\\bkana\\b|\\bfurigana\\b|フリガナ|ふりがな|^(セイ|メイ|せい|めい)$|よみがな|\\bphonetic\\b|\\bpinyin\\b|拼音|\\bin (arabic|chinese|japanese|korean|hindi|thai|cyrillic|hebrew|greek|(your )?(native|local|own) (script|language|alphabet))\\b',
  score: 1,
  on: LN,
};

/** Who the candidate is and how to reach them: names, e-mail, phone, then the address (address.ts). */
export const CONTACT_RULES: TypeRule[] = [
  {
    type: 'first_name',
    veto: [THIRD_PARTY_BLOCK, HISTORY_BLOCK, NAME_PARTICLE, NAME_READING],
    kinds: TEXTY,
    short: true,
    positive: [
      { re: '\\b(first|given|fore)[ -]?name\\b|\\bfirstname\\b|\\bfname\\b', score: 1, on: LN },
      // (de) (fr) (es) (nl) (pt) (it)
      {
        re: '\\bvorname\\b|\\bprenom\\b|^nombre(s|\\(s\\))?$|\\bvoornaam\\b|\\bnome proprio\\b|\\bprimeiro nome\\b|\\bprenome\\b',
        score: 0.9,
        on: LN,
      },
      // a name field's sub-label ("Name" over inputs sub-labelled "First" / "Last")
      { re: '^(first|given)$', score: 0.85, on: ['label'] },
    ],
    negative: [
      {
        re: `preferred|nick ?name|pronoun|middle|company|emergency|reference|first (and|&) last|${REFERRER}|${ANOTHER_PERSONS_NAME}|${FORMER_NAME}`,
        score: 1,
        on: L,
      },
    ],
  },
  {
    type: 'last_name',
    veto: [THIRD_PARTY_BLOCK, HISTORY_BLOCK, NAME_PARTICLE, NAME_READING],
    kinds: TEXTY,
    short: true,
    positive: [
      { re: '\\b(last|family|sur)[ -]?name\\b|\\blastname\\b|\\blname\\b', score: 1, on: LN },
      {
        re: '\\bnachname\\b|\\bfamilienname\\b|\\bnom de famille\\b|^nom$|\\bapellidos?\\b|\\bachternaam\\b|\\bcognome\\b|\\bsobrenome\\b|\\bultimo nome\\b',
        score: 0.9,
        on: LN,
      },
      { re: '^(last|family)$', score: 0.85, on: ['label'] },
      { re: '^apelidos?$', score: 0.85, on: ['label', 'name'] },
    ],
    negative: [
      {
        re: `preferred|company|emergency|reference|first (and|&|\\/) last|${REFERRER}|${ANOTHER_PERSONS_NAME}|${FORMER_NAME}`,
        score: 1,
        on: L,
      },
    ],
  },
  {
    type: 'full_name',
    veto: [THIRD_PARTY_BLOCK, HISTORY_BLOCK, NAME_PARTICLE, NAME_READING],
    kinds: TEXTY,
    short: true,
    positive: [
      // (zh) (ja) (pl) (ko): the whole name in one box
      { re: '^(姓名|氏名|お名前|imie i nazwisko|이름|성명)$', score: 0.9, on: L },
      {
        re: '\\bfull[ -]?name\\b|\\blegal name\\b|^(your |candidate |applicant )?name$|first (and|&|\\/) last name|^name \\(first',
        score: 1,
        on: LN,
      },
      {
        // (de) (fr) (es) (nl) (pt) (it); a bare (it/pt) "Nome" beside "Cognome" becomes the given name in form-consistency.ts
        re: '\\bvollstandiger name\\b|\\bnom complet\\b|\\bnombre completo\\b|\\bvolledige naam\\b|\\bnome completo\\b|^nome e cognome$|^nome$',
        score: 0.9,
        on: L,
      },
      { re: '^(full )?name$', score: 0.9, on: ['name'] },
      // a box whose own help asks for the whole name ("Name to print on your ID badge" — "First and last name as
      // colleagues will see it", forms-dev47 Oracle): a help line weighs less than a label, so it only names an unnamed box
      { re: '^(your )?(first|given) (and|&) (last|family) names?\\b', score: 1, on: ['description'] },
    ],
    negative: [
      {
        // (not the parts listed as the one box's order: "Name (first, middle, last)", forms-dev106)
        re:
          '^(?!name \\((first|given)\\b[^)]*\\blast\\)\\W*$)[\\s\\S]*?(company|employer|business|school|university|\\breferr|reference|emergency|manager|supervisor|recruiter|user ?name|pronounc|preferred|account|file|team|project|event|organi[sz]ation|\\bfirst\\b(?! (and|&|\\/) last)|(?<!first (and|&|\\/) )\\blast\\b|middle|family|nick|' +
          `${REFERRER}|${SOMEONE_ELSES}|${ANOTHER_PERSONS_NAME}|${FORMER_NAME})`,
        score: 1,
        on: L,
      },
      // The salutation asked beside the name ("Title" under "Legal Name", `legalName.title`): Mr / Ms / Dr, not the name.
      // (de) Anrede, (fr) Civilité, (es) Tratamiento; and the suffix after it ("Suffix" under "Legal Name": Jr., III)
      {
        re: '^(title|salutation|honorific|prefix|suffix|name suffix|anrede|civilite|tratamiento)$',
        score: 1,
        on: ['label'],
      },
    ],
  },
  {
    type: 'email',
    veto: [THIRD_PARTY_BLOCK, HISTORY_BLOCK, THEIR_CONTACT],
    kinds: TEXTY,
    short: true,
    inputTypes: { email: 0.9 },
    positive: [{ re: 'e-?mail|correo|courriel|adresse electronique', score: 1, on: LN }],
    negative: [
      {
        // ("If yes, your Marrowbay employee number or work email": a former employee's account there, forms-dev70)
        re: `\\breferr|reference|manager|supervisor|recruiter|emergency|\\bemployee (number|no|id)\\b|\\buser ?name\\b|${SOMEONE_ELSES}|${ANOTHER_PERSONS_CONTACT}`,
        score: 1,
        on: L,
      },
      // The address a past application was sent from ("Have you applied before? … with which email address?").
      {
        re: '\\b(have|had) you (ever )?(previously )?(applied|interviewed)\\b|\\bwhich e-?mail\\b',
        score: 1,
        on: L,
      },
      // A second address ("alternative", "secondaria") is not where the person asked to be reached.
      { re: SECOND_CONTACT, score: 1, on: LN },
      // Pronouns the form will use in its emails ("Pronouns (optional). We'll use these in every email", forms-dev114)
      { re: '^(your |preferred )?pronouns?\\b', score: 1, on: ['label'] },
      // Nor is an address from the past: "Your Copperbeck work email address at the time", "Former work email", "Email
      // address you used while employed with us". (A bare "Work email" may be the only address a contact form asks:
      // the person's own, shared/corpus 13-general-contact.)
      {
        re: '\\b(former|previous|prior|old|past) (\\w+ )?e-?mail|\\be-?mail\\b[^?]{0,40}\\b(at the time|back then|(you )?used (while|when))\\b',
        score: 1,
        on: L,
      },
    ],
  },
  {
    type: 'phone',
    veto: [THIRD_PARTY_BLOCK, HISTORY_BLOCK, THEIR_CONTACT],
    kinds: TEXTY,
    short: true,
    inputTypes: { tel: 0.85 },
    positive: [
      { re: '\\bphone\\b|\\bmobile\\b|\\bcell\\b|telephone|contact number|phone number', score: 1, on: LN },
      {
        re: '\\btelefon|\\btelefoon|\\btelefone\\b|\\bhandy|\\bmobil(nummer|telefon)?\\b|\\btelephone\\b|\\bportable\\b|\\btelefono\\b|\\bmovil\\b|\\bcelular\\b',
        score: 0.9,
        on: LN,
      },
      { re: '\\btel\\b', score: 0.8, on: ['name'] },
    ],
    negative: [
      {
        re: '(country|phone|dial(ing)?|calling|area) ?(phone )?code$|^(country |phone |dial |calling |area )?(phone )?code\\b|extension|\\bext\\b|phone type|type of phone|device|\\breferr|reference|emergency|supervisor|manager|interview|availab',
        score: 1,
        on: LN,
      },
      { re: SECOND_CONTACT, score: 1, on: LN },
      { re: ANOTHER_PERSONS_CONTACT, score: 1, on: L },
      // "Employer Phone", "Company's telephone" in a job's entry: the employer's switchboard, not the person's.
      { re: "^(employer|company|organi[sz]ation)('?s)? (phone|telephone|tel)", score: 1, on: ['label'] },
      // "Work Phone", "Business telephone": the desk at the current job, not the number the person gives for calls.
      { re: '^(work|business|office) (phone|telephone|tel)\\b', score: 1, on: ['label'] },
    ],
  },
  ...ADDRESS_RULES,
];
