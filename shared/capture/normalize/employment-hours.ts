/**
 * The weekly hours the posting gives the job, read as its hours: fewer than 30 a week is part-time
 * (the US benefits line, and under UK full-time hours), whatever an open-ended status ("Regular",
 * "Permanent") or an hours chip says.
 */

const NUMBER = String.raw`(\d{1,2}(?:\.\d)?)(?:\s*(?:-|–|—|to)\s*(\d{1,2}(?:\.\d)?))?`;
const PER_WEEK = String.raw`(?:per|a|each|every|\/)\s*(?:week|wk)\b`;
/** What a posting calls the job whose hours it gives. */
const POST = '(?:role|position|job|post)';
/** An open-ended or fixed tenure said of the role before its hours ("This position is permanent, 30 hours"). */
const TENURE = '(?:permanent|ongoing|temporary|fixed[- ]term)';

/**
 * The hours as the job's own adjective: "This is a 15-hour-a-week position", "a 20 hour per week
 * role", "a 24-hours-a-week permanent post".
 */
const HOURS_ADJECTIVE = new RegExp(
  String.raw`\ban?\s+${NUMBER}[- ]hours?[- ](?:a|per)[- ]week\s+(?:[\p{L}-]+\s+)?${POST}\b`,
  'iu',
);

/**
 * The hours as the contract's own size, as UK employers in care, retail and hospitality write the
 * weekly contracted hours: "We have ONE 22.5 hr contract available", "a 16-hour contract", "two
 * 30 hours contracts". The number of a contract is its weekly hours (not "a 12-hour shift", nor
 * "a 12-month contract").
 */
const HOURS_CONTRACT = new RegExp(
  String.raw`\b(?:an?|one|two|three|our)\s+${NUMBER}[- ]?(?:hours?|hrs?)(?:[- ](?:a|per)[- ]week)?\s+(?:permanent\s+|part[- ]time\s+)?contracts?\b`,
  'i',
);

/**
 * A labelled hours fact opening a line: "Hours: 20 per week, Monday to Friday", "Expected hours: 16 –
 * 24 per week", "Scheduled Weekly Hours: 20" (a weekly label needs no "per week" after the number).
 */
const HOURS_FACT = new RegExp(
  String.raw`^(?:(?:expected|scheduled|contracted|working|standard|weekly)\s+)*hours(?:\s+per\s+week)?\s*:\s*${NUMBER}\s*(?:hours?|hrs?)?\s*(${PER_WEEK})?`,
  'i',
);

/**
 * The role's own hours in a sentence: "You'll work 20 hours a week", "This position is 24 hours per
 * week", "This role is for 16 hours per week", "The hours for this role are 20 per week", "the hours
 * are 35 a week" (a contract's terms), "We're hiring at 30 hours a week" / "recruiting for 20 hours per
 * week". Not "up to 20 hours a week of travel" about something else: the role or "you" must work them.
 */
const HOURS_SENTENCE = new RegExp(
  String.raw`\b(?:you(?:'ll|’ll| will)\s+work|(?:the|this)\s+${POST}\s+is(?:\s+for)?(?:\s+${TENURE},?)?|the\s+hours\s+(?:for|of)\s+(?:the|this)\s+${POST}\s+are|(?:the|your)\s+(?:working\s+|contracted\s+)?hours\s+(?:are|will\s+be)|(?:hiring|recruiting)\s+(?:at|for))\s+${NUMBER}\s*(?:hours?|hrs?)?\s+${PER_WEEK}`,
  'i',
);

/**
 * The schedule's hours summed up after it: "three days a week, 7:30 to 4:00, which is about 24 hours a
 * week", "Monday to Wednesday, that's 22.5 hours per week". The hours word must be there: "which is
 * about 5 per week" counts something else.
 */
const HOURS_SUMMED = new RegExp(
  String.raw`\b(?:which|that)(?:\s+is|['’]s|\s+comes\s+to|\s+works\s+out\s+(?:at|to))(?:\s+(?:about|around|roughly|approximately))?\s+${NUMBER}\s*(?:hours?|hrs?)\s+${PER_WEEK}`,
  'i',
);

/**
 * The hours after the week's shape, as drivers', plants' and shops' schedule lines give them:
 * "Mon–Fri, 5 on / 2 off, usually 50–55 hours a week", "Monday to Friday, about 40 hrs per week",
 * "Four days a week, 32 hours a week". In the same clause: "Open Mon–Fri; the desk covers 60 hours a
 * week" counts something else.
 */
const HOURS_AFTER_SCHEDULE = new RegExp(
  String.raw`\b(?:mon(?:day)?\s*(?:-|–|—|to|through|thru)\s*(?:fri|sat|sun)(?:day)?|\d\s*(?:-\s*)?on\s*(?:\/|,|and)?\s*\d\s*(?:-\s*)?off|(?:four|five|six|[4-6])\s+days\s+(?:a|per)\s+week)\b[^.;\n]{0,40}?\b(?:(?:usually|typically|normally|about|around|roughly|approximately|averaging)\s+)?${NUMBER}\s*(?:hours?|hrs?)\s+${PER_WEEK}`,
  'i',
);

/**
 * The employer's own full-time week ("our full-time week is 40 hours", "full time is 37.5 hours a
 * week"): hours under it are part-time there, though 30 or more would pass for full-time elsewhere.
 */
const FULL_TIME_WEEK =
  /\bfull[- ]time(?:\s+(?:week|hours))?\s+(?:is|are|means)\s+(\d{1,2}(?:\.\d)?)\s*(?:hours?|hrs?)\b/i;

/**
 * A fact's value that is only the weekly hours ("37.5 hours per week", "40 hrs a week"), as an
 * "Hours" term beside the posting prints it.
 */
const HOURS_VALUE = new RegExp(String.raw`^${NUMBER}\s*(?:hours?|hrs?)\s*${PER_WEEK}`, 'i');

/**
 * A short type label or chip that gives only the weekly hours ("Nights — 50 hrs/wk", "20 hours per
 * week", "Days: 37.5 hrs / week"): the hours decide as they do in a sentence (a full week 35-60,
 * part-time under 30; 30-35 says neither).
 */
const HOURS_IN_LABEL = new RegExp(String.raw`(?<![\d.])${NUMBER}\s*(?:hours?|hrs?)\s*${PER_WEEK}`, 'i');

/**
 * The hours a year, as US public employers budget a post ("2,080 hrs/yr", "1,040 hours per year",
 * "1950 hours annually"): 52 weeks of them, so 2,080 is a 40-hour week and 1,040 a 20-hour one.
 */
const HOURS_A_YEAR =
  /(?<![\d.,])(\d,?\d{3})\s*(?:hours?|hrs?)\s*(?:\/\s*(?:yr|year)|(?:per|a)\s+(?:year|annum)|annually)\b/i;

export function typeOfLabelHours(label: string): 'full_time' | 'part_time' | null {
  if (label.length > 60) return null;
  const yearly = label.match(HOURS_A_YEAR);
  const week = yearly ? Math.round((Number(yearly[1]!.replace(',', '')) / 52) * 10) / 10 : null;
  const m = label.match(HOURS_IN_LABEL);
  if (!m && week == null) return null;
  const [low, high] = m ? span(m, 1) : [week!, week!];
  if (low >= 35 && high <= 60) return 'full_time';
  return high > 0 && high < 30 ? 'part_time' : null;
}

/**
 * The hours glossed with their type in brackets, as a posting translates or explains them ("30 hours a
 * week (Teilzeit)", "20 hours per week (part-time)"): the bracketed word is the employer's own name for
 * those hours, so it decides where the number alone (30-35) would not. Returns the bracketed words.
 */
const HOURS_GLOSS = new RegExp(
  String.raw`${NUMBER}\s*(?:hours?|hrs?)\s*${PER_WEEK}\s*\(\s*([^()\n]{3,30}?)\s*\)`,
  'i',
);

export const hoursGlossStated = (text: string): string | null =>
  text.slice(0, 60_000).match(HOURS_GLOSS)?.[3] ?? null;

/**
 * A weekly-hours fact whose value is the bare number ("Hours/Week" → "25", "Weekly hours" → "37.5",
 * "Hours per week" → "20-24"): the label says per week, so the value is read as weekly hours. Other
 * labels and values are returned as they are.
 */
const WEEKLY_LABEL = /(?:^|\s)(?:weekly|(?:hours|hrs)\s*(?:\/|per|a)\s*(?:week|wk))\b/i;
export function weeklyHoursOfFact(term: string, value: string): string {
  return WEEKLY_LABEL.test(term) && new RegExp(`^${NUMBER}$`).test(value.trim())
    ? `${value.trim()} hours per week`
    : value;
}

type Span = [low: number, high: number];
const span = (m: RegExpMatchArray, at: number): Span => [Number(m[at]), Number(m[at + 1] ?? m[at])];

/** The weekly hours the text gives the job (both ends of a range), or null when it gives none. */
function weeklyHoursSpan(text: string): Span | null {
  for (const raw of text.slice(0, 60_000).split('\n', 400)) {
    const line = raw.replace(/^[\s•*·-]+/, '').trim();
    const fact = line.match(HOURS_FACT);
    if (fact && (fact[3] || /weekly|per\s+week/i.test(fact[0].split(':')[0]!))) return span(fact, 1);
  }
  const head = text.slice(0, 60_000);
  const said =
    head.match(HOURS_SENTENCE) ??
    head.match(HOURS_SUMMED) ??
    head.match(HOURS_AFTER_SCHEDULE) ??
    head.match(HOURS_ADJECTIVE) ??
    head.match(HOURS_CONTRACT);
  return said ? span(said, 1) : null;
}

/** The most weekly hours the text gives the job (the top of a range), or null when it gives none. */
export const weeklyHoursStated = (text: string): number | null => weeklyHoursSpan(text)?.[1] ?? null;

/** The employer's own full-time week, where the text gives one. */
const fullTimeWeek = (text: string): number | null => {
  const m = text.slice(0, 60_000).match(FULL_TIME_WEEK);
  return m ? Number(m[1]) : null;
};

/**
 * A full-time-equivalent fraction, as UK and US public employers write the hours of a post ("a
 * permanent contract at 0.6 FTE", "FTE: 0.5", "0.5-0.6 FTE"); not an amount ("£54,000 FTE").
 */
const FTE_FRACTION =
  /(?<![\d.,])(0?\.\d{1,2})(?:\s*(?:-|–|to)\s*(0?\.\d{1,2}|1(?:\.0{1,2})?))?\s*FTE\b|\bFTE\s*:?\s*(0?\.\d{1,2})(?![\d.,])/;
/** A full week where the employer gives none: the US 40 hours (the UK's 37.5 gives the same answers here). */
const FULL_WEEK = 40;
/**
 * The fraction's hours are part-time ones (under 30 a week, as hours are read): "0.6 FTE" is 22.5-24
 * hours, part-time; "0.9 FTE" is 36 hours, which a "Regular Full-Time" status rightly calls full-time.
 * The top of a range decides.
 */
const partTimeFte = (text: string): boolean => {
  const m = text.slice(0, 60_000).match(FTE_FRACTION);
  if (!m) return false;
  const top = Number(m[2] ?? m[1] ?? m[3]);
  return top > 0 && top * (fullTimeWeek(text) ?? FULL_WEEK) < 30;
};

/**
 * The value of an FTE fact (".5 (AM)", "0.6", "1.0"): a whole post is full-time; a fraction is read
 * as its hours are (under 30 a week part-time, so "0.9" says neither). Not a salary.
 */
export function typeOfFte(value: string): 'full_time' | 'part_time' | null {
  // A workload in per cent ("60 – 80%", "100 %"): under a whole post is part-time, as Swiss and Nordic
  // employers call it (Teilzeit, deltid); a range reaching 100 from below says neither.
  const pct = value.match(/^\s*(\d{1,3})\s*%?\s*(?:[-–]\s*(\d{1,3})\s*)?%\s*$/);
  if (pct) {
    const [low, high] = [Number(pct[1]), Number(pct[2] ?? pct[1])];
    if (high < 100 && high > 0) return 'part_time';
    return low >= 100 ? 'full_time' : null;
  }
  const m = value.match(/^\s*(0?\.\d{1,2}|1(?:\.0{1,2})?)(?![\d.,%])/);
  if (!m) return null;
  const share = Number(m[1]);
  if (share === 1) return 'full_time';
  return share > 0 && share * FULL_WEEK < 30 ? 'part_time' : null;
}

/**
 * The job's stated weekly hours are part-time ones: under the employer's full-time week, else under
 * 30; or, where no hours are given, its full-time-equivalent fraction comes to under 30 a week.
 */
export const partTimeHoursStated = (text: string): boolean => {
  const hours = weeklyHoursStated(text);
  if (hours != null) return hours > 0 && hours < (fullTimeWeek(text) ?? 30);
  return partTimeFte(text);
};

/**
 * A full week's hours with no type word ("Hours: 37.5 hours per week", "You'll work 40 hours a
 * week"): full-time, as a reader takes the UK's 37.5-hour week or the US 40. The whole range must
 * reach the employer's full-time week, else 35 (30-35 is part-time in some places, full in others).
 * The description's lines first, then the facts beside it ("Hours" / "37.5 hours per week").
 */
export function fullTimeHoursStated(text: string, facts: readonly string[] = []): boolean {
  const fromFact = facts.map((f) => f.trim().match(HOURS_VALUE)).find(Boolean);
  const hours = weeklyHoursSpan(text) ?? (fromFact ? span(fromFact, 1) : null);
  return hours != null && hours[0] >= (fullTimeWeek(text) ?? 35) && hours[1] <= 60;
}
