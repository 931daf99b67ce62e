import { ATS_APIS } from '../../../shared/capture/enrich/ats-api.ts';
import { newId, nowIso } from '../../../shared/domain/index.ts';
import {
  type AlertCriteria,
  type AlertFrequency,
  boardKey,
  boardRefFromJob,
  boardRefFromUrl,
  newAlert,
  type WatchAlert,
} from '../../../shared/watch/alert.ts';
import { WatchAlertRecord } from '../../../shared/watch/alert-record.ts';
import { draftFromPosting } from '../../../shared/watch/postings.ts';
import type { JobrakerDatabase } from '../db/database.ts';
import { type SaveResult, saveDraft } from '../services/jobs.ts';

export interface WatchRequest {
  /** Follow the board of this saved job… */
  jobId?: string;
  /** …or the board at this URL. */
  url?: string;
  name?: string;
  frequency?: AlertFrequency;
  criteria?: AlertCriteria;
  minScore?: number;
}

export class NotWatchable extends Error {
  constructor(what: string) {
    super(
      `${what} is not a Greenhouse, Lever or Ashby board. Paste the company's board URL, like https://jobs.lever.co/<company>.`,
    );
    this.name = 'NotWatchable';
  }
}

/** Follows a company's board; following a board already followed returns that alert unchanged. */
export async function watchCompany(db: JobrakerDatabase, req: WatchRequest): Promise<WatchAlert> {
  const job = req.jobId ? await db.jobs.get(req.jobId) : undefined;
  if (req.jobId && !job) throw new Error('That job is no longer saved.');
  const ref = job ? boardRefFromJob(job) : boardRefFromUrl(req.url ?? '');
  if (!ref) throw new NotWatchable(job ? `This job's site` : `“${req.url ?? ''}”`);
  return db.transaction('rw', db.watchAlerts, async () => {
    const existing = await db.watchAlerts.where('boardKey').equals(boardKey(ref)).first();
    if (existing) return existing;
    const alert = newAlert(ref, {
      id: newId(),
      name: req.name ?? job?.company,
      now: nowIso(),
      ...(req.frequency ? { frequency: req.frequency } : {}),
      ...(req.criteria ? { criteria: req.criteria } : {}),
      ...(req.minScore !== undefined ? { minScore: req.minScore } : {}),
    });
    await db.watchAlerts.add(alert);
    return alert;
  });
}

export type AlertPatch = Partial<
  Pick<WatchAlert, 'name' | 'frequency' | 'criteria' | 'minScore' | 'enabled'>
>;

/** Changes what an alert looks for. A "board not found" alert is tried again on this device after an edit. */
export async function updateWatch(db: JobrakerDatabase, id: string, patch: AlertPatch): Promise<WatchAlert> {
  return db.transaction('rw', db.watchAlerts, db.watchChecks, async () => {
    const alert = await db.watchAlerts.get(id);
    if (!alert) throw new Error('That alert was removed.');
    const next: WatchAlert = {
      ...alert,
      ...patch,
      minScore: Math.min(100, Math.max(0, Math.round(patch.minScore ?? alert.minScore))),
      updatedAt: nowIso(),
    };
    // The alert syncs: refuse here, naming the field, what the server would refuse.
    const invalid = WatchAlertRecord.safeParse(next).error?.issues[0];
    if (invalid) throw new Error(`${invalid.path.join('.')}: ${invalid.message}`);
    await db.watchAlerts.put(next);
    const check = await db.watchChecks.get(id);
    if (check?.lastOutcome?.kind === 'not-found')
      await db.watchChecks.put({ ...check, lastOutcome: null, failures: 0 });
    return next;
  });
}

/** Stops following a board and forgets the postings it saw (a synced delete: other devices stop too). */
export async function unwatch(db: JobrakerDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.watchAlerts, db.watchChecks, db.watchSeen, async () => {
    await db.watchAlerts.delete(id);
    await db.watchChecks.delete(id);
    await db.watchSeen.where('alertId').equals(id).delete();
  });
}

/**
 * Saves a posting an alert found, from the board's API answer (each field marked as read from the API),
 * through the same save as a capture. The caller is a user's click (a notification or our own page).
 */
export async function saveWatchedPosting(db: JobrakerDatabase, seenId: string): Promise<SaveResult> {
  const seen = await db.watchSeen.get(seenId);
  const alert = seen && (await db.watchAlerts.get(seen.alertId));
  if (!seen || !alert) throw new Error('That posting is no longer in your company watch.');
  const fields = ATS_APIS[alert.ats]?.read(seen.body, {
    ats: alert.ats,
    id: seen.postingId,
    board: alert.board,
  });
  if (!fields?.title) throw new Error('The posting could not be read from the board’s answer.');
  return saveDraft(db, draftFromPosting(alert, { id: seen.postingId, url: seen.url, fields }, new Date()));
}
