/** Resume date ranges: "March 2020 – Present", "05/2021 - Present", "2012 – 2016", "Sep 2021 - Aug 2023", "Summer 2025". */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const DATE = String.raw`(?:${MONTH}\s*'?\d{2,4}|\d{1,2}\s*/\s*\d{4}|\d{4}\s*[-/.]\s*\d{1,2}(?!\d)|(?:19|20)\d{2})`;
const OPEN = '(?:present|current|now|today|ongoing)';
const TO = '(?:–|—|-|to|until|through)';
export const DATE_RANGE = new RegExp(`(${DATE})\\s*${TO}\\s*(${DATE}|${OPEN})`, 'i');
/**
 * A range a page broke part-way: after its dash ("Mar 2021 -" / "Present"), between a month and its year
 * ("| Apr" / "2023 - present"), or before its dash ("Singapore Apr 2023" / "- Present", alone on its line: "- 2024 revenue up 9%" is
 * a bullet). Month names
 * spelled out here, since MONTH's "mar…" would take "Marketing" for March.
 */
const MONTH_NAME = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const CUTS: Array<[RegExp, RegExp]> = [
  [new RegExp(`${DATE}\\s*${TO}\\s*$`, 'i'), new RegExp(`^\\s*(?:${DATE}|${OPEN})\\b`, 'i')],
  [new RegExp(`\\b${MONTH_NAME}\\s*$`, 'i'), /^\s*'?(?:19|20)\d{2}\b/],
  [new RegExp(`${DATE}\\s*$`, 'i'), new RegExp(`^\\s*(?:–|—|-)\\s*(?:${DATE}|${OPEN})\\W*$`, 'i')],
];
export const breaksDateRange = (line: string, next: string) =>
  CUTS.some(([cut, rest]) => cut.test(line) && rest.test(next));
const SINGLE = new RegExp(`(${DATE})`, 'i');
/** Internships are dated by season ("Summer 2025"): a span of its months. */
const SEASONS: Record<string, [string, string]> = {
  spring: ['03', '05'],
  summer: ['06', '08'],
  fall: ['09', '11'],
  autumn: ['09', '11'],
  winter: ['01', '02'],
};
const SEASON = /\b(spring|summer|fall|autumn|winter)\s*(?:term\s*)?'?((?:19|20)?\d{2})\b/i;

function toMonth(text: string, isEnd: boolean): string | undefined {
  const t = text.trim().toLowerCase();
  let m = /^([a-z]+)\.?\s*'?(\d{2,4})$/.exec(t);
  if (m) {
    const mi = MONTHS.indexOf(m[1].slice(0, 3));
    const year = m[2].length === 2 ? `20${m[2]}` : m[2];
    if (mi >= 0) return `${year}-${String(mi + 1).padStart(2, '0')}`;
  }
  m = /^(\d{1,2})\s*\/\s*(\d{4})$/.exec(t);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return `${m[2]}-${m[1].padStart(2, '0')}`;
  m = /^(\d{4})\s*[-/.]\s*(\d{1,2})$/.exec(t);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${m[1]}-${m[2].padStart(2, '0')}`;
  m = /^((?:19|20)\d{2})$/.exec(t);
  // A bare year: count from January when starting, to June when ending (half a year either way).
  if (m) return `${m[1]}-${isEnd ? '06' : '01'}`;
  return undefined;
}

export interface DateSpan {
  start?: string;
  end?: string;
  current: boolean;
  /** The matched text, to strip from the line it came from. */
  text: string;
}

export function findDateSpan(line: string): DateSpan | null {
  const r = DATE_RANGE.exec(line);
  if (r) {
    const open = /present|current|now|today|ongoing/i.test(r[2]);
    return {
      start: toMonth(r[1], false),
      end: open ? undefined : toMonth(r[2], true),
      current: open,
      text: r[0],
    };
  }
  const season = SEASON.exec(line);
  if (season) {
    const year = season[2].length === 2 ? `20${season[2]}` : season[2];
    const [from, to] = SEASONS[season[1].toLowerCase()];
    return { start: `${year}-${from}`, end: `${year}-${to}`, current: false, text: season[0] };
  }
  const s = SINGLE.exec(line);
  if (s) return { end: toMonth(s[1], true), current: false, text: s[0] };
  return null;
}
