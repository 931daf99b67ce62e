import type { PostingFields } from '../../../shared/domain/index.ts';
import { prepareJob, prepareProfile, scoreMatch } from '../../../shared/match/index.ts';
import {
  listUrl,
  neverChecked,
  type SeenPosting,
  type WatchAlert,
  type WatchCheck,
} from '../../../shared/watch/alert.ts';
import { afterFailure, afterSuccess, conditionalHeaders, isDue } from '../../../shared/watch/politeness.ts';
import {
  type BoardPosting,
  criteriaMiss,
  locationOf,
  readBoardList,
} from '../../../shared/watch/postings.ts';
import type { JobrakerDatabase } from '../db/database.ts';

/** A notification about one posting (id `watch|<seen id>`) or a summary of several (`watch-alert|<alert id>`). */
export interface WatchNotice {
  id: string;
  title: string;
  message: string;
}

/** What a check needs from its surroundings: the network, the notification centre, the clock. */
export interface WatchDeps {
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  notify: (notice: WatchNotice) => Promise<void>;
  now?: () => Date;
}

/** At most this many postings get a notification each per check; the rest are summed up in one. */
const MAX_NOTICES = 3;

type Scorer = (posting: BoardPosting) => number | null;

/** Scores postings against the profile and its active persona with the match engine (null: no profile yet). */
async function scorerFor(db: JobrakerDatabase): Promise<Scorer> {
  const profile = await db.profiles.toCollection().first();
  const persona = (await db.personas.toArray()).find((p) => p.active) ?? null;
  if (!profile) return () => null;
  const person = prepareProfile(profile, persona);
  return (posting) => {
    const f: Partial<PostingFields> = posting.fields;
    const job = prepareJob({
      id: posting.id,
      title: f.title ?? '',
      company: f.company,
      descriptionText: f.descriptionText,
      locations: f.locations,
      workType: f.workType,
      salary: f.salary,
    });
    return scoreMatch(person, job).score;
  };
}

/** Asks one board once (conditionally), records what is new, announces what fits. Returns its check state. */
export async function checkAlert(
  db: JobrakerDatabase,
  alert: WatchAlert,
  deps: WatchDeps,
  scorer: () => Promise<Scorer> = () => scorerFor(db),
): Promise<WatchCheck> {
  const now = () => deps.now?.() ?? new Date();
  const check = (await db.watchChecks.get(alert.id)) ?? neverChecked(alert.id);
  let res: Response;
  try {
    // no-store: our own validators go out as they are, and a 304 comes back to us (not the HTTP cache's copy).
    res = await deps.fetch(listUrl(alert), { headers: conditionalHeaders(check), cache: 'no-store' });
  } catch (error) {
    return save(
      db,
      afterFailure(alert, check, { error: `Network error: ${(error as Error).message}` }, now()),
    );
  }
  const answer = {
    status: res.status,
    etag: res.headers.get('etag'),
    lastModified: res.headers.get('last-modified'),
    retryAfter: res.headers.get('retry-after'),
  };
  if (res.status !== 200) return save(db, afterFailure(alert, check, answer, now()));
  let postings: BoardPosting[] | null = null;
  try {
    postings = readBoardList(alert, await res.json());
  } catch {
    postings = null;
  }
  if (!postings)
    return save(
      db,
      afterFailure(alert, check, { error: 'The board’s answer was not a job list we can read' }, now()),
    );

  const seen = new Set((await db.watchSeen.where('alertId').equals(alert.id).primaryKeys()) as string[]);
  const fresh = postings.filter((p) => !seen.has(`${alert.id}|${p.id}`));
  const score = fresh.length ? await scorer() : () => null;
  const at = now().toISOString();
  const rows: SeenPosting[] = fresh.map((p) => {
    const s = score(p);
    return {
      id: `${alert.id}|${p.id}`,
      alertId: alert.id,
      postingId: p.id,
      title: p.fields.title ?? '',
      url: p.url,
      location: locationOf(p.fields),
      firstSeenAt: at,
      score: s,
      matched: criteriaMiss(p.fields, alert.criteria) === null && (s === null || s >= alert.minScore),
      body: p.body,
    };
  });
  await db.watchSeen.bulkPut(rows);
  const matched = rows.filter((r) => r.matched).sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
  await announce(alert, matched, deps);
  return save(
    db,
    afterSuccess(
      check,
      answer,
      { total: postings.length, fresh: fresh.length, notified: matched.length },
      now(),
    ),
  );
}

async function announce(alert: WatchAlert, matched: SeenPosting[], deps: WatchDeps) {
  // A notification the browser refuses (notifications turned off) loses nothing: the alert lists what it found.
  const notify = (n: WatchNotice) => deps.notify(n).catch(() => undefined);
  const each = matched.slice(0, MAX_NOTICES);
  for (const r of each)
    await notify({
      id: `watch|${r.id}`,
      title: `${alert.name}: ${r.title}`,
      message: `${r.score === null ? 'New posting' : `Match ${r.score}`}${r.location ? ` · ${r.location}` : ''}. Click to save it to Jobraker.`,
    });
  const rest = matched.length - each.length;
  if (rest > 0)
    await notify({
      id: `watch-alert|${alert.id}`,
      title: `${alert.name}: ${rest} more new posting${rest === 1 ? '' : 's'}`,
      message: 'Open Jobraker’s company watch to see them.',
    });
}

async function save(db: JobrakerDatabase, check: WatchCheck): Promise<WatchCheck> {
  // The user (or a pull from another device) may have removed the alert while its board answered: keep nothing.
  await db.transaction('rw', db.watchAlerts, db.watchChecks, async () => {
    if (await db.watchAlerts.get(check.alertId)) await db.watchChecks.put(check);
  });
  return check;
}

/**
 * Drops the check state and seen postings of alerts that are gone: an alert deleted on another device
 * arrives as a pulled delete of the alert alone (sync writes only synced tables).
 */
async function forgetRemoved(db: JobrakerDatabase): Promise<void> {
  await db.transaction('rw', db.watchAlerts, db.watchChecks, db.watchSeen, async () => {
    const live = new Set((await db.watchAlerts.toCollection().primaryKeys()) as string[]);
    const gone = ((await db.watchChecks.toCollection().primaryKeys()) as string[]).filter(
      (id) => !live.has(id),
    );
    const seenGone = ((await db.watchSeen.orderBy('alertId').uniqueKeys()) as string[]).filter(
      (id) => !live.has(id),
    );
    await db.watchChecks.bulkDelete(gone);
    if (seenGone.length) await db.watchSeen.where('alertId').anyOf(seenGone).delete();
  });
}

/** Checks every alert that is due, one board after another. Returns the check states written. */
export async function checkDueAlerts(db: JobrakerDatabase, deps: WatchDeps): Promise<WatchCheck[]> {
  const now = deps.now?.() ?? new Date();
  await forgetRemoved(db);
  const alerts = await db.watchAlerts.toArray();
  const checks = new Map((await db.watchChecks.toArray()).map((c) => [c.alertId, c]));
  const due = alerts.filter((a) => isDue(a, checks.get(a.id) ?? neverChecked(a.id), now));
  // The profile is prepared once per run, on the first board with something new.
  let scorer: Promise<Scorer> | undefined;
  const shared = () => {
    scorer ??= scorerFor(db);
    return scorer;
  };
  const out: WatchCheck[] = [];
  for (const alert of due) out.push(await checkAlert(db, alert, deps, shared));
  return out;
}
