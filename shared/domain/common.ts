import { uuidv7 } from 'uuidv7';
import { z } from 'zod';
import { boundedText, FIELD_LIMITS } from './limits.ts';

/** Client-generated, time-ordered ids: a row has the same id locally and on the server. */
export const newId = (): string => uuidv7();

export const Id = z.string().uuid();
/** Timestamps travel as ISO-8601 strings so they survive messaging, JSON export and Postgres alike. */
export const IsoDateTime = z.string().datetime({ offset: true });
/** A calendar date (deadline, start date): `YYYY-MM-DD`. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-01-31');
/** A month (experience and education dates): `YYYY-MM`. */
export const IsoMonth = z.string().regex(/^\d{4}-\d{2}$/, 'Use a month like 2024-03');

export const nowIso = (): string => new Date().toISOString();

export const Currency = z.string().regex(/^[A-Z]{3}$/, 'Use an ISO 4217 code such as USD');
export const PayPeriod = z.enum(['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR']);
export type PayPeriod = z.infer<typeof PayPeriod>;

export const WorkType = z.enum(['remote', 'hybrid', 'onsite']);
export type WorkType = z.infer<typeof WorkType>;

/**
 * A web link the extension may store, show and open: http or https only (a `javascript:` or `data:` link from
 * an imported file or a synced row would run when clicked).
 */
export const WebUrl = boundedText(FIELD_LIMITS.url)
  .url('Enter a full URL starting with https://')
  .regex(/^https?:\/\//i, 'Only http and https links are allowed');
