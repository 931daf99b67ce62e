import {
  ADDRESS_HISTORY,
  HISTORY_BLOCK,
  L,
  LICENCE_BLOCK,
  LICENSED_WHERE,
  LN,
  type PatternRule,
  TEXTY,
  THIRD_PARTY_BLOCK,
  type TypeRule,
  WHERE_QUALIFIED,
} from './shared.ts';

/**
 * Blocks whose addresses are not where the person lives now: a referee's, a past job's, a past home's, a licence's,
 * the places a registration is held.
 */
/** "Employer street address", "Company postcode", "Employer state / territory": the workplace's, not the person's. */
const EMPLOYERS_ADDRESS: PatternRule = {
  re: "^(current |previous |last )?(employer|company|business|organi[sz]ation)('?s)? ",
  score: 1,
  on: ['label'],
};
const ELSEWHERE = [
  THIRD_PARTY_BLOCK,
  HISTORY_BLOCK,
  ADDRESS_HISTORY,
  LICENCE_BLOCK,
  LICENSED_WHERE,
  EMPLOYERS_ADDRESS,
];

/**
 * The country of a phone number's dialling code, named only in the markup (react-phone-number-input's
 * `<select name="phoneCountry" aria-label="Pays">` laid over the flag): the number's, not where the person lives.
 */
const PHONE_COUNTRY: PatternRule = {
  re: '\\b(phone|tel|telephone|mobile|dial|dialling|dialing|calling)\\b',
  score: 1,
  on: ['name'],
};

/** A first line that asks for the flat or house number and the building: "Flat / House No., Building". */
const HOUSE_NUMBER_LINE = '^(flat|house|door)\\b.{0,30}\\b(no|number)\\b.{0,30}\\bbuilding\\b';

/** Where the candidate lives: street, city, state or region, postal code, country. */
export const ADDRESS_RULES: TypeRule[] = [
  {
    type: 'address_line1',
    veto: ELSEWHERE,
    // (a textarea too: "Home address (house number, street and town)" asked in one box of three rows, forms-dev44)
    kinds: [...TEXTY, 'textarea'],
    short: true,
    positive: [
      // (ja): the block number (番地) is asked in the box that takes the street part, whatever else it lists
      { re: '番地', score: 0.9, on: L },
      {
        re: '\\baddress\\b|\\bstreet\\b|\\bcalle\\b|stra(ss|ß)e\\b|\\badresse\\b|\\bdireccion\\b|\\bdomicilio\\b|\\bmorada\\b|\\bendereco\\b|\\blogradouro\\b|^indirizzo( di residenza)?$',
        score: 0.95,
        on: LN,
      },
      { re: 'address ?line ?1|\\baddr\\b', score: 1, on: ['name'] },
      // India's first line, "Flat / House No., Building" (the street and locality follow in the second line)
      { re: HOUSE_NUMBER_LINE, score: 0.95, on: ['label'] },
    ],
    negative: [
      {
        re: '^permanent (home |residential )?address$|\\baddress (city|town|zip|postal|post ?code|state|province|region|country|county)\\b|e-?mail|\\bip\\b|web|url|line ?2|address ?2|apartment|suite|\\bapt\\b|(?<!^(flat|house|door)\\b.{0,40})\\bbuilding\\b(?! and street)|\\bbldg\\b|^(建物|マンション|部屋)|billing|electronique|adresszusatz|complement d.adresse|^(numero|number|n[o°º]|house number|hausnummer|numero civico|complemento|bairro)$|\\baddition\\b|(you|to|we|would|will|can) address\\b|\\b(month|year|date|when)\\b.{0,40}\\b(moved|lived|resided|living)\\b|\\baddress (a|an|the|this|that|these|those|any|such|it|them|issues?|conflicts?|problems?|concerns?|complaints?|challenges?)\\b',
        score: 1,
        on: LN,
      },
      // India's second line names the street among the area, locality, sector or village ("Street, Area / Locality",
      // "Area, Street, Sector, Village"), after a first line that took the flat or house
      {
        re: '\\b(area|locality|sector|village|colony)\\b.{1,20}\\b(area|locality|sector|village|colony)\\b',
        score: 1,
        on: ['label'],
      },
      // A caption naming another part of the address ("County", "District") is that part, whatever the block
      // ("Home address") calls the whole.
      {
        re: '^(county|district|borough|parish|province|prefecture|region|state|town|city|post ?code|postal code|zip( code)?|country)( name)?$',
        score: 1,
        on: ['label'],
      },
    ],
  },
  {
    type: 'city',
    // ("Where are you currently based?" described as "The country you live in today", forms-dev108: a country)
    veto: [
      ...ELSEWHERE,
      {
        re: '^(the )?country\\b|\\bcountry (you|where you) (live|reside|are based)\\b',
        score: 1,
        on: ['description'],
      },
    ],
    kinds: [...TEXTY, 'select', 'combobox'],
    short: true,
    positive: [
      // (ja) (zh) (pl): the city
      { re: '市区(町村|郡)|^(城市|所在城市|miejscowosc|miasto)$', score: 0.9, on: L },
      {
        re: '\\bcity\\b|\\btown\\b|\\bsuburb\\b|\\bstadt\\b|\\bwohnort\\b|^ort$|\\bville\\b|\\bciudad\\b|\\blocalidad\\b|\\bwoonplaats\\b|\\blieu de residence\\b|\\bville de residence\\b|^plaats$|\\bcitta\\b|\\bcidade\\b|\\blocalidade\\b|\\bmunicipio\\b|^comune( di residenza)?$',
        score: 1,
        on: LN,
      },
      // (not "Where do you live? Street address": a compound widget's part caption names the part)
      {
        re: '^(current |your |home )?location( \\(city\\))?$|^where are you (currently )?(based|located)\\b|^where do you (currently )?live\\b(?![^?]*\\?\\s+[a-z])',
        score: 0.85,
        on: L,
      },
      { re: '^(current )?location$', score: 0.7, on: ['name'] },
    ],
    negative: [
      // (a relocation asked from where, "If you'd relocate: where would you be moving from? (city, country)", asks where
      // the person lives now, forms-dev43 Lever; the city relocated to is not. "City, country" names one place: the
      // city with its country, as blind labels type it, forms-dev20 / dev24 / dev43)
      {
        re: '(?<!\\bcity\\W{1,3}(and |or |& )?)country|postal|zip|willing|relocat(?![^?]{0,60}\\b(moving|relocating|coming) from\\b)|office|prefer|job location|work location|ethnic|citizen|birth|\\bborn\\b|番地',
        score: 1,
        on: L,
      },
      // An address asked in one box that names the town among its parts ("Home address (house number, street and
      // town)", forms-dev44): the address, the town one part of it.
      { re: '\\baddress\\b[^()]*\\([^)]*\\b(town|city)\\b', score: 1, on: L },
    ],
  },
  {
    type: 'state',
    veto: ELSEWHERE,
    // (radio pills too: "Which state or territory are you based in?" over NSW / VIC / QLD / WA, forms-dev48; a yes/no
    // group never reaches a type that is not asked yes or no)
    kinds: [...TEXTY, 'select', 'radio-group'],
    short: true,
    positive: [
      // (ja) (zh) (pl): the region
      { re: '都道府県|省份|wojewodztwo', score: 0.9, on: L },
      // (sv) län, (no) fylke: the region (Danish "region" is read below); (pt) "Distrito / Região Autónoma"
      { re: '^(lan|fylke)$|^distrito\\b|\\bregiao autonoma\\b', score: 0.9, on: L },
      {
        re: '\\bstate\\b|\\bprovince\\b|^prov\\.?$|\\bprovincie\\b|\\bregion\\b|\\bbundesland\\b|\\bprovincia\\b|\\bestado\\b|^distrito$|^uf$',
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
      // "If you completed your teacher training in Germany, in which federal state?": where it was won, not home.
      { re: WHERE_QUALIFIED, score: 1, on: L },
      // Workday's `regionSubdivision1` is the county under the state, not the state
      { re: '\\bsubdivision', score: 1, on: ['name'] },
    ],
  },
  {
    type: 'postal_code',
    veto: ELSEWHERE,
    kinds: TEXTY,
    short: true,
    positive: [
      {
        // (Ireland's postcode is the Eircode)
        re: '\\bzip\\b|zip ?code|郵便番号|우편번호|postal|post ?code|postcode|postleitzahl|\\bplz\\b|code postal|codigo postal|\\beircode\\b',
        score: 1,
        on: LN,
      },
      { re: '^(cap|cep)$', score: 0.9, on: ['label', 'placeholder'] }, // (it) (pt-BR)
    ],
    negative: [
      {
        // An address lookup offers the postcode as one way in ("Start typing a postcode or the first line of
        // your address"): the box finds the address, it is not the postcode box.
        re: '\\b(zip|post ?code|postal code)( code)? or (the |your |a |an )?(first line of (the |your )?|street |house )?address\\b|\\baddress or (a |your |the )?(zip|post ?code|postal code)\\b',
        score: 1,
        on: LN,
      },
    ],
  },
  {
    type: 'country',
    veto: [...ELSEWHERE, PHONE_COUNTRY],
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
      // "In which country did you gain that qualification?", "Country where you earned your degree": where a
      // qualification was won, not where the person lives.
      { re: WHERE_QUALIFIED, score: 1, on: L },
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
