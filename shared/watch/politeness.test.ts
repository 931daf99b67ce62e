import { describe, expect, it } from 'vitest';
import { neverChecked, newAlert, type WatchAlert, type WatchCheck } from './alert.ts';
import { afterFailure, afterSuccess, conditionalHeaders, isDue, retryAfterMs } from './politeness.ts';

const T0 = new Date('2026-12-04T12:00:00Z');
const at = (hours: number) => new Date(T0.getTime() + hours * 3_600_000);
const alert = (over: Partial<WatchAlert> = {}): WatchAlert => ({
  ...newAlert({ ats: 'greenhouse', board: 'acme' }, { id: 'a1', now: T0.toISOString() }),
  ...over,
});
const check = (over: Partial<WatchCheck> = {}): WatchCheck => ({ ...neverChecked('a1'), ...over });
const http = (
  status: number,
  over: Partial<{ etag: string; retryAfter: string; lastModified: string }> = {},
) => ({
  status,
  etag: over.etag ?? null,
  lastModified: over.lastModified ?? null,
  retryAfter: over.retryAfter ?? null,
});
const failed = (c: WatchCheck, answer: Parameters<typeof afterFailure>[2], when: Date) =>
  afterFailure(alert(), c, answer, when);

describe('when a board may be asked', () => {
  it('at once when never asked, then once per period', () => {
    expect(isDue(alert(), check(), T0)).toBe(true);
    const ran = afterSuccess(check(), http(200), { total: 1, fresh: 1, notified: 0 }, T0);
    expect(isDue(alert(), ran, at(23.9))).toBe(false);
    expect(isDue(alert(), ran, at(24))).toBe(true);
    const weekly = alert({ frequency: 'weekly' });
    expect(isDue(weekly, ran, at(24 * 6))).toBe(false);
    expect(isDue(weekly, ran, at(24 * 7))).toBe(true);
  });

  it('never when paused', () => {
    expect(isDue(alert({ enabled: false }), check(), T0)).toBe(false);
  });

  it('sends back the validators of the last good answer', () => {
    const ran = afterSuccess(
      check(),
      http(200, { etag: 'W/"v1"', lastModified: 'Wed, 02 Dec 2026 10:00:00 GMT' }),
      { total: 0, fresh: 0, notified: 0 },
      T0,
    );
    expect(conditionalHeaders(ran)).toEqual({
      accept: 'application/json',
      'if-none-match': 'W/"v1"',
      'if-modified-since': 'Wed, 02 Dec 2026 10:00:00 GMT',
    });
    expect(conditionalHeaders(check())).toEqual({ accept: 'application/json' });
  });
});

describe('after a failed answer', () => {
  it('304: nothing changed, counts as the period’s request', () => {
    const c = failed(check({ etag: '"v1"' }), http(304), T0);
    expect(c.lastOutcome).toEqual({ kind: 'not-modified' });
    expect(c.etag).toBe('"v1"');
    expect(isDue(alert(), c, at(1))).toBe(false);
  });

  it('404: "board not found", and no retries until the user edits the alert', () => {
    const c = failed(check(), http(404), T0);
    expect(c.lastOutcome).toMatchObject({ kind: 'not-found' });
    expect((c.lastOutcome as { message: string }).message).toContain('acme');
    expect(isDue(alert(), c, at(24 * 30))).toBe(false);
  });

  it('429: waits what Retry-After says (seconds or a date)', () => {
    const c = failed(check(), http(429, { retryAfter: '7200' }), T0);
    expect(c.lastOutcome).toMatchObject({ kind: 'rate-limited' });
    expect(isDue(alert(), c, at(1.99))).toBe(false);
    expect(isDue(alert(), c, at(2))).toBe(true);
    expect(retryAfterMs('Fri, 04 Dec 2026 13:00:00 GMT', T0)).toBe(3_600_000);
    expect(retryAfterMs('soon', T0)).toBeNull();
    expect(retryAfterMs('99999999', T0)).toBe(7 * 24 * 3_600_000);
  });

  it('500 and network errors: backs off 1 h, 2 h, 4 h… never past a period', () => {
    let c = failed(check(), http(500), T0);
    expect(c.lastOutcome).toMatchObject({ kind: 'error' });
    expect(isDue(alert(), c, at(0.99))).toBe(false);
    expect(isDue(alert(), c, at(1))).toBe(true);
    c = failed(c, { error: 'Network error: offline' }, at(1));
    expect(c.failures).toBe(2);
    expect(isDue(alert(), c, at(2.99))).toBe(false);
    expect(isDue(alert(), c, at(3))).toBe(true);
    for (let i = 0; i < 10; i++) c = failed(c, http(503), at(3));
    expect(Date.parse(c.notBefore!) - at(3).getTime()).toBe(24 * 3_600_000);
    const ok = afterSuccess(c, http(200), { total: 0, fresh: 0, notified: 0 }, at(30));
    expect(ok.failures).toBe(0);
    expect(ok.notBefore).toBeNull();
  });

  it('gives back check state only: nothing the user chose, so a check never makes the alert sync', () => {
    const keys = Object.keys(check()).sort();
    expect(Object.keys(failed(check(), http(404), T0)).sort()).toEqual(keys);
    expect(Object.keys(failed(check(), http(500), T0)).sort()).toEqual(keys);
    expect(
      Object.keys(afterSuccess(check(), http(200), { total: 0, fresh: 0, notified: 0 }, T0)).sort(),
    ).toEqual(keys);
  });
});
