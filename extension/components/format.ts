import type { Salary } from '../../shared/domain/index.ts';

const PERIOD: Record<string, string> = {
  HOUR: 'hour',
  DAY: 'day',
  WEEK: 'week',
  MONTH: 'month',
  YEAR: 'year',
};

/** "€85,000–€105,000 / year". */
export function formatSalary(s: Salary): string {
  if (s.min == null && s.max == null) return s.text ?? '';
  const fmt = (n: number) =>
    new Intl.NumberFormat('en', {
      style: s.currency ? 'currency' : 'decimal',
      currency: s.currency ?? undefined,
      maximumFractionDigits: n % 1 ? 2 : 0,
    }).format(n);
  const range =
    s.min != null && s.max != null && s.min !== s.max
      ? `${fmt(s.min)}–${fmt(s.max)}`
      : fmt((s.max ?? s.min)!);
  return s.period ? `${range} / ${PERIOD[s.period]}` : range;
}
