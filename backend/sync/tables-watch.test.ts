// The company watch alert between the client's record and public.job_alerts: every field the user set comes
// back as it was sent, and a record the server must not store is refused naming the field.
import { describe, expect, it } from 'vitest';
import { ALERT_FREQUENCIES, newAlert, WATCHED_ATS, type WatchAlert } from '../../shared/watch/alert.ts';
import { Constants } from '../../supabase/types.gen.ts';
import { jobAlerts } from './tables-watch.ts';

const AT = '2026-12-04T12:00:00.000Z';
const EDITED = '2026-12-04T13:30:00.000Z';
const ctx = { userId: 'user_a' };

/** What Postgres gives back for a written row: timestamps as its text, user_id and sync_seq beside. */
function stored(row: Record<string, unknown>): Record<string, unknown> {
  const pgTime = (iso: unknown) => String(iso).replace('T', ' ').replace('.000Z', '+00');
  return {
    ...row,
    created_at: pgTime(row.created_at),
    updated_at: pgTime(row.updated_at),
    last_run_at: null,
    min_salary: null,
    currency: null,
    sync_seq: 42,
  };
}

const alerts: WatchAlert[] = [
  {
    ...newAlert(
      { ats: 'greenhouse', board: 'NorthwindLabs' },
      { id: '01900000-0000-7000-8000-00000000a001', now: AT },
    ),
    name: 'Northwind Labs',
    frequency: 'weekly',
    criteria: { titles: ['backend', 'platform engineer'], locations: ['Berlin', 'Remote'], remoteOnly: true },
    minScore: 72,
    enabled: false,
    updatedAt: EDITED,
  },
  newAlert(
    { ats: 'lever', board: 'quill.feather_2' },
    { id: '01900000-0000-7000-8000-00000000a002', now: AT },
  ),
  {
    ...newAlert(
      { ats: 'ashby', board: 'Lumen Forge' },
      { id: '01900000-0000-7000-8000-00000000a003', now: AT },
    ),
    minScore: 0,
  },
];

describe('job_alerts mapping', () => {
  it.each(alerts.map((a) => [a.board, a] as const))(
    '%s comes back from the server exactly as sent',
    (_, alert) => {
      const parsed = jobAlerts.schema.parse(alert);
      const row = jobAlerts.toServer(parsed, alert.updatedAt, ctx);
      expect(jobAlerts.fromServer(stored(row))).toEqual(alert);
    },
  );

  it('writes the criteria into the saved-search columns and stamps the push time as the clock', () => {
    const row = jobAlerts.toServer(jobAlerts.schema.parse(alerts[0]), '2026-12-04T14:00:00.000Z', ctx);
    expect(row).toMatchObject({
      ats: 'greenhouse',
      board: 'NorthwindLabs',
      keywords: ['backend', 'platform engineer'],
      locations: ['Berlin', 'Remote'],
      work_types: ['remote'],
      min_score: 72,
      enabled: false,
      frequency: 'weekly',
      updated_at: '2026-12-04T14:00:00.000Z',
      deleted_at: null,
    });
    expect(Object.keys(row).sort()).toEqual([...jobAlerts.columns].sort());
    expect(jobAlerts.toServer(jobAlerts.schema.parse(alerts[1]), AT, ctx).work_types).toEqual([]);
  });

  it('keeps the device’s check state and its own keys out of the server row', () => {
    const withState = { ...alerts[1], lastRunAt: AT, etag: 'W/"1"', failures: 3 };
    const row = jobAlerts.toServer(jobAlerts.schema.parse(withState), AT, ctx);
    expect(row).not.toHaveProperty('last_run_at');
    expect(JSON.stringify(row)).not.toContain('W/');
  });

  it.each([
    [{ ats: 'workday' }, /^ats/],
    [{ board: 'north/wind' }, /^board: .*not a board name on Greenhouse/],
    [{ board: '' }, /^board/],
    [{ board: 'x'.repeat(3001) }, /^board: Too long/],
    [{ minScore: 101 }, /^minScore/],
    [{ name: '   ' }, /^name: Give the company a name/],
    [{ frequency: 'instant' }, /^frequency/],
    [{ criteria: { titles: ['a\u0000b'], locations: [], remoteOnly: false } }, /^criteria\.titles\.0/],
  ])('refuses %j, naming the field', (patch, reason) => {
    const result = jobAlerts.schema.safeParse({ ...alerts[0], ...patch });
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(`${issue?.path.join('.')}: ${issue?.message}`).toMatch(reason);
  });

  it('names the same boards and frequencies as the database’s enums', () => {
    expect(Constants.public.Enums.watched_ats).toEqual(WATCHED_ATS);
    expect(Constants.public.Enums.alert_frequency).toEqual(expect.arrayContaining([...ALERT_FREQUENCIES]));
  });
});
