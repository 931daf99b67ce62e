import type { AlertFrequency, CheckOutcome, WatchAlert, WatchCheck } from './alert.ts';

const HOUR = 3_600_000;
export const PERIOD_MS: Record<AlertFrequency, number> = { daily: 24 * HOUR, weekly: 7 * 24 * HOUR };
/** The first retry after an error waits this long, doubling per error in a row, never past a period. */
const FIRST_BACKOFF_MS = HOUR;
/** A Retry-After beyond this is read as this (a misbehaving header must not silence an alert for good). */
const MAX_RETRY_AFTER_MS = 7 * 24 * HOUR;

/**
 * Whether the board may be asked now: at most one request per period, none before a Retry-After or
 * backoff ends, none for a board that does not exist (the user fixes or removes the alert).
 */
export function isDue(
  alert: Pick<WatchAlert, 'enabled' | 'frequency'>,
  check: WatchCheck,
  now: Date,
): boolean {
  if (!alert.enabled || check.lastOutcome?.kind === 'not-found') return false;
  const t = now.getTime();
  if (check.notBefore && t < Date.parse(check.notBefore)) return false;
  // A failed request counts against the period too: backoff (notBefore) decides when it is retried.
  if (check.lastRunAt && check.failures === 0 && t < Date.parse(check.lastRunAt) + PERIOD_MS[alert.frequency])
    return false;
  return true;
}

/** The request headers: a conditional request when the last good answer carried validators. */
export function conditionalHeaders(check: Pick<WatchCheck, 'etag' | 'lastModified'>): Record<string, string> {
  return {
    accept: 'application/json',
    ...(check.etag ? { 'if-none-match': check.etag } : {}),
    ...(check.lastModified ? { 'if-modified-since': check.lastModified } : {}),
  };
}

/** Retry-After as delay-seconds or an HTTP date (RFC 9110 §10.2.3); null when absent or unreadable. */
export function retryAfterMs(value: string | null, now: Date): number | null {
  if (!value) return null;
  const v = value.trim();
  const ms = /^\d+$/.test(v) ? Number(v) * 1000 : Date.parse(v) - now.getTime();
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS) : null;
}

export interface HttpAnswer {
  status: number;
  etag: string | null;
  lastModified: string | null;
  retryAfter: string | null;
}

/**
 * The check state after an answer that was not a readable list (everything but a 200 with a body):
 * 304 keeps everything, 404 stops the alert, 429 honours Retry-After, other errors back off.
 */
export function afterFailure(
  alert: Pick<WatchAlert, 'ats' | 'board' | 'frequency'>,
  check: WatchCheck,
  answer: HttpAnswer | { error: string },
  now: Date,
): WatchCheck {
  const base = { ...check, lastRunAt: now.toISOString() };
  if ('status' in answer && answer.status === 304)
    return { ...base, failures: 0, notBefore: null, lastOutcome: { kind: 'not-modified' } };
  if ('status' in answer && (answer.status === 404 || answer.status === 410))
    return {
      ...base,
      notBefore: null,
      lastOutcome: {
        kind: 'not-found',
        message: `Board not found: ${alert.ats} has no public board named “${alert.board}”. Check the board URL.`,
      },
    };
  const failures = check.failures + 1;
  const backoff = Math.min(FIRST_BACKOFF_MS * 2 ** (failures - 1), PERIOD_MS[alert.frequency]);
  let outcome: CheckOutcome;
  let wait = backoff;
  if ('status' in answer && answer.status === 429) {
    const asked = retryAfterMs(answer.retryAfter, now);
    wait = asked ?? backoff;
    outcome = {
      kind: 'rate-limited',
      message: `The board asked us to slow down; next try after ${new Date(now.getTime() + wait).toISOString()}.`,
    };
  } else {
    const what = 'status' in answer ? `The board answered ${answer.status}` : answer.error;
    outcome = {
      kind: 'error',
      message: `${what}; next try after ${new Date(now.getTime() + wait).toISOString()}.`,
    };
  }
  return { ...base, failures, notBefore: new Date(now.getTime() + wait).toISOString(), lastOutcome: outcome };
}

/** The check state after a good list: validators kept for the next conditional request. */
export function afterSuccess(
  check: WatchCheck,
  answer: HttpAnswer,
  found: { total: number; fresh: number; notified: number },
  now: Date,
): WatchCheck {
  return {
    ...check,
    lastRunAt: now.toISOString(),
    failures: 0,
    notBefore: null,
    etag: answer.etag,
    lastModified: answer.lastModified,
    lastOutcome: { kind: 'ok', ...found },
  };
}
