import type { Salary } from '../types.ts';

/**
 * The amount and range patterns, period wording and context words that money-matches.ts and
 * salary-period.ts read, as data (the currency tables are in currency-marks.ts).
 */

export type Period = NonNullable<Salary['period']>;

const SYM = String.raw`(?:US\$|CA\$|CAN\$|C\$|AU\$|A\$|NZ\$|SG\$|S\$|HK\$|MX\$|R\$|\$|€|£|¥|₹|₩|₪|₱|฿|(?<![A-Za-z])RM(?=\s?\d))`;
const ISO_RE = '(?:[A-Z]{3})';
// 1,234,567.89 | 1.234.567,89 | 1 234 567 | 1234.5 | 45
const NUM = String.raw`\d{1,2}(?:,\d{2}){1,3},\d{3}|\d{1,3}(?:[,.\u00a0\u202f' ]\d{3}){1,3}(?:[.,]\d{1,2})?|\d{1,9}(?:[.,]\d{1,2})?`;
const MULT = String.raw`(?:\s?((?:k|K|m|M|mil|million|thousand|tsd\.?|Tsd\.?|L|[Ll]akhs?|[Ll]acs?|LPA|Cr|[Cc]rores?)(?![a-zA-Z\u00c0-\u024f])|T(?=€|EUR\b|CHF\b)|[万萬만千천]))?`;
// (A symbol right before a digit opens the next amount: "$68,000 $78,000" is two, not "$68,000 $".)
// "T€" / "TEUR" / "TCHF": thousands of euros or francs, as German-speaking pages shorten them
// ("72 – 84 T€", "65 TEUR"); a capital T only right before the currency.
const AMOUNT = String.raw`(?:(${SYM}|${ISO_RE})\s?)?(${NUM})${MULT}(?:\s?(${SYM}(?!\s?\d)|${ISO_RE}(?![a-zA-Z])|[Ee]uros?|€|zł|Kč|kr\b|[Yy]en\b|[円元원块]))?`;
// "between X and Y" in each language: and, e (pt, it), y (es), et (fr), und (de), en (nl); "od X do Y" (pl, cs).
// "$62,453.00 up to $79,206.00 per year": a public scale's first step up to its last.
const SEP = String.raw`\s{0,3}(?:-|–|—|~|～|〜|up to|to|and|e|y|et|und|en|bis|à|a|au|hasta|tot|until|till|do|\/)\s{0,3}`;
// "$120K/yr - $150K/yr": a period may sit on the lower bound too. So may the step, grade or level the
// bound belongs to ("$51,584 (Step 1) to $68,120 (Step 9)": a pay grade's first and last step), or
// the bound's name on a public pay table ("$23.18 (entry) to $31.02 (max.)").
const UNIT = String.raw`(?:\s?\/\s?(?:yr|year|hr|hour|h|mo|month|day|wk|week|año|ano|an|anno|[Jj]ahr|mes|mês|mois|mese|[Mm]onat|hora|heure|ora|[Ss]tunde|[Ss]td|día|dia|jour|giorno|[Tt]ag))?(?:\s?\((?:[Ss]tep|[Gg]rade|[Ll]evel|[Bb]and|[Mm]in(?:imum)?|[Ss]tart(?:ing)?|[Ee]ntry|[Ll]ow)(?:\s?[\w.]{1,3})?\))?`;
export const RANGE_RE = new RegExp(`${AMOUNT}(?:${UNIT}${SEP}${AMOUNT})?`, 'g');
/** One amount at a given position (sticky), its groups numbered as RANGE_RE's first amount. */
export const ONE_AMOUNT_RE = new RegExp(AMOUNT, 'y');
/**
 * Counted things after a number, not money: years, days, hours, staff (en, pt, es, fr, de, it, nl).
 * "€45.000 e 25 dias" is an amount and a count, not a range; "the 30-hour position" counts hours;
 * "in 14 payments", "14 pagas" count the salary's payments a year (Spain, Portugal, Italy).
 */
export const COUNT_AFTER =
  /^(?:-(?:hour|day|week|month|year)s?|\s?(?:\+ years|years?|yrs|employees|people|hours|days|weeks|countries|dias|días|jours|tage[ns]?|giorni|dagen|horas|heures|stunden|ore|uur|anos|años|ans|jahre[ns]?|anni|jaar|semanas|semaines|wochen|settimane|weken|funcionários|empleados|salariés|mitarbeiter\p{L}*|dipendenti|medewerkers|payments|instal?lments|pagas|mensualidades|mensilità))(?!\p{L})|^\s?(?:年(?!薪)|个月|ヶ月|か月|歳|세|년(?!\s?연봉)|개월|명|人)/iu;

/**
 * "+ super", "+ VAT", "+ bonus" after a figure: the pay with something paid on top of it (Australia's
 * superannuation, a contractor's VAT, a bonus), so the figure is the pay itself, not its lower bound.
 */
export const PLUS_ON_TOP =
  /^\s?\+\s?(?:\d{1,2}(?:[.,]\d{1,2})?\s?%\s?)?(?:super(?:annuation)?|vat|gst|bonus(?:es)?|benefits|pension|kiwisaver|equity|stock|shares|commission|car|allowances?|tips|incentives?|overtime|on-?call|(?:housing|travel|meals?|lodging)\s+(?:stipends?|allowances?)|stipends?|per diems?)\b/i;

/**
 * A telephone number, not a bare pay range: an area code in brackets or a country code just before
 * ("(719) 555-0142", "+1 555-0142"), a phone word just before ("Tel. 555-0142", "call 555-0142"),
 * the area code itself with the number after it ("(719" + ") 555-0142"), or a group that keeps its
 * leading zero ("555-0142": no amount is written "0142").
 */
export const PHONE_BEFORE =
  /(?:\(\d{2,5}\)|\+\d{1,3}|\b(?:phone|tel|telephone|call|fax|mobile|text)\b\.?:?)[\s.-]?$/i;
export const PHONE_AFTER = /^\)?[\s.-]?\d{3}[\s.-]\d{4}(?!\d)/;
export const LEADING_ZERO_GROUP = /(?<![\d.,])0\d{2,}/;

/**
 * A standard's designation right before a number ("tests to AS 1731 / ISO 23953 conditions", "EN
 * 1090", "IEC 61131-3"): the number names the standard, not pay, whatever pay words sit near it.
 * Upper case only: "as 50,000" in a sentence is not a standard.
 */
export const STANDARD_BEFORE =
  /\b(?:AS(?:\/NZS)?|ISO(?:\/IEC)?|IEC|EN|BS(?: EN)?|DIN|ASTM|ANSI|NFPA|IEEE|UL|CSA|SAE)\s?$/;

/**
 * A line that labels a count of time, not pay: "Hours Per Week: 40", "Weekly hours: 37.5", "Days on
 * site: 3", or a chip row's "Hours Per Week: · 40". A bare number under it is the count, whatever pay wording sits
 * on the lines around it.
 */
export const COUNT_LABEL =
  /(?:^|\s)(?:(?:weekly|daily|monthly|contracted|working|scheduled|expected|standard)\s+)?(?:hours|days|weeks|shifts)(?:\s+(?:per|a|each|every|on)\s+(?:week|day|month|year|shift|site))?\s*:?[\s·•|]*$/i;

/**
 * Pay for a shift or a night ("$195 - $225 per overnight shift", "£110 per sleep-in night", "$180 a
 * night"): a fixed sum for one shift, so a day's rate (schema.org has no shift unit), never an hour's.
 */
const PER_SHIFT = String.raw`\b(?:per|an?|each)\s+(?:(?:overnight|night|day|evening|weekend|sleep[- ]in|\d{1,2}[- ]hours?)\s+)?(?:shift|night|overnight)\b`;

export const PERIOD_WORDS: ReadonlyArray<[RegExp, Period]> = [
  [
    /\b(?:per|an?|\/|each|every)\s?(?:hour|hr|h)\b|\bhourly\b|\/\s?h(?:ou)?r\b|\bpro stunde\b|\bstundenlohn\b|\bper uur\b|\bde l'heure\b|\bpar heure\b|\bstündlich\b|\bp\/h\b|\bph\b|時給|时薪|시급|\/\s?(?:小时|時間)|每小时|\btim(?:e)?l[öø]nn?|\btuntipalk|\bi timen\b|\bper time\b/i,
    'HOUR',
  ],
  [
    new RegExp(
      String.raw`\b(?:per|an?|\/|each)\s?day\b|\bdaily\b|\bday rate\b|\bper diem\b(?![\s-]+(?:\(prn\)\s+)?(?:positions?|roles?|jobs?|basis|shifts?|staff|employees?|pool|nurses?|therapists?|workers?|status|schedule))|\bpro tag\b|\bpar jour\b|\/\s?(?:day|jour|tag)\b|${PER_SHIFT}|日給|日薪|일급|\/\s?天|每天`,
      'i',
    ),
    'DAY',
  ],
  [
    /\b(?:per|an?|\/|each)\s?(?:week|wk)\b|\bweekly\b|\bpro woche\b|\bwöchentlich|\bpar semaine\b|(?<![a-z])à la semaine\b|\bhebdomadaire|\/\s?(?:semaine|sem\.|woche)(?![a-z])|\bpor semana\b|\bsemanal(?:es)?\b|\ba settimana\b|\bsettimanal[ei]\b/i,
    'WEEK',
  ],
  [
    /\b(?:per|an?|\/|each)\s?(?:month|mo|mth)\b|(?<!\b(?:semi|bi)-?)\bmonthly\b|\bpro monat\b|\bim monat\b|\bmonatlich|\bmonats(?:gehalt|lohn)\b|\/\s?(?:monat|mois|mes|mese|maand)\b|\/\s?mês(?![a-z])|\bpar mois\b|\bmensuel|\bal mes\b|\bpor m[eê]s(?![a-z])|\bmensal\b|\bbrutto\s?\/?\s?monat|\bper maand\b|\bmiesięcznie\b|\/\s?mo(?:nth)?\b|\bper m[åa]n(?:ad|ed)\b|\bi m[åa]naden\b|\bom m[åa]neden\b|\/\s?mån\b|\bměsíčně|\bmensual(?:es)?\b|\bmensili\b|\bal mese\b|月給|月収|月薪|월급|(?<![\d年])\d{2}薪|\bm[åa]nadsl[öø]n|\bm[åa]neds?l[øo]nn?|\bkuukausipalk|\/\s?kk\b|\bi m[åa]neden\b|\bkuukaudessa\b|\/\s?月|每月/i,
    'MONTH',
  ],
  [
    /\b(?:per|an?|\/|each)\s?(?:year|yr|annum)\b|\bannual(?:ly)?\b|\byearly\b|\bp\.?\s?a\.?(?![a-z])|\bpro jahr\b|\bim jahr\b|\/\s?(?:jahr|an|año|anno|jaar)(?![a-z])|\bper jaar\b|\bjährlich|\bjahresgehalt|\bpar an\b|\bannuel|\bal año\b|\banual\b|\/\s?y(?:ea)?r\b|\bOTE\b|\bper år\b|\bom året\b|\bi året\b|\bannu[io]\b|\brocznie\b|\bročně|年収|年俸|年薪|연봉|\/\s?年|每年|\b[åa]rsl[öø]nn?|\bvuosipalk/i,
    'YEAR',
  ],
];

// "Stundenlohn"/"Bruttolohn" (de) and an intern's "gratification" (fr) are pay too, and so is a figure
// a job "starts at" ("Starting at $46/hour" in a benefits list): the entry wage, named right before it.
// A freelancer's or contractor's fee is their pay ("The fee is £640 per week", "your day fee is"),
// named right before the figure; a course's or an application's fee is not ("course fee" is not read).
// A figure "gross a month" / "gross per year" / "brutto" is pay before tax, as European postings
// print a grade's amount ("graded EG 9, which comes to €4,283 gross a month"). A contractor's
// invoiced or billed rate is their pay ("you'll invoice us every two weeks at $45/hr", "billed at").
// "Cash comp", "base comp", "total comp" are compensation as US tech postings shorten it ("comp
// time", days off in lieu, is not: a kind of pay must come before "comp").
// A consultant's "daily fee" earlier in the sentence is their pay ("The daily fee will be commensurate with
// qualifications and experience, up to a maximum of USD 450 per day", as NGOs write a consultancy's terms).
export const SALARY_CONTEXT =
  /\b(?:invoic(?:e|es|ed|ing)|bill(?:s|ed|ing)?)\b[^.!?\n]{0,40}?\bat\s*$|\bgross\s+(?:(?:a|per|each)\s+(?:month|year|week|hour|annum)|monthly|annual(?:ly)?|yearly|salary|pay|wages?)\b|\b(?:monthly|annual|yearly)\s+gross\b|\bbrutto\b|\bstart(?:ing|s)\s+at\s*$|\b(?:the|your|our)\s+(?:(?:weekly|daily|day|monthly|hourly|freelance|contract|session|project)\s+)?fee\s+(?:is|will be|of)\s*$|salary|compensation|\b(?:cash|base|total|target|annual|starting)\s+comp\b|\bpay\b|pay range|\bbase\b|wages?\b|\b(?:hourly |day |daily )?rate\b|\b(?:daily|day|weekly|hourly|consultancy|consulting) fees?\b|\bcommensurate with\b|\bote\b|\brange\b|remuneration|gehalt|vergütung|salaire|rémunération|sueldo|salario|stipendio|wynagrodzenie|lön|salaris|\bloon\b|\bpaid\b|\bearn|\bpackage\b|\bctc\b|bezahlung|\bDOE\b|depending on experience|\bpro[- ]rata\b|\bnegotiable\b|salário|remuneração|vencimento|\bbrut[oa]s?\b|retribuzione|indennità di (?:partecipazione|tirocinio|stage)|\bRAL\b|lohn\b|\bgratification\b|løn|palkka|palkkaus|給与|給料|年収|月給|時給|薪|工资|\/\s?(?:月|天|年|小时|時間)|연봉|급여|월급|시급|\b(?:we(?:['’]re| are)\s+)?offering\s*(?:up to\s*)?$/i;
// "a range worth €38 million", "a benefits package worth £4,000": a value, not the pay. "A £250
// refer-a-friend bonus" is a referral bonus said the UK way, and "a £2,000 golden hello" a
// sign-on bonus. A "canteen subsidy" or "travel subsidy" is a benefit paid on top.
export const NOT_SALARY =
  /\b(?:raised|subsid(?:y|ies|ised|ized)|funding|funded|series [a-e]|valuation|revenue|arr\b|investors?|billion|budget|stipend(?!i[oa])|allowance|bonus of|reimburse|donat|grant|prize|insurance|401|relocation|sign[- ]?(?:on|ing)|referral|(?:refer|recommend|introduce)[- ]a[- ]friend|golden hello|gift|credit|towards (?:your|the) |per employee|match(?:ing)?|learning|wellness|equipment|home office|coworking|gym|penalt|market cap|worth|contracts? valued|valued at)/i;

/**
 * A sum given in kind, right after its figure and period: "$75 per week in Fernhollow groceries", "£50 a month of
 * store vouchers", "$100 a quarter in gift cards". A perk, not the pay.
 */
export const PAID_IN_KIND =
  /^\s*(?:(?:per|a|an|each|every)\s+\w+\s+)?(?:in|of)\s+(?:[\w'’&-]+\s+){0,3}?(?:groceries|grocery|vouchers?|store credit|gift cards?|merchandise|free (?:meals?|products?)|products?|meals?)\b/i;

/**
 * Paid on top of the rate, not a rate of its own: "a night premium of £1.50 per hour on top of the base rate",
 * "Night differential: $2.00/hr", "a €120 a month language bonus", "Weekend allowance £20". ("Weekend premium rate
 * $21.75/hr" is a rate.) So are a flat-rate or an allowance in other languages ("Homeoffice-Pauschale von 50 €
 * monatlich", "Zulage", "subsídio de alimentação", "buoni pasto"). One list for a rate table's rows
 * (pay-rows.ts) and a perk listed as a line (money-matches.ts).
 */
export const ON_TOP_OF_PAY =
  /\b(?:differentials?|premium of|allowances?|bonus(?:es)?|uplift|on top|\p{L}*pauschale|\p{L}*zulage|\p{L}*zuschuss|prämie|indemnit[ée]s?|subs[íi]dios?|vale[- ](?:refeição|alimentação|transporte)|buoni pasto|tickets? restaurant)(?![\p{L}])/iu;

/** "Stipend: ₹35,000 per month", "a monthly stipend of €1,200": the stipend named right before its figure. */
export const STIPEND_BEFORE = /\bstipend\b(?:\s+(?:of|is))?\s*:?\s*$/i;
/**
 * "a stipend of $58,000 for the 12-month fellowship": a programme's stipend is its pay (a fellow's,
 * a resident's), unlike a stipend on top of pay ("a $1,000 home-office stipend").
 */
const FOR_THE_PROGRAMME =
  /^\s*(?:for|over)\s+(?:the|this|your)\s+(?:\d{1,2}[- ](?:weeks?|months?)[- ]?\s*|full\s+|whole\s+)?(?:fellowship|program(?:me)?|residency|internship|placement|traineeship|summer|academic year|year)\b/i;
/**
 * "Internship stipend of €900 per month": the stipend named for its programme, the pay of that programme. A
 * line of its own labelled "Stipend:" (an internship's details: "Stipend: ₹40,000 per month") names the post's own.
 */
const PROGRAMME_STIPEND_BEFORE =
  /\b(?:internship|intern|trainee(?:ship)?|fellowship|residency|placement)(?:['’]s)?\s+stipend\b(?:\s+(?:of|is))?\s*:?\s*$|(?:^|\n)\s*(?:[•·*-]\s*)?(?:monthly\s+)?stipend\s*:\s*$/i;
export const programmeStipend = (before: string, after: string): boolean =>
  (STIPEND_BEFORE.test(before) && FOR_THE_PROGRAMME.test(after)) || PROGRAMME_STIPEND_BEFORE.test(before);

/**
 * The range offers are made in, named before its amount ("made within the hiring range of", "the
 * starting pay range is"): narrower than a pay grade's or band's full range printed beside it, and
 * the pay a person hired now would get.
 */
export const HIRING_RANGE =
  /\b(?:hiring|starting|offer|anticipated|expected)\s+(?:(?:salary|pay|base|compensation)\s+)?range\b[^.\n]{0,30}$|\boffers?\b[^.\n]{0,50}\bwithin\b[^.\n]{0,30}$/i;

/**
 * Currencies in which a year's pay runs to millions (¥6 million, ₩45,000,000, 18 lakh rupees). In
 * any other currency a million-sized amount is a budget, a revenue or a range of goods, not pay.
 */
export const MILLION_PAY_CURRENCIES = new Set([
  'JPY',
  'KRW',
  'INR',
  'IDR',
  'VND',
  'COP',
  'CLP',
  'HUF',
  'PHP',
  'NGN',
  'KES',
  'ARS',
  'TWD',
  'THB',
  'CZK',
  'UAH',
]);
