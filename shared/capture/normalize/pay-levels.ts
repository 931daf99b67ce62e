import type { Salary } from '../types.ts';
import { findMoney, type MoneyMatch } from './salary.ts';

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
