import type { FieldKind, FieldType, RuleSignal } from '../../types.ts';

/** The shapes of the rule data, and the pieces several field families share. */

export type { RuleSignal };

export interface PatternRule {
  re: string;
  score: number;
  on: RuleSignal[];
  /**
   * On the choices: the least share of them that must match. Every answer to "Are you a protected veteran?" but
   * the decline speaks of veterans; a list that holds one such choice among others (hiring paths, document
   * types) asks something else.
   */
  share?: number;
}

export interface TypeRule {
  type: FieldType;
  kinds: FieldKind[];
  positive: PatternRule[];
  negative?: PatternRule[];
  /** A score granted by the input type alone (type=email is an email field). */
  inputTypes?: Record<string, number>;
  /** Short contact fields: a long question mentioning the word is probably about something else. */
  short?: boolean;
  /** The type can be asked as a yes/no question ("Are you Hispanic/Latino?", "Do you require sponsorship?"). */
  yesNo?: boolean;
  /** Context that rules the type out whatever else matched (an education block's "Start date"). */
  veto?: PatternRule[];
  /**
   * Wording that keeps the type but makes the profile's answer a guess ("years of experience with
   * Python" is a years question, but not all of the person's years): the field is shown as "needs you"
   * with the suggestion, never filled on its own.
   */
  doubt?: PatternRule[];
}

/**
 * An employer named as a past one ("Previous employer", "Previous employment", "The job you held before your present
 * one", "Employer before that", "Employment history – position 2"): not the job held now. Not "Present or most recent
 * employer". The one list of these phrases: a block's subject (block-subject.ts) and the history veto (HISTORY_BLOCK)
 * both read it.
 */
export const PAST_EMPLOYER =
  '\\b(previous|prior|former|past|earlier) (employ(er|ment|ee)|job|position|role|workplace)s?\\b|\\b(employer|job|position|role)( you (held|had))? (before|prior to) (that\\b|(the|your) (current|present|one you have now)\\b)|\\b(employer|job|position) (#\\s?)?[2-9]\\b';

/**
 * Repeating history blocks, and a past employer named as one (PAST_EMPLOYER): their company, title and dates are not
 * the current ones. A numbered employer entry ("Employer 1 (current or most recent)", "Employer #2", "Job 2",
 * forms-dev46) is one: its street, city and phone are that employer's. So is the employer named by its place in time ("Your employer before the current one", forms-dev48).
 */
export const HISTORY_BLOCK: PatternRule = {
  // (not "… the one you would use for your employment contract": the job's contract, help beside a citizenship select
  // that reaches the next box's text, forms-dev42)
  re: `\\b(employer|job) (#\\s?)?[1-9]\\b|education|employment history|work history|work experience|(?<!current |recent )\\bemployment\\b(?! (application|eligib|authori|visa|agree|contract|restrict|type|status))|${PAST_EMPLOYER}|(^|\\| )(add|edit) (an? )?(work |professional )?experience( \\||$)|\\b(your )?(last|previous|past|recent) (\\w+ ){0,2}(jobs|positions|employers|assignments|placements)\\b|\\bschool\\b|universit|degree`,
  score: 1,
  on: ['group', 'context'],
};

/**
 * One box asking for a past home in the past tense ("If you have been at this address less than three years, where did
 * you live before?", forms-dev46), or named so with no caption ("txtPriorAddr", "prev_address"): that home's, not today's.
 */
export const LIVED_BEFORE = '\\bwhere did you (live|reside)\\b';
export const PAST_HOME_NAMED = '\\b(previous|prior|former|prev|old) addr(ess)?\\b';

/**
 * An address history ("Addresses for the past 3 years", "please list every address you have lived at in the last five
 * years", forms-dev44): only its current row is where the person lives.
 */
export const ADDRESS_HISTORY: PatternRule = {
  re: `address history|residen(tial|ce) history|(previous|prior|former|past) ((home |residential |street )?address|residence)|${LIVED_BEFORE}|${PAST_HOME_NAMED}|addresses (for|in|over|during) the (last|past)|\\baddress(es)? you (have )?(lived|resided) at (before\\b|(in|over|during|for) the (last|past)\\b)`,
  score: 1,
  // the label too: a row with no caption of its own is labelled by the block's legend; the description too: a
  // background check's boxes may be told only there to take "the address you lived at before it"; the name too: a
  // label-less box may be named only so ("txtPriorAddr", forms-dev46)
  on: ['label', 'group', 'context', 'description', 'name'],
};

/**
 * A place asked as where a qualification or training was won ("In which country did you gain that qualification?",
 * "If you completed your teacher training in Germany, in which federal state?"): not where the person lives.
 */
export const WHERE_QUALIFIED =
  '\\b(qualifi\\w*|degrees?|diplomas?|certificat\\w*|gain(ed)?|obtain(ed)?|earn(ed)?|awarded|studied|trained|training)\\b';

/** A licence or permit block ("Driver's License", "Licenses[0].IssuingState"): its state is the issuer, not home. */
export const LICENCE_BLOCK: PatternRule = {
  re: '\\blicen[cs](e|es|ure)\\b',
  score: 1,
  on: ['group', 'name'],
};

/**
 * A place asked as where a licence or registration is held ("Dental hygiene registration – list each province
 * where you are registered", "states in which you hold a licence"): where the person may practise, not home.
 */
export const LICENSED_WHERE: PatternRule = {
  re: '\\b(provinces?|states?|jurisdictions?|territor(y|ies)|countr(y|ies))\\b[^.?]{0,20}\\b(where|in which) you (are|were|have been|hold|held)\\b[^.?]{0,30}\\b(registered|licen[cs]ed|certified|registration|licen[cs]es?)\\b',
  score: 1,
  on: ['label', 'description', 'group'],
};

/**
 * Blocks about someone else (a referee, an emergency contact, a lease's guarantor, a minor's parent or guardian, the
 * person's line manager or supervisor): their name, job title, phone and e-mail are not the candidate's.
 */
/**
 * A block headed by another person named by what they are to the candidate or the employer ("Your spouse / partner",
 * "Relative employed here", "Agency contact"): read on a block's title only (block-subject.ts), where its bare Name,
 * Email and Phone are theirs. Not "partner" alone ("Partner with us", "Partner organisation").
 */
export const RELATION_BLOCK =
  '\\b(spouse|civil partner|domestic partner|husband|wife)\\b|\\b(relatives?|family members?)( \\w+)? (employed|working|who (works?|is employed))\\b|\\b(agency|recruiter|recruitment) (contact|consultant)\\b';

export const THIRD_PARTY_BLOCK: PatternRule = {
  // ("Job reference: 25/0412", "reference number" name the posting or a file, not a referee; "Your current line
  // manager" heads that manager's Name / Job title / Email address, forms-dev42; not "line management experience";
  // a person named by what they are to the candidate, "Someone who managed you in the last 3 years", forms-dev49;
  // "In an emergency, who should we call?" names the person to call as the emergency contact does; a referrer's
  // block, "Referrer — complete only if an employee referred you", or its boxes' ids, forms-dev89 Taleo; "Who should
  // we ring if something happens on a run?"; the referees' and emergency contacts' blocks in Swedish, German, Spanish,
  // Dutch and French: "Referens", "Noodcontact", forms-dev50 and forms-dev74)
  re: "(?<!\\b(job|vacancy|position|requisition|posting|advert|role|application) )\\breferences?\\b(?!:? ?(number|no\\b|code|id\\b))|\\breferees?\\b|\\breferrer'?s?\\b|\\bletter[- ]?writers?\\b|\\brelatives?\\b|\\bfamily members?\\b|\\brecommenders?\\b|\\bletters? of (recommendation|reference)\\b|emergency contact|in case of (an )?emergency|\\bwho (should|shall|can|may|do) we (call|ring|phone|notify|contact) (if|in case|should|when)\\b|\\b(referens(er)?|referenzen|referencias|referenties?|noodcontact(persoon)?|notfallkontakt|contacto de emergencia|contact d.urgence)\\b|\\bin (an|the event of an?) emergency\\b|next of kin|\\bguarantors?\\b|\\bco-?signers?\\b|\\bparents?,?( (or|and) | ?/ ?)(legal )?guardians?\\b|\\blegal guardians?\\b|\\bguardian'?s\\b|\\byour (current |present |former |previous |most recent |last )?(line manager|supervisor|manager)\\b|\\bline manager('s|s'| details| contact)|\\b(someone|somebody|a person|the person|a colleague|a manager|a supervisor) who (has |have |can |could |will )?(managed|supervised|line[- ]managed|employed|mentored|taught|worked (with|alongside)|vouch(ed)? for|speak for) you\\b",
  score: 1,
  // the name too: a referee table's row ("referees-1-email") may have no group of its own
  on: ['group', 'context', 'name'],
};

/** A second way to reach the person ("Alternative phone", "E-mail secondaria"): not the one the profile holds. */
export const SECOND_CONTACT =
  '\\b(alternat\\w*|altern\\w*|second(ary|aria|ario)?|other|outro|otro|autre|weitere|zweite)\\b';

/** Someone who referred the candidate ("Quem te indicou?", "collaborateur qui vous a coopté"): their name is not the candidate's. */
export const REFERRER =
  '\\b(referr\\w*|indicou|indicacao|indicad\\w*|coopt\\w*|parrain\\w*|collaborat(eur|rice|ore)|colaborador\\w*|dipendente|recomend\\w*|recommand\\w*|empfohlen|geworben)\\b';

/**
 * A caption for another person's contact ("Their email", "Their full name", "Friend's name", a follow-up's "If yes,
 * their full name"): not the candidate's.
 */
export const SOMEONE_ELSES = "^(if (yes|so)[,:]? )?(their|(your )?friend'?s?)\\b";

/** Another person's possessive ("relative's", "your consultant's"); the candidate's own ("Applicant's") is not. */
const ANOTHER_PERSONS = "\\b(?!(applicant|candidate|employee|student|person)['’]s\\b)[a-z]+['’]s";

/**
 * A name asked with another person's possessive ("give the relative's full name", "Spouse's name", "your manager's
 * first name"): that person's name, not the candidate's. The candidate's own ("Applicant's full name") is kept.
 */
export const ANOTHER_PERSONS_NAME = `${ANOTHER_PERSONS} (full |legal |first |last |given |family )?name\\b`;

/**
 * A way to reach someone asked with their possessive ("consultancy and your consultant's email", "Agent's mobile", "the
 * hiring manager's work e-mail", forms-dev47 Personio): that person's, not the candidate's.
 */
export const ANOTHER_PERSONS_CONTACT = `${ANOTHER_PERSONS} (\\w+ )?(e-?mail|(tele)?phone|mobile|cell|contact number)\\b`;

/**
 * A question asking for another person's address or number inside a longer sentence ("If a team member referred
 * you, enter their @acme.com email address"): "their" right before it says whose, however long the question.
 */
export const THEIR_CONTACT: PatternRule = {
  re: '\\btheir(\\s+\\S+){0,3}?\\s+(e-?mail|(tele)?phone|mobile|cell|contact (number|details))\\b',
  score: 1,
  on: ['label'],
};

export const TEXTY: FieldKind[] = ['text', 'email', 'tel', 'url', 'number', 'combobox'];
export const CHOICE: FieldKind[] = ['select', 'combobox', 'radio-group', 'checkbox-group', 'checkbox'];
export const ANY_ANSWER: FieldKind[] = [...TEXTY, 'textarea', ...CHOICE];
export const L: RuleSignal[] = ['label', 'placeholder', 'group'];
export const LN: RuleSignal[] = ['label', 'placeholder', 'group', 'name'];
export const Q: RuleSignal[] = ['label', 'group', 'description'];
export const QC: RuleSignal[] = ['label', 'group', 'description', 'context'];
