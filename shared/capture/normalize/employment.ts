import type { EmploymentType } from '../types.ts';
import { typeOfLabelHours } from './employment-hours.ts';
import { EMPLOYMENT_LABEL, labelledLines } from './lines.ts';

/**
 * Employment type from a label ("Full time", "FULL_TIME", "Vollzeit", "CDI", "Tempo integral").
 * Only for short labels (a header chip, a JSON-LD value): running prose mentions "full-time
 * employees" in benefit blurbs and must not decide the field. One table: `chip` words may also be
 * picked out of a header line; `label` words only count as a whole label's wording.
 */
/**
 * Work taken as offered with no guaranteed hours: per diem, PRN, casual, zero-hours, on-call, and a
 * UK "Bank" or a hotel's or care home's "Relief" post (a pool called in to cover absences, with no
 * end date). Not "bank holidays" or "tax relief".
 */
export const AS_NEEDED_LABEL =
  'per diem|PRN|casual|zero[- ]hours?|on[- ]call|bank(?![- ]holidays?)|(?<!tax )relief(?![- ](?:fund|effort|work))';

const WORDS: ReadonlyArray<{ type: EmploymentType; chip: string; label?: string; permanence?: true }> = [
  {
    type: 'internship',
    // en, de, fr, pl (staż), it (tirocinio), pt (estágio), sv/da/no (praktik)
    // (fr) "Alternance": a work-study contract (apprentissage or professionnalisation) with a school
    // zh 实习 / 实习生, ja インターン, ko 인턴
    chip: 'intern(?:ship)?|实习生?|インターン(?:シップ)?|인턴(?:십)?|co-?op|praktikum|stagiaire|sta[żz](?:ysta|ystka)?|tirocinio|est[áa]gio|praktik(?:ant)?|praktyk\\w*|alternance',
    // (fr) "Stage": in an English header it is "early-stage"; an apprentice title may be a trade job's
    label: 'stage|apprentice(?:ship)?|apprentissage',
  },
  {
    type: 'temporary',
    // sv (vikariat, visstid), es, it, pt, nl, fi, de
    // ja: 契約社員 (keiyaku shain), a direct employee on a fixed-term contract, often renewed
    chip: 'temporary|契約社員|temp[- ]to[- ](?:hire|perm(?:anent)?)|befristet|(?:fixed|maximum)[- ]term|limited[- ]term|CDD|vikariat|visstidsanst[äa]llning|tidsbegr[äa]nsad|contrato temporal|tempo determinato|tijdelijk(?: contract)?|m[äa][äa]r[äa]aikainen',
    // "Temp to Hire" starts as a temporary job (contract-to-hire is a contract, below).
    // "Interim Payroll Administrator – 6 month contract": a title word, not the contract
    // ("seasonal overtime in summer and winter peaks" in a schedule line is the busy season, not the job's term)
    // (fr) "Saisonnier": a season's job, as Quebec boards list it beside "Temps plein"
    // A "Locum" stands in for someone away (a pharmacist's or doctor's leave, a vacancy): temporary
    // cover; one engaged on a contractor's agreement is read as a contractor (employment-overrides.ts).
    // A UK "FTC" is a fixed-term contract; "mat cover" / "maternity leave cover" holds a post for
    // someone on leave until they return (cover, not a contractor's engagement).
    label:
      'non-ongoing|temp|temporal|vikarie|seasonal(?![- ](?:overtime|peaks?|demand|rush|maintenance|workloads?))|saisonni(?:er|[eè]re)|interim|locum|FTC|(?:mat(?:ernity)?|paternity|parental|adoption)(?: leave)? cover',
  },
  {
    type: 'contract',
    // "Kontrakt B2B" / "umowa B2B": a Polish contractor agreement (a bare "B2B" is a market, not a contract)
    // "Zero hours contract" (Indeed UK's job type), "Casual contract", "Permanent contract": the word
    // before names the employment contract, whose word "contract" is not a contractor's engagement;
    // so does "Part-time contract" (a part-time contract of employment, as UK charities write it), and a
    // Dutch "vast contract" (a permanent one). So does the employee it is with: "employment contract", a school's
    // "187-day certified teacher contract", "staff contract".
    chip: `(?<!(?:${AS_NEEDED_LABEL}|permanent|part[- ]time|vast|employment|teacher|teaching|faculty|staff)[- ])contract(?:or)?|계약직|freelance|contract[- ]to[- ]hire|c2h|1099|(?:kontrakt|umowa|contract) B2B|B2B (?:contract|kontrakt)`,
    // (an NGO board's "Type: Consultancy", a consultant's engagement)
    label: 'consultan(?:t|cy)|B2B',
  },
  {
    type: 'part_time',
    // a Werkstudent works part-time beside a degree: not an internship
    chip: 'part[-_ ]?time|teilzeit|mini-?job|geringfügig\\w*|temps partiel|media jornada|temps non complet|medio tiempo|yar[ıi] zamanl[ıi]|兼职|パート|アルバイト|tiempo parcial|jornada parcial|werkstudent(?:in)?|deltid|deeltijd|parttime|tempo parziale|meio per[íi]odo|niepe[łl]ny etat|osa-aikainen',
    // A PRN / per-diem worker takes shifts as needed in an open-ended job: hours under full time,
    // not a fixed term or a contractor's engagement; so does a Canadian or Australian "Casual" one,
    // and a UK "zero-hours" contract (no guaranteed hours, shifts taken as offered), and an "On-Call"
    // position type (an extra board or relief pool called in as the work comes).
    label: AS_NEEDED_LABEL,
  },
  {
    type: 'full_time',
    // "Whole-time" (Irish and UK public posts, fire services): the full week, as against part-time.
    chip: 'full[-_ ]?time|whole[-_ ]?time|vollzeit|temps plein|jornada completa|temps complet|tiempo completo|tam zamanl[ıi]|全职|tempo integral|per[íi]odo integral|fuld[- ]?tid|tempo pieno|pe[łl]ny etat|heltid|voltijd|fulltime|kokoaikainen',
    label: 'CLT|umowa o prac[ęe]|vast contract|indefinido',
  },
  {
    // An open-ended contract says nothing of the hours: "Festanstellung, Teilzeit" and "Permanent,
    // part-time" are part-time. Alone it reads as full-time.
    type: 'full_time',
    // ja: 正社員 (seishain), a regular open-ended employee
    chip: 'permanent|正社員|정규직|festanstellung|feste anstellung|CDI|tillsvidare(?:anst[äa]llning)?|fast anst[äa]llning|tempo indeterminato|tiempo indeterminado|prazo indeterminado',
    // A US "Regular" status is open-ended too: "Regular part-time" is part-time. So is an Australian public
    // service "Ongoing" employment (its "Non-ongoing" is a fixed term).
    label: 'regular|(?<!non-)ongoing',
    permanence: true,
  },
];
const RULES: ReadonlyArray<[RegExp, EmploymentType, boolean]> = WORDS.map((w) => [
  new RegExp(`(?<![\\p{L}])(?:${w.chip}${w.label ? `|${w.label}` : ''})(?![\\p{L}])`, 'iu'),
  w.type,
  !!w.permanence,
]);
const CHIP_SOURCE = `(?<![\\p{L}])(?:${WORDS.map((w) => w.chip).join('|')})(?![\\p{L}])`;
const CHIP = new RegExp(CHIP_SOURCE, 'iu');
const CHIPS = new RegExp(CHIP_SOURCE, 'giu');
const WHOLE_CHIP = new RegExp(`^(?:${CHIP_SOURCE})$`, 'iu');

/** A label made only of employment-type words ("Festanstellung, Teilzeit", "Full-time / Permanent"). */
export const isEmploymentLabel = (text: string): boolean =>
  text.split(/\s*[,/]\s*/).every((w) => WHOLE_CHIP.test(w.trim()));

const NO_CONTRACT = /\b(?:no|not an?|non)[- ]contract(?:[- ](?:period|role|position|phase))?\b/gi;

export function parseEmploymentType(label: unknown): EmploymentType | null {
  const values = Array.isArray(label) ? label : [label];
  for (const v of values) {
    if (typeof v !== 'string' || !v.trim()) continue;
    // "Direct hire, full-time (no contract period)": a contract ruled out is not one.
    const t = withoutTypeLabel(v.slice(0, 200).replace(/_/g, ' ')).replace(NO_CONTRACT, ' ');
    const found = RULES.filter(([re]) => re.test(t));
    // "Permanent" gives way to any other word (its hours or its kind of contract).
    const hits = (found.some(([, , p]) => !p) ? found.filter(([, , p]) => !p) : found).map(([re, type]) => ({
      type,
      at: t.search(re),
    }));
    if (!hits.length) continue;
    // An open-ended status with the hours beside it ("Permanent, Benefited – 1,040 hrs/yr"): the hours
    // say what the status does not.
    const hours = found.every(([, , p]) => p) ? typeOfLabelHours(t) : null;
    if (hours) return hours;
    // A written list ("Part-time, Fixed term contract"): what kind of engagement it is says more than
    // its hours. A schema.org value ("FULL_TIME, CONTRACTOR") keeps its first.
    const engagement = hits.find((h) => h.type !== 'full_time' && h.type !== 'part_time');
    if (engagement && !/^[A-Z_ ,]+$/.test(v.trim()) && hits.length > 1) return engagement.type;
    return hits.sort((a, b) => a.at - b.at)[0]!.type;
  }
  // No type word: a label that gives only the weekly hours ("Nights — 50 hrs/wk") is read by them.
  const first = values.find((v): v is string => typeof v === 'string' && !!v.trim());
  return first ? typeOfLabelHours(withoutTypeLabel(first.trim())) : null;
}

/**
 * "Contract type: Permanent" (a screen-reader label printed before the value), or the label on a line of
 * its own above it: the label's own words ("contract", "work type") are not the value's.
 */
function withoutTypeLabel(text: string): string {
  const m = text.match(/^\s*([^:\n]{2,40})(?::|\n)\s*(\S[\s\S]*)$/);
  if (m && EMPLOYMENT_LABEL.test(m[1]!.trim())) return m[2]!;
  // (run together, as a label span and its value span read: "Contract type Permanent")
  const words = text.trim().split(/\s+/);
  for (let n = 2; n >= 1; n--)
    if (
      words.length > n &&
      EMPLOYMENT_LABEL.test(words.slice(0, n).join(' ')) &&
      WHOLE_TYPE.test(words.slice(n).join(' '))
    )
      return words.slice(n).join(' ');
  return text;
}
/** A value that is only a type's words ("Permanent", "Full time", "Part-time, temporary"). */
const TYPE_WORD = '(?:permanent|regular|full[- ]?time|part[- ]?time|temporary|fixed[- ]term|casual|seasonal)';
const WHOLE_TYPE = new RegExp(`^${TYPE_WORD}(?:\\s*[,/&]\\s*${TYPE_WORD})*$`, 'i');

/**
 * Several labelled elements read as one list ("Contract type: Permanent" and "Work type: Part time"
 * side by side are a permanent part-time job); the first four that name a type count.
 */
export function employmentTypeOfLabels(texts: readonly string[]): EmploymentType | null {
  const typed = texts
    .map(withoutTypeLabel)
    .filter((t) => parseEmploymentType(t))
    .slice(0, 4);
  return typed.length ? parseEmploymentType(typed.join(', ')) : null;
}

/**
 * The type the description's own "Label: value" lines give ("Hours: 30 hours a week", "Contract:
 * Part-time contract"): every employment line counts, read as one list, not only the first.
 */
export const employmentTypeOfLines = (text: string): EmploymentType | null =>
  employmentTypeOfLabels(labelledLines(text, EMPLOYMENT_LABEL));

/**
 * Find an employment-type chip in a short header text ("Remote · Full Time · Engineering"); the
 * words right after the first one are read with it ("Festanstellung, Teilzeit · München"), and so
 * are label-only words listed just before it ("Seasonal, Full-time": the engagement beats the hours).
 */
export function employmentTypeInHeader(text: string): EmploymentType | null {
  const t = text.slice(0, 1_500);
  const first = t.match(CHIP);
  if (first?.index == null) return null;
  const near = t.slice(first.index, first.index + first[0].length + 40).match(CHIPS) ?? [first[0]];
  const lead = t.slice(Math.max(0, first.index - 40), first.index).match(/(?:\p{L}+\s*[,/]\s*)+$/u)?.[0];
  const listed = lead && isTypeList(lead) ? [lead.replace(/[\s,/]+$/, ''), ...near] : near;
  return parseEmploymentType(listed.join(', '));
}

/** "Seasonal, " / "Temp / ": every word of the list is an employment-type word. */
const isTypeList = (list: string) =>
  list
    .split(/\s*[,/]\s*/)
    .filter(Boolean)
    .every((w) => RULES.some(([re]) => re.test(w) && w.replace(re, '').trim() === ''));
