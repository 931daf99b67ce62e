import type { AtsRef } from '../../../shared/domain/index.ts';

/** Display names of the ATS kinds a job records as its source (Job.ats.ats). */
const BOARD_NAMES: Record<AtsRef['ats'], string> = {
  greenhouse: 'Greenhouse',
  lever: 'Lever',
  ashby: 'Ashby',
  workday: 'Workday',
  linkedin: 'LinkedIn',
  indeed: 'Indeed',
  smartrecruiters: 'SmartRecruiters',
  workable: 'Workable',
  other: 'Other board',
};

export const boardName = (key: string | null): string =>
  key === null ? 'Not recorded' : (BOARD_NAMES[key as AtsRef['ats']] ?? key);

/** "2026-W45" → "Week 45, 2026". */
export function weekName(key: string | null): string {
  const m = key ? /^(\d{4})-W(\d{2})$/.exec(key) : null;
  return m ? `Week ${Number(m[2])}, ${m[1]}` : 'Date not recorded';
}

/** 0.75 → "75%"; null (nothing to divide) → "—". */
export const percent = (rate: number | null): string =>
  rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`;

/** Days with one decimal: 1.5 → "1.5 days", 1 → "1 day". */
export function days(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const rounded = Math.round(value * 10) / 10;
  return `${rounded} ${rounded === 1 ? 'day' : 'days'}`;
}
