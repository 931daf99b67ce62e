import { boardById } from '../boards/index.ts';
import type { Job } from '../domain/job.ts';

/** The boards whose public API lists every open posting of an employer (peers.md §3). */
export const WATCHED_ATS = ['greenhouse', 'lever', 'ashby'] as const;
export type WatchedAts = (typeof WATCHED_ATS)[number];
/** How the user reads each one's name. */
export const WATCHED_ATS_NAMES: Record<WatchedAts, string> = {
  greenhouse: 'Greenhouse',
  lever: 'Lever',
  ashby: 'Ashby',
};

export const ALERT_FREQUENCIES = ['daily', 'weekly'] as const;
export type AlertFrequency = (typeof ALERT_FREQUENCIES)[number];

/** What a posting must look like to be worth a notification (empty lists: anything). */
export interface AlertCriteria {
  /** Words the title must contain one of ("backend", "platform engineer"). */
  titles: string[];
  /** Places the location must mention one of ("Remote", "Berlin"). */
  locations: string[];
  /** Only postings the board marks remote. */
  remoteOnly: boolean;
}

/** How the last check went, shown with the alert. */
export type CheckOutcome =
  | { kind: 'ok'; total: number; fresh: number; notified: number }
  | { kind: 'not-modified' }
  | { kind: 'not-found'; message: string }
  | { kind: 'rate-limited'; message: string }
  | { kind: 'error'; message: string };

/**
 * One followed company board (Dexie `watchAlerts`; one per board, so one request per board per period):
 * what the user chose. It syncs (server: public.job_alerts); how this device's requests went does not
 * (WatchCheck).
 */
export interface WatchAlert {
  id: string;
  /** `<ats>:<board>`, unique. */
  boardKey: string;
  ats: WatchedAts;
  board: string;
  /** The company's name as the user knows it. */
  name: string;
  frequency: AlertFrequency;
  criteria: AlertCriteria;
  /** Notify only at or above this match score (0–100); postings without a score (no profile) pass. */
  minScore: number;
  enabled: boolean;
  createdAt: string;
  /** The user's last edit: the alert's last-writer-wins clock across devices (a check never moves it). */
  updatedAt: string;
}

/**
 * This device's requests to one alert's board (Dexie `watchChecks`, keyed by the alert; never synced).
 * Politeness is per device: the backoff, Retry-After and validators answer this browser's requests, and
 * each device checks, sees and notifies on its own.
 */
export interface WatchCheck {
  alertId: string;
  /** When the board was last asked (successfully or not). */
  lastRunAt: string | null;
  /** No request before this time (Retry-After, backoff after errors). */
  notBefore: string | null;
  /** Errors in a row, for the backoff. */
  failures: number;
  /** Validators from the last good answer, sent back as a conditional request. */
  etag: string | null;
  lastModified: string | null;
  lastOutcome: CheckOutcome | null;
}

/** The check state of an alert this device has not asked about yet (new here, or pulled from another device). */
export const neverChecked = (alertId: string): WatchCheck => ({
  alertId,
  lastRunAt: null,
  notBefore: null,
  failures: 0,
  etag: null,
  lastModified: null,
  lastOutcome: null,
});

/**
 * A posting an alert has seen (Dexie `watchSeen`), kept so this device never announces it twice. Never
 * synced: each device checks and notifies on its own, and a seen list from another device would silence
 * this one for postings it never announced (and cost a sync write per posting per check). So two devices
 * following one company may each announce a posting once (README, Company watch).
 */
export interface SeenPosting {
  /** `<alertId>|<postingId>` */
  id: string;
  alertId: string;
  postingId: string;
  title: string;
  url: string;
  location: string | null;
  firstSeenAt: string;
  score: number | null;
  /** It passed the criteria and threshold: listed under "found" and announced. */
  matched: boolean;
  /** The posting as the API gave it, so one click saves it without asking the board again. */
  body: unknown;
}

export interface BoardRef {
  ats: WatchedAts;
  board: string;
}

const isWatched = (id: string): id is WatchedAts => (WATCHED_ATS as readonly string[]).includes(id);

/** The watched board a URL belongs to (a board page or one of its postings), or null. */
export function boardRefFromUrl(raw: string): BoardRef | null {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  for (const ats of WATCHED_ATS) {
    const board = boardById(ats)?.boardApi?.boardOf(u);
    if (board) return { ats, board };
  }
  return null;
}

/**
 * Why a board reference cannot be watched (null when it can): the board must be the name its own page
 * gives back, so a stored or synced one is exactly what following its URL would have made.
 */
export function boardProblem(ref: { ats: string; board: string }): string | null {
  const api = isWatched(ref.ats) ? boardById(ref.ats)?.boardApi : undefined;
  if (!api) return `“${ref.ats}” is not a watched board (${WATCHED_ATS.join(', ')})`;
  let back: string | null = null;
  try {
    back = api.boardOf(new URL(api.pageUrl(ref.board)));
  } catch {
    back = null;
  }
  return back === ref.board
    ? null
    : `“${ref.board}” is not a board name on ${WATCHED_ATS_NAMES[ref.ats as WatchedAts]}`;
}

/** The board a captured job came from: its ATS reference, else its URL. */
export function boardRefFromJob(job: Pick<Job, 'ats' | 'url'>): BoardRef | null {
  if (job.ats?.board && isWatched(job.ats.ats)) return { ats: job.ats.ats, board: job.ats.board };
  return boardRefFromUrl(job.url);
}

export const boardKey = (ref: BoardRef) => `${ref.ats}:${ref.board.toLowerCase()}`;

/** Where the board's list lives (the board unit knows). */
export function listUrl(ref: BoardRef): string {
  const api = boardById(ref.ats)?.boardApi;
  if (!api) throw new Error(`${ref.ats} has no public job list.`);
  return api.listUrl(ref.board);
}

export function newAlert(
  ref: BoardRef,
  init: { id: string; name?: string; now: string } & Partial<
    Pick<WatchAlert, 'frequency' | 'criteria' | 'minScore'>
  >,
): WatchAlert {
  return {
    id: init.id,
    boardKey: boardKey(ref),
    ats: ref.ats,
    board: ref.board,
    name: init.name?.trim() || ref.board,
    frequency: init.frequency ?? 'daily',
    criteria: init.criteria ?? { titles: [], locations: [], remoteOnly: false },
    minScore: init.minScore ?? 60,
    enabled: true,
    createdAt: init.now,
    updatedAt: init.now,
  };
}
