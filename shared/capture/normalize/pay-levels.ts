import type { Salary } from '../types.ts';
import { rowMoney } from './pay-rows.ts';
import { findMoney, type MoneyMatch, parseSalary } from './salary.ts';

/** A level's name leading its own range: "Senior: $152,000 – $176,000", "Level II: …". */
const LEVEL_LABEL = /(?:^|[.;\n]\s*)([A-Z][\p{L}-]*(?:\s[IVX\d]+)?)\s*(?:level)?\s*:\s*$/u;
/** A level named in the sentence giving its range: "… at level L4 is $150,000 – $180,000". */
const LEVEL_IN_SENTENCE = /\blevel\s+([A-Z]?[\p{L}\d-]*\d[\p{L}\d-]*|[IVX]+)\s+(?:is|pays)\s*$/iu;

const named = (text: string, label: string) =>
  new RegExp(`(?<!\\p{L})${label}(?![\\p{L}\\d])`, 'iu').test(text);

/** The text offers one opening at either level: "at P3 or P4", "Senior or Staff level". */
const eitherOf = (posting: string, a: string, b: string) =>
  new RegExp(`(?<![\\p{L}\\d])${a}\\s*(?:or|/)\\s*${b}(?![\\p{L}\\d])`, 'iu').test(posting);

/**
 * One opening hired at either of two levels ("Senior / Staff Data Engineer", "We're hiring at Senior
 * or Staff level … Senior: $152,000 – $176,000 base. Staff: $181,000 – $212,000 base"): the job pays
 * from the lower level's minimum to the higher's maximum, whichever band structured data or the
 * first match picked. Each band must open with its level's name ("Senior: …", "at level P3 is …");
 * the levels open are those the title names, else those the text joins with "or" ("at P3 or P4");
 * and the bands must share the chosen salary's currency and period.
 */
export function paySpanOverLevels(s: Salary, posting: string, title: string): Salary {
  if (!posting || !title || s.min == null || s.max == null) return s;
  const labelOf = (m: MoneyMatch) => {
    const before = posting.slice(Math.max(0, m.index - 40), m.index);
    return LEVEL_LABEL.exec(before.slice(-30))?.[1] ?? LEVEL_IN_SENTENCE.exec(before)?.[1] ?? null;
  };
  const labelled = findMoney(posting).filter(
    (m) =>
      m.min != null &&
      m.max != null &&
      m.min < m.max &&
      m.currency === s.currency &&
      m.period === s.period &&
      labelOf(m),
  );
  // The title picks the levels; a title naming none leaves it to the text ("at P3 or P4").
  const labels = [...new Set(labelled.map((m) => labelOf(m)!))];
  const inTitle = labels.filter((l) => named(title, l));
  const open =
    inTitle.length > 0
      ? inTitle
      : labels.filter((l) =>
          labels.some((o) => o !== l && (eitherOf(posting, l, o) || eitherOf(posting, o, l))),
        );
  const bands = labelled.filter((m) => open.includes(labelOf(m)!));
  if (new Set(bands.map(labelOf)).size < 2 || !bands.some((b) => b.min === s.min && b.max === s.max))
    return s;
  const min = Math.min(...bands.map((b) => b.min!));
  const max = Math.max(...bands.map((b) => b.max!));
  return min === s.min && max === s.max ? s : { ...s, min, max };
}

/** The text places the opening at one level: "This opening is at L3", "the role is hired at P4". */
const OPENING_AT = (label: string) =>
  new RegExp(`\\b(?:opening|role|position|job)\\s+is\\s+(?:hired\\s+)?at\\s+${label}(?![\\p{L}\\d])`, 'iu');

/**
 * A pay table row's level: its first word ("E4 Senior Software Engineer …") with the level number or
 * Roman numeral after it ("CSM II $90,000 – $104,000", "Analyst 2 …").
 */
const ROW_LEVEL = /^\s*([\p{L}\d][\p{L}\d-]*(?:\s+(?:[IVX]{1,4}|\d{1,2})(?![\p{L}\d]))?)\s/u;
/** A level's name carries its number: "E4", "P3", "CSM II", "Analyst 2". */
const LEVEL_MARK = /\d|\s[IVX]{1,4}$/;

/**
 * The row of a pay table for the opening's level, where the chosen salary spans the whole table
 * (structured data often states a job family's band: "L2 Data Engineer $98,000 – $118,000", "L3
 * Senior Data Engineer $121,000 – $146,000", "L4 …"). The opening's level is the one row whose
 * leading name the title carries ("Senior Data Engineer (L3)") or the text places it at ("This
 * opening is at L3"); the rows must be adjacent lines in the chosen currency, each with one range.
 */
export function payRowForLevel(s: Salary, posting: string, title: string): Salary {
  if (!posting || s.min == null || s.max == null || s.min === s.max) return s;
  const rows: Array<{ label: string; m: MoneyMatch }> = [];
  for (const line of posting.slice(0, 60_000).split('\n', 400)) {
    // A pay table row: a short line opening with its level's name and giving one range.
    const m = rowMoney(line);
    const label = m ? ROW_LEVEL.exec(line.slice(0, m.index))?.[1] : undefined;
    if (m && label && m.min != null && m.max != null && m.min < m.max && m.currency === s.currency)
      rows.push({ label, m });
    else if (rows.length < 2) rows.length = 0;
    else break;
  }
  if (rows.length < 2) return s;
  const lows = rows.map((r) => r.m.min!);
  const highs = rows.map((r) => r.m.max!);
  if (Math.min(...lows) !== s.min || Math.max(...highs) !== s.max) return s;
  const picked = rows.filter(
    (r) => LEVEL_MARK.test(r.label) && (named(title, r.label) || OPENING_AT(r.label).test(posting)),
  );
  if (picked.length !== 1) return s;
  const row = picked[0]!.m;
  return { ...s, min: row.min, max: row.max, text: row.text, period: s.period ?? row.period };
}

/** "This opening is at level II, which pays £33,500 – £36,500 a year": the level and its range in one sentence. */
const OPENING_LEVEL_PAY =
  /\b(?:opening|role|position|job)\s+is\s+(?:hired\s+)?at\s+level\s+[\p{L}\d-]+,?\s+(?:which\s+)?(?:pays|is paid)\s+([^;\n]{0,80})/iu;

/**
 * A pay range covering every level of a role ("The range shown below covers all three levels"), where
 * the text gives the opening's own level's range: that narrower range inside it is the job's pay.
 */
export function payOfOpeningLevel(s: Salary, posting: string): Salary {
  if (!posting || s.min == null || s.max == null || s.min === s.max) return s;
  const m = OPENING_LEVEL_PAY.exec(posting.slice(0, 60_000));
  const level = m ? parseSalary(m[1]!, { minScore: 1 }) : null;
  if (!level || level.min == null || level.max == null || level.currency !== s.currency) return s;
  if (s.period && level.period && s.period !== level.period) return s;
  if (level.min < s.min || level.max > s.max || (level.min === s.min && level.max === s.max)) return s;
  return { ...s, min: level.min, max: level.max, text: level.text, period: s.period ?? level.period };
}
