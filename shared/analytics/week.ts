const DAY_MS = 86_400_000;

/**
 * The ISO 8601 week of an instant, in UTC, as "YYYY-Www" (Postgres: `to_char(t at time zone 'UTC',
 * 'IYYY-"W"IW')`). Weeks start on Monday; week 1 is the one holding the year's first Thursday.
 */
export function isoWeek(ms: number): string {
  const midnight = Math.floor(ms / DAY_MS) * DAY_MS;
  const weekday = (new Date(midnight).getUTCDay() + 6) % 7; // Monday = 0
  const thursday = new Date(midnight + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS));
  return `${year}-W${String(week).padStart(2, '0')}`;
}
