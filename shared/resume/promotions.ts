/**
 * A promotion written on one heading line ("Senior Android Engineer (since Jan 2024); Android Engineer (Mar
 * 2022 - Dec 2023)", "SOC Analyst II (promoted Aug 2024) | SOC Analyst I, Sep 2023 - Jul 2024"): two
 * roles, the title held now from the date it names, the earlier one over its own range. Read as one line,
 * the only range was the earlier title's, and the person seemed to have left the job they hold.
 */
import { findDateSpan } from './dates.ts';

const PROMOTED = /^(.+?)\s*\(\s*(?:since|promoted(?:\s+in)?)\s+([^()]+?)\s*\)\s*[;|]\s*(.+)$/i;

export function splitPromotions(lines: readonly string[]): string[] {
  return lines.flatMap((line) => {
    const m = PROMOTED.exec(line);
    if (!m) return [line];
    const since = findDateSpan(m[2]!);
    const earlier = findDateSpan(m[3]!);
    // The date alone ("Jan 2024"), and a range for the earlier title: anything else is left as written.
    if (!since || since.start || !since.end || !earlier?.start) return [line];
    return [`${m[1]!.trim()} | ${since.text} - Present`, m[3]!.trim()];
  });
}
