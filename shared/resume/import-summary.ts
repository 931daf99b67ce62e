import type { MergeSummary } from './merge-into-profile.ts';

/** Text that starts the sentence when a resume adds nothing (scripts read it to tell a re-run). */
export const NOTHING_NEW = 'Already in your profile';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What an accepted import did, in words: the entries it added, or that the profile already held
 * everything (a second import of the same resume is no failure, so it never reads "0 positions").
 */
export function describeImport(summary: MergeSummary, keptFile: boolean): string {
  const added = [
    summary.experience && count(summary.experience, 'position', 'positions'),
    summary.education && count(summary.education, 'school', 'schools'),
    summary.skills && count(summary.skills, 'skill', 'skills'),
    summary.certifications && count(summary.certifications, 'certification', 'certifications'),
    summary.filled.length && `filled ${count(summary.filled.length, 'empty field', 'empty fields')}`,
  ].filter(Boolean);
  const file = keptFile ? ' The file is kept for autofill.' : '';
  if (added.length === 0) return `${NOTHING_NEW}: this resume added nothing new.${file}`;
  return `Imported: ${added.join(', ')}.${file}`;
}
