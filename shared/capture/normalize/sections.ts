import { SECTION_RULES, type SectionKind, type SectionRule } from './section-rules.ts';

/**
 * The one reader of posting section headings, for capture and match. Headings are found by
 * wording, not markup: plain text is all a captured description is guaranteed to have.
 */
export type { SectionKind, SectionRule } from './section-rules.ts';

export const BULLET = /^\s*(?:[-•·▪◦*‣●○■□➢►✓✔]|\d{1,2}[.)])\s*/;

/** The heading rule a line matches, or null when the line is not a heading. */
export function headingRule(line: string): SectionRule | null {
  const t = line.trim();
  if (!t || t.length > 70 || BULLET.test(line)) return null;
  // "Nice to have: dbt, Looker" is a label with content, handled by inlineLabel.
  if (/:\s*\S/.test(t)) return null;
  const words = t.split(/\s+/).length;
  const colon = /:\s*$/.test(t);
  // A heading is short, and either ends in a colon or has no sentence punctuation.
  if (!colon && (words > 8 || /[.!?;,]$/.test(t))) return null;
  for (const rule of SECTION_RULES) {
    const m = rule.re.exec(t);
    // Without a colon, the heading word must open the line: "Strong Linux skills" is a bullet.
    if (m && (colon || t.slice(0, m.index).split(/\s+/).filter(Boolean).length <= 1)) return rule;
  }
  return null;
}

export const headingKind = (line: string): SectionKind | null => headingRule(line)?.kind ?? null;

/** "Nice to have: Kafka, dbt" — a label and its content on one line. */
export function inlineLabel(line: string): { kind: SectionKind; rest: string } | null {
  const m = /^\s*([^:]{3,40}):\s+(\S.*)$/.exec(line);
  if (!m) return null;
  const kind = headingKind(`${m[1]}:`);
  return kind ? { kind, rest: m[2]! } : null;
}

/**
 * Inside a requirements list, a line saying "a plus" or "preferred" is preferred. "Ideally" and
 * "preferably" qualify only what follows them ("4+ years, ideally in fintech" stays required)
 * unless they open the line.
 */
export const PREFERRED_ANYWHERE =
  /\b(a plus|is a plus|are a plus|preferred|nice to have|bonus|desirable|desired|strong plus|advantageous|not required)\b/i;
const PREFERRED_LEAD = /^\W*(?:\w+\W+){0,2}(ideally|preferably|optionally)\b/i;
export const isPreferredLine = (text: string) => PREFERRED_ANYWHERE.test(text) || PREFERRED_LEAD.test(text);
