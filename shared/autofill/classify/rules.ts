import type { FieldKind, FieldType } from '../types.ts';

/**
 * Field classification rules as versioned data (modelled on Chromium's
 * legacy_regex_patterns.json and Firefox's HeuristicsRegExp): per type, positive and
 * negative patterns with scores, the signals each pattern reads, and the control kinds
 * the type can take. Patterns run on lower-cased text with accents removed.
 * Locale tags: (de) German, (fr) French, (es) Spanish, (nl) Dutch, (it) Italian, (pt) Portuguese;
 * untagged = English.
 */
export const RULES_VERSION = '2026.11.22-1';

export type RuleSignal = 'label' | 'name' | 'placeholder' | 'group' | 'description' | 'context' | 'options';

export interface PatternRule {
  re: string;
  score: number;
  on: RuleSignal[];
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
}

/** Repeating history blocks: their company, title and dates are not the current ones. */
const HISTORY_BLOCK: PatternRule = {
  re: 'education|employment history|work history|work experience|(?<!current )\\bemployment\\b(?! (application|eligib|authori|visa|agree|restrict|type|status))|previous (employ|job|position)|\\bschool\\b|universit|degree',
  score: 1,
  on: ['group', 'context'],
};

/** Blocks about someone else (a referee, an emergency contact): their name, phone and e-mail are not the candidate's. */
const THIRD_PARTY_BLOCK: PatternRule = {
  re: '\\breferences?\\b|\\breferees?\\b|emergency contact|in case of emergency|next of kin',
  score: 1,
  on: ['group', 'context'],
};

/** A question about the candidate's experience that names a product or topic ("LinkedIn Ads",
 * "GitHub Actions", "salary benchmarking"), not a request for that datum. */
const EXPERIENCE_QUESTION =
  '^(describe|explain|walk us through|give an example)\\b|^(tell (us|me)|share) (about|how|a time|an example|your experience)|\\bexperience (with|in|using|running|of)\\b|\\bhave you (ever )?(used|worked|built|managed|run|maintained)\\b|familiar|proficien|\\bworkflows?\\b|\\bads\\b|\\bcampaigns?\\b';

const TEXTY: FieldKind[] = ['text', 'email', 'tel', 'url', 'number', 'combobox'];
const CHOICE: FieldKind[] = ['select', 'combobox', 'radio-group', 'checkbox-group', 'checkbox'];
const ANY_ANSWER: FieldKind[] = [...TEXTY, 'textarea', ...CHOICE];
const L: RuleSignal[] = ['label', 'placeholder', 'group'];
const LN: RuleSignal[] = ['label', 'placeholder', 'group', 'name'];
const Q: RuleSignal[] = ['label', 'group', 'description'];
const QC: RuleSignal[] = ['label', 'group', 'description', 'context'];

export const RULES: TypeRule[] = [
  {
    type: 'first_name',
    veto: [THIRD_PARTY_BLOCK, HISTORY_BLOCK],
    kinds: TEXTY,
    short: true,
    positive: [
      { re: '\\b(first|given|fore)[ -]?name\\b|\\bfirstname\\b|\\bfname\\b', score: 1, on: LN },
      { re: '\\bvorname\\b|\\bprenom\\b|^nombre$|\\bvoornaam\\b', score: 0.9, on: LN }, // (de) (fr) (es) (nl)
      // a name field's sub-label ("Name" over inputs sub-labelled "First" / "Last")
      { re: '^(first|given)$', score: 0.85, on: ['label'] },
    ],
    negative: [
      {
        re: 'preferred|nick ?name|pronoun|middle|company|emergency|reference|first (and|&) last',
        score: 1,
        on: L,
      },
    ],
  },
  {
    type: 'last_name',
    veto: [THIRD_PARTY_BLOCK, HISTORY_BLOCK],
    kinds: TEXTY,
    short: true,
    positive: [
      { re: '\\b(last|family|sur)[ -]?name\\b|\\blastname\\b|\\blname\\b', score: 1, on: LN },
      {
        re: '\\bnachname\\b|\\bfamilienname\\b|\\bnom de famille\\b|^nom$|\\bapellidos?\\b|\\bachternaam\\b|\\bcognome\\b|\\bsobrenome\\b',
        score: 0.9,
        on: LN,
      },
      { re: '^(last|family)$', score: 0.85, on: ['label'] },
    ],
    negative: [
      { re: 'preferred|maiden|company|emergency|reference|first (and|&|\\/) last', score: 1, on: L },
    ],
  },
  {
    type: 'full_name',
    veto: [THIRD_PARTY_BLOCK, HISTORY_BLOCK],
    kinds: TEXTY,
    short: true,
    positive: [
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
    ],
    negative: [
      {
        re: 'company|employer|business|school|university|referr|reference|emergency|manager|supervisor|recruiter|user ?name|pronounc|preferred|account|file|team|project|event|organi[sz]ation|\\bfirst\\b(?! (and|&|\\/) last)|(?<!first (and|&|\\/) )\\blast\\b|middle|family|nick',
        score: 1,
        on: L,
      },
    ],
  },
  {
    type: 'email',
    veto: [THIRD_PARTY_BLOCK, HISTORY_BLOCK],
    kinds: TEXTY,
    short: true,
    inputTypes: { email: 0.9 },
    positive: [{ re: 'e-?mail|correo|courriel|adresse electronique', score: 1, on: LN }],
    negative: [{ re: 'referr|reference|manager|supervisor|recruiter|emergency', score: 1, on: L }],
  },
  {
    type: 'phone',
    veto: [THIRD_PARTY_BLOCK, HISTORY_BLOCK],
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
        re: '(country|phone|dial(ing)?|calling|area) ?(phone )?code$|^(country |phone |dial |calling |area )?(phone )?code\\b|extension|\\bext\\b|phone type|type of phone|device|referr|reference|emergency|supervisor|manager|interview|availab',
        score: 1,
        on: LN,
      },
    ],
  },
  {
    type: 'address_line1',
    veto: [THIRD_PARTY_BLOCK, HISTORY_BLOCK],
    kinds: TEXTY,
    short: true,
    positive: [
      {
        re: '\\baddress\\b|\\bstreet\\b|stra(ss|ß)e\\b|\\badresse\\b|\\bdireccion\\b|\\bdomicilio\\b',
        score: 0.95,
        on: LN,
      },
      { re: 'address ?line ?1|\\baddr\\b', score: 1, on: ['name'] },
    ],
    negative: [
      {
        re: 'e-?mail|\\bip\\b|web|url|line ?2|address ?2|apartment|suite|\\bapt\\b|billing|electronique|(you|to|we|would|will|can) address\\b|\\baddress (a|an|the|this|that|these|those|any|such|it|them|issues?|conflicts?|problems?|concerns?|complaints?|challenges?)\\b',
        score: 1,
        on: LN,
      },
    ],
  },
  {
    type: 'city',
    veto: [THIRD_PARTY_BLOCK, HISTORY_BLOCK],
    kinds: TEXTY,
    short: true,
    positive: [
      {
        re: '\\bcity\\b|\\btown\\b|\\bstadt\\b|\\bwohnort\\b|^ort$|\\bville\\b|\\bciudad\\b|\\blocalidad\\b|\\bwoonplaats\\b|^plaats$|^citta$|^cidade$',
        score: 1,
        on: LN,
      },
      { re: '^(current |your |home )?location( \\(city\\))?$', score: 0.85, on: L },
      { re: '^(current )?location$', score: 0.7, on: ['name'] },
    ],
    negative: [
      {
        re: 'country|postal|zip|willing|relocat|office|prefer|job location|work location|ethnic|citizen|birth|\\bborn\\b',
        score: 1,
        on: L,
      },
    ],
  },
  {
    type: 'state',
    veto: [THIRD_PARTY_BLOCK, HISTORY_BLOCK],
    kinds: [...TEXTY, 'select'],
    short: true,
    positive: [
      {
        re: '\\bstate\\b|\\bprovince\\b|\\bregion\\b|\\bbundesland\\b|\\bprovincia\\b|\\bestado\\b',
        score: 0.9,
        on: LN,
      },
    ],
    negative: [
      {
        re: 'statement|united states|estate|status|please state|state ?\\(s\\)|\\bstates\\b|licen[cs]|issu(ed|ing)|birth|relocat|willing|\\b(like|want|wish|prefer(red)?|desired?|target|interested)\\b|state (your|the|any|why|how|whether)|country|city|civil',
        score: 1,
        on: L,
      },
    ],
  },
  {
    type: 'postal_code',
    veto: [THIRD_PARTY_BLOCK, HISTORY_BLOCK],
    kinds: TEXTY,
    short: true,
    positive: [
      {
        re: '\\bzip\\b|zip ?code|postal|post ?code|postcode|postleitzahl|\\bplz\\b|code postal|codigo postal',
        score: 1,
        on: LN,
      },
    ],
  },
  {
    type: 'country',
    veto: [THIRD_PARTY_BLOCK, HISTORY_BLOCK],
    kinds: [...TEXTY, 'select'],
    short: true,
    positive: [
      { re: '\\bcountry\\b|\\bcountry of residence\\b', score: 0.95, on: LN },
      { re: '^land$|\\bwohnsitzland\\b|\\bpays\\b|\\bpais\\b', score: 0.9, on: LN },
    ],
    negative: [
      {
        re: 'code|dial|calling|phone|telephone|sponsor|visa|authori[sz]|eligib|citizenship|countries|birth|\\bborn\\b|nationality|relocat|willing|\\b(like|want|wish|prefer(red)?|desired?|target|interested)\\b',
        score: 1,
        on: L,
      },
      // "City, country" / "Where are you based? (city, country)": one free-text location, not a country.
      { re: '\\bcity\\b|\\btown\\b', score: 1, on: ['label', 'placeholder'] },
      // `phone_country_code`, `dialCode`: the name of a dialling-code picker.
      {
        re: '\\b(phone|mobile|cell|tel|dial(ing)?|calling)\\b.*\\b(code|country)\\b|\\bcountry code\\b',
        score: 1,
        on: ['name'],
      },
    ],
  },
  {
    type: 'linkedin_url',
    kinds: [...TEXTY, 'textarea'],
    positive: [{ re: 'linked ?in', score: 1, on: LN }],
    negative: [{ re: EXPERIENCE_QUESTION, score: 1, on: L }],
  },
  {
    type: 'github_url',
    kinds: [...TEXTY, 'textarea'],
    positive: [{ re: 'git ?hub', score: 1, on: LN }],
    negative: [
      { re: 'gitlab|user ?name|handle', score: 1, on: L },
      { re: EXPERIENCE_QUESTION, score: 1, on: L },
    ],
  },
  {
    type: 'portfolio_url',
    kinds: [...TEXTY, 'textarea'],
    positive: [{ re: 'portfolio|behance|dribbble', score: 1, on: LN }],
    negative: [
      {
        re: 'upload|attach|file|invest|stock|asset|client|project portfolio|portfolio manag',
        score: 1,
        on: L,
      },
      { re: EXPERIENCE_QUESTION, score: 1, on: L },
    ],
  },
  {
    type: 'website_url',
    kinds: [...TEXTY, 'textarea'],
    positive: [
      {
        re: 'web ?site|web ?page|home ?page|personal (site|page|url|link)|\\bblog\\b|^url$|other (url|link)',
        score: 0.95,
        on: LN,
      },
      { re: '\\bwebseite\\b|\\bsite web\\b|\\bsitio web\\b|\\bpagina web\\b', score: 0.9, on: L },
      { re: '\\burls?\\b', score: 0.7, on: ['name'] },
    ],
    negative: [
      {
        re: 'twitter|facebook|instagram|tiktok|youtube|x\\.com|linked ?in|git ?hub|git ?lab|portfolio|stack ?overflow|dribbble|behance|medium|company|employer|job|posting|sample|blog post|article|publication|case study',
        score: 1,
        on: ['label', 'name'],
      },
    ],
  },
  {
    type: 'resume_file',
    kinds: ['file'],
    positive: [
      { re: 'resume|\\bcv\\b|curriculum|lebenslauf|hoja de vida', score: 1, on: [...LN, 'context'] },
    ],
    negative: [
      {
        re: 'cover|motivation|photo|picture|image|avatar|transcript|writing sample|portfolio|certificat',
        score: 1,
        on: LN,
      },
    ],
  },
  {
    type: 'cover_letter_file',
    kinds: ['file'],
    positive: [
      {
        re: 'cover ?letter|motivation|anschreiben|lettre de motivation|carta de presentacion',
        score: 1,
        on: [...LN, 'context'],
      },
    ],
  },
  {
    type: 'cover_letter_text',
    kinds: ['textarea'],
    positive: [
      {
        re: 'cover ?letter|motivation letter|anschreiben|motivationsschreiben|lettre de motivation|carta de presentacion|carta de apresentacao|lettera di presentazione|motivatiebrief|sollicitatiebrief',
        score: 1,
        on: [...LN, 'description'],
      },
    ],
  },
  {
    type: 'current_company',
    veto: [HISTORY_BLOCK, THIRD_PARTY_BLOCK],
    kinds: TEXTY,
    short: true,
    positive: [
      {
        re: "^(current |present |most recent )?(company|employer)( name)?$|^(your )?current (company|employer)\\b|^(your )?(current|present) or most recent (company|employer)( name)?$|(current|present|most recent) (company|employer)('s)? name|name of (your )?(current|present|most recent)",
        score: 0.95,
        on: L,
      },
      {
        re: '\\b(aktueller )?arbeitgeber\\b|^entreprise( actuelle)?$|^empresa( actual)?$',
        score: 0.85,
        on: L,
      },
      { re: '^(current )?(company|employer|org|organization)$|current company', score: 0.85, on: ['name'] },
    ],
    negative: [
      {
        re: 'size|industry|type|website|url|phone|address|e-?mail|agency|previous|past|worked|before|ever|years|how long|reason|leav|contact|may we|supervisor|manager',
        score: 1,
        on: L,
      },
    ],
  },
  {
    type: 'current_title',
    veto: [HISTORY_BLOCK, THIRD_PARTY_BLOCK],
    kinds: TEXTY,
    short: true,
    positive: [
      {
        re: '(current|present|most recent) (job |position |role )?title|^job title$|^position title$|^headline$',
        score: 0.9,
        on: LN,
      },
      { re: '\\bberufsbezeichnung\\b|\\bposte actuel\\b|\\bcargo actual\\b', score: 0.85, on: L },
    ],
    negative: [{ re: 'applying|apply for|desired|target|interested', score: 1, on: L }],
  },
  {
    type: 'years_experience',
    kinds: [...TEXTY, 'select'],
    positive: [
      {
        re: 'years? of (relevant |professional |work |total )?experience|how many years|experience \\(years\\)|years experience',
        score: 0.9,
        on: Q,
      },
      { re: 'jahre (an )?berufserfahrung|annees d.experience|anos de experiencia', score: 0.85, on: Q },
    ],
    negative: [
      {
        re: '\\b(with|using)\\b|\\bin (a|an|the|[a-z]+ing)\\b|experience [a-z]+ing\\b|\\bas an?\\b',
        score: 1,
        on: L,
      },
    ],
  },
  {
    type: 'salary_expectation',
    kinds: [...TEXTY, 'select', 'textarea'],
    positive: [
      {
        re: 'salary|compensation|pay (expectation|requirement)|desired pay|expected (pay|ctc)|\\bctc\\b|(desired|expected) (hourly |daily )?rate',
        score: 0.95,
        on: [...LN, 'context'],
      },
      {
        re: 'gehalt|salaire|salari(al|ales)|remuneration|salario|sueldo|pretension|salaris|retribuzione|stipendio|pretensao salarial',
        score: 0.9,
        on: L,
      },
    ],
    negative: [
      {
        re: '\\b(current|present)\\b.{0,20}\\b(salary|compensation|pay|ctc|package|earnings)|range for this|transparen|posted|disclos|(last|previous|past|prior|former) (job|role|position|employer)|offered|history|comfortable|(ok|okay) with',
        score: 1,
        on: [...L, 'name'],
      },
      { re: EXPERIENCE_QUESTION, score: 1, on: L },
    ],
  },
  {
    type: 'work_authorization',
    yesNo: true,
    kinds: ANY_ANSWER,
    positive: [
      {
        re: '(legally )?\\b(authori[sz]ed|eligible|entitled|permitted|able) to (legally )?work|right to work|work (permit|authori[sz]ation)|employment eligibility',
        score: 0.9,
        on: QC,
      },
      {
        re: 'arbeitserlaubnis|arbeitsgenehmigung|autorise a travailler|permiso de trabajo',
        score: 0.85,
        on: Q,
      },
      { re: 'legal documents|right to work|authori[sz]ed to work', score: 0.55, on: ['options'] },
    ],
    // "Able / eligible to work weekends, overtime, in the office": a schedule question, not a permit.
    negative: [
      {
        re: 'overtime|weekends?|holidays?|nights?|evenings?|shifts?|on-?site|in (the|an|our) office|remote(ly)?|hybrid|hours|days (a|per) week|travel|independently|fast-paced|outdoors',
        score: 1,
        on: Q,
      },
    ],
  },
  {
    type: 'sponsorship_required',
    yesNo: true,
    kinds: ANY_ANSWER,
    positive: [
      { re: 'sponsor|visa support|h-?1b|(require|need) (a |an )?(work |employment )?visa', score: 1, on: QC },
      { re: 'sponsorship', score: 0.55, on: ['options'] },
    ],
    negative: [{ re: 'clearance', score: 1, on: Q }],
  },
  {
    type: 'start_date',
    veto: [HISTORY_BLOCK],
    kinds: [...TEXTY, 'date', 'select'],
    positive: [
      {
        re: 'start date|earliest.*(start|begin|join)|(start|begin).*earliest|available to start|available from|when (can|could|would|will) you (be able to |be available to )?(start|begin|join)|how soon (can|could|would) you (start|begin|join)|date available|availability date',
        score: 0.9,
        on: LN,
      },
      {
        re: 'eintritt(sdatum|stermin)|fruhest|verfugbar ab|date de debut|disponibilite|fecha de inicio|incorporacion',
        score: 0.85,
        on: L,
      },
    ],
    negative: [{ re: 'deadline|timeline|end date|graduat|birth|\\b(month|year)$', score: 1, on: L }],
  },
  {
    type: 'how_did_you_hear',
    kinds: ANY_ANSWER,
    positive: [
      {
        re: 'how did you (hear|find|learn|come across)|where did you (hear|find|see|learn)|hear about (us|this)|referral source|^(candidate |application |applicant )?source$|source of (application|referral)',
        score: 0.95,
        on: [...Q, 'name'],
      },
      {
        re: 'wie (haben|sind) sie .*(erfahren|aufmerksam)|comment avez-vous connu|como (te|se) (entero|enteraste)',
        score: 0.9,
        on: Q,
      },
    ],
  },
  {
    type: 'gender',
    yesNo: true,
    kinds: [...CHOICE, 'text'],
    positive: [
      {
        re: '\\bgender\\b|\\bsex\\b|geschlecht|\\bgenre\\b|\\bgenero\\b|\\bsexo\\b',
        score: 1,
        on: [...QC, 'name'],
      },
      { re: '\\b(fe)?male\\b|\\bwom[ae]n\\b|non-?binary', score: 1, on: ['options'] },
    ],
    negative: [
      {
        re: 'lgbt|orientation|pronoun|transgender (identity|experience)|identify as transgender',
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
        re: '\\brace\\b|ethnic|hispanic|latin[oax]\\b|racial|\\braza\\b|\\betnia\\b|origine ethnique',
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
        re: 'veteran|military (service|status)|served in (the )?(military|army|navy|air force)|armed forces|vevraa',
        score: 1,
        on: [...QC, 'name'],
      },
      { re: 'protected veteran|\\bveteran\\b', score: 1, on: ['options'] },
    ],
  },
  {
    type: 'disability_status',
    yesNo: true,
    kinds: [...CHOICE, 'text'],
    positive: [
      { re: 'disabilit|handicap|behinderung|discapacidad', score: 1, on: [...QC, 'name'] },
      { re: '(have|had) a disability|\\bdisabilit', score: 1, on: ['options'] },
    ],
    negative: [{ re: 'accommodat|adjustment|accessib|assist you', score: 1, on: Q }],
  },
];
