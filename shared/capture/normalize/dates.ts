/**
 * Dates to `YYYY-MM-DD`: ISO strings, "March 3, 2025", "3 March 2025", "03/15/2025", "15.03.2025",
 * and relative ones ("Posted 3 days ago", "Posted Today", "30+ days ago") against a reference day.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  janv: 1,
  févr: 2,
  fevr: 2,
  mars: 3,
  avr: 4,
  mai: 5,
  juin: 6,
  juil: 7,
  août: 8,
  aout: 8,
  sept: 9,
  déc: 12,
  jän: 1,
  märz: 3,
  maerz: 3,
  okt: 10,
  dez: 12,
  ene: 1,
  abr: 4,
  ago: 8,
  dic: 12,
  gen: 1,
  mag: 5,
  giu: 6,
  lug: 7,
  set: 9,
  ott: 10,
};

/** An English month name or its abbreviation ("December", "Dec", "Sept"). */
export const ENGLISH_MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

/** An English month name or its abbreviation closing the text ("including December", "Dec."). */
const MONTH_AT_END = new RegExp(`\\b${ENGLISH_MONTH}\\.?\\s*$`, 'i');

/** The text ends in a month name: the numbers after it are days ("December 26-31"), not amounts. */
export const endsInMonth = (text: string): boolean => MONTH_AT_END.test(text);

/**
 * A month name right after the numbers ("24 and 31 December", "1–3 March"): they are days, as
 * European dates write them. "May" only before a year or the clause's end: "… 31 may vary" is a verb.
 */
const MONTH_AT_START =
  /^\s?(?:of\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may(?=\s*(?:\d{4}|[.,;:)]|$))|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;

/** The text starts with a month name: the numbers before it are days ("24 and 31 December"). */
export const startsWithMonth = (text: string): boolean => MONTH_AT_START.test(text);

const pad = (n: number) => String(n).padStart(2, '0');

function ymd(y: number, m: number, d: number): string | null {
  if (y < 100) y += 2000;
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function month(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS[w] ?? MONTHS[w.slice(0, 4)] ?? MONTHS[w.slice(0, 3)];
}

function shift(ref: Date, days: number): string {
  const d = new Date(ref.getTime() - days * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Parse a date string; `ref` anchors relative phrases; US order for ambiguous a/b/yyyy unless `dayFirst`. */
export function parseDate(input: unknown, ref: Date = new Date(), dayFirst = false): string | null {
  if (typeof input === 'number' && input > 1e11) return shift(new Date(input), 0);
  if (typeof input !== 'string') return null;
  const s = input.trim().slice(0, 100);
  if (!s) return null;
  let m = s.match(/^(\d{4})-(\d{1,2})-(\d{1,2})/);
  if (m) return ymd(+m[1]!, +m[2]!, +m[3]!);
  m = s.match(/^(\d{4})\/(\d{1,2})\/(\d{1,2})/);
  if (m) return ymd(+m[1]!, +m[2]!, +m[3]!);
  const low = s.toLowerCase();
  if (
    /\b(?:today|just now|just posted|heute|aujourd'hui|hoy|\d+\s*(?:minutes?|mins?|hours?|hrs?|h)\s+ago)\b/.test(
      low,
    )
  ) {
    return shift(ref, 0);
  }
  if (/\byesterday\b|\bgestern\b|\bhier\b|\bayer\b/.test(low)) return shift(ref, 1);
  m = low.match(/(\d+)\+?\s*(day|d|week|wk|w|month|mo)s?\b\s*ago/);
  if (m) {
    const n = +m[1]!;
    const unit = m[2]!;
    const days = unit.startsWith('d') ? n : unit.startsWith('w') ? n * 7 : n * 30;
    return shift(ref, days);
  }
  m = low.match(/vor\s+(\d+)\s+(tag|tagen|woche|wochen|monat|monaten)/);
  if (m) return shift(ref, +m[1]! * (m[2]!.startsWith('t') ? 1 : m[2]!.startsWith('w') ? 7 : 30));
  // "March 3, 2025" / "Mar 3rd 2025"
  m = s.match(/([A-Za-zéèäû]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/);
  if (m && month(m[1]!)) return ymd(+m[3]!, month(m[1]!)!, +m[2]!);
  // "3 March 2025" / "3. März 2025" / "15 de marzo de 2025"
  m = s.match(/(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:de\s+)?([A-Za-zéèäûû]{3,9})\.?,?\s+(?:de\s+)?(\d{4})/);
  if (m && month(m[2]!)) return ymd(+m[3]!, month(m[2]!)!, +m[1]!);
  // "15.03.2025" is always day-first; "03/15/2025" is US unless the first part is > 12.
  m = s.match(/(\d{1,2})\.(\d{1,2})\.(\d{2,4})/);
  if (m) return ymd(+m[3]!, +m[2]!, +m[1]!);
  m = s.match(/(\d{1,2})\/(\d{1,2})\/(\d{2,4})/);
  if (m) {
    const a = +m[1]!;
    const b = +m[2]!;
    return dayFirst || a > 12 ? ymd(+m[3]!, b, a) : ymd(+m[3]!, a, b);
  }
  return null;
}
