import {
  HISTORY_BLOCK,
  L,
  LN,
  REFERRER,
  SECOND_CONTACT,
  TEXTY,
  THIRD_PARTY_BLOCK,
  type TypeRule,
} from './shared.ts';

/** Who the candidate is and how to reach them: names, e-mail, phone, address. */
export const CONTACT_RULES: TypeRule[] = [
  {
    type: 'first_name',
    veto: [THIRD_PARTY_BLOCK, HISTORY_BLOCK],
    kinds: TEXTY,
    short: true,
    positive: [
      { re: '\\b(first|given|fore)[ -]?name\\b|\\bfirstname\\b|\\bfname\\b', score: 1, on: LN },
      // (de) (fr) (es) (nl) (pt) (it)
      {
        re: '\\bvorname\\b|\\bprenom\\b|^nombre$|\\bvoornaam\\b|\\bnome proprio\\b|\\bprimeiro nome\\b|\\bprenome\\b',
        score: 0.9,
        on: LN,
      },
      // a name field's sub-label ("Name" over inputs sub-labelled "First" / "Last")
      { re: '^(first|given)$', score: 0.85, on: ['label'] },
    ],
    negative: [
      {
        re: 'preferred|nick ?name|pronoun|middle|company|emergency|reference|first (and|&) last|' + REFERRER,
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
        re: '\\bnachname\\b|\\bfamilienname\\b|\\bnom de famille\\b|^nom$|\\bapellidos?\\b|\\bachternaam\\b|\\bcognome\\b|\\bsobrenome\\b|\\bultimo nome\\b',
        score: 0.9,
        on: LN,
      },
      { re: '^(last|family)$', score: 0.85, on: ['label'] },
      { re: '^apelidos?$', score: 0.85, on: ['label', 'name'] },
    ],
    negative: [
      {
        re: `preferred|maiden|company|emergency|reference|first (and|&|\\/) last|${REFERRER}`,
        score: 1,
        on: L,
      },
    ],
  },
  {
    type: 'full_name',
    veto: [THIRD_PARTY_BLOCK, HISTORY_BLOCK],
    kinds: TEXTY,
    short: true,
    positive: [
      // (zh) (ja) (pl): the whole name in one box
      { re: '^(姓名|氏名|お名前|imie i nazwisko)$', score: 0.9, on: L },
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
        re:
          'company|employer|business|school|university|referr|reference|emergency|manager|supervisor|recruiter|user ?name|pronounc|preferred|account|file|team|project|event|organi[sz]ation|\\bfirst\\b(?! (and|&|\\/) last)|(?<!first (and|&|\\/) )\\blast\\b|middle|family|nick|' +
          REFERRER,
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
    negative: [
      { re: 'referr|reference|manager|supervisor|recruiter|emergency', score: 1, on: L },
      // A second address ("alternative", "secondaria") is not where the person asked to be reached.
      { re: SECOND_CONTACT, score: 1, on: LN },
    ],
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
      { re: SECOND_CONTACT, score: 1, on: LN },
    ],
  },
  {
    type: 'address_line1',
    veto: [THIRD_PARTY_BLOCK, HISTORY_BLOCK],
    kinds: TEXTY,
    short: true,
    positive: [
      {
        re: '\\baddress\\b|\\bstreet\\b|stra(ss|ß)e\\b|\\badresse\\b|\\bdireccion\\b|\\bdomicilio\\b|\\bmorada\\b|\\bendereco\\b|\\blogradouro\\b|^indirizzo( di residenza)?$',
        score: 0.95,
        on: LN,
      },
      { re: 'address ?line ?1|\\baddr\\b', score: 1, on: ['name'] },
    ],
    negative: [
      {
        re: '\\baddress (city|town|zip|postal|post ?code|state|province|region|country|county)\\b|e-?mail|\\bip\\b|web|url|line ?2|address ?2|apartment|suite|\\bapt\\b|\\bbuilding\\b|\\bbldg\\b|建物|billing|electronique|adresszusatz|complement d.adresse|^(numero|number|n[o°º]|house number|hausnummer|numero civico|complemento|bairro)$|\\baddition\\b|(you|to|we|would|will|can) address\\b|\\baddress (a|an|the|this|that|these|those|any|such|it|them|issues?|conflicts?|problems?|concerns?|complaints?|challenges?)\\b',
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
      // (ja) (zh) (pl): the city
      { re: '市区(町村|郡)|^(城市|所在城市|miejscowosc|miasto)$', score: 0.9, on: L },
      {
        re: '\\bcity\\b|\\btown\\b|\\bstadt\\b|\\bwohnort\\b|^ort$|\\bville\\b|\\bciudad\\b|\\blocalidad\\b|\\bwoonplaats\\b|^plaats$|\\bcitta\\b|\\bcidade\\b|\\blocalidade\\b|\\bmunicipio\\b|^comune( di residenza)?$',
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
      // (ja) (zh) (pl): the region
      { re: '都道府県|省份|wojewodztwo', score: 0.9, on: L },
      {
        re: '\\bstate\\b|\\bprovince\\b|\\bregion\\b|\\bbundesland\\b|\\bprovincia\\b|\\bestado\\b|^distrito$|^uf$',
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
      { re: '^(cap|cep)$', score: 0.9, on: ['label', 'placeholder'] }, // (it) (pt-BR)
    ],
  },
  {
    type: 'country',
    veto: [THIRD_PARTY_BLOCK, HISTORY_BLOCK],
    kinds: [...TEXTY, 'select', 'radio-group'],
    short: true,
    positive: [
      { re: '\\bcountry\\b|\\bcountry of residence\\b', score: 0.95, on: LN },
      // (fr) "pays" only as a noun: "this job pays $15" is English
      {
        re: '^land$|\\bwohnsitzland\\b|^pays\\b|\\b(votre|le|du|de) pays\\b|\\bpays (de|d.)\\b|\\bpais\\b|\\bnazione\\b|\\bpaese\\b',
        score: 0.9,
        on: LN,
      },
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
];
