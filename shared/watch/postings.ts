import { ATS_APIS } from '../capture/enrich/ats-api.ts';
import { canonicalUrl } from '../capture/identity.ts';
import type { JobDraft, PostingFields } from '../domain/job.ts';
import type { AlertCriteria, WatchAlert } from './alert.ts';

/** One open posting from a board's list, read into posting fields. */
export interface BoardPosting {
  id: string;
  url: string;
  fields: Partial<PostingFields>;
  /** Its part of the API answer (kept for one-click save). */
  body: unknown;
}

/** A board's list answer as postings; null when the answer is not that board's list. */
export function readBoardList(
  alert: Pick<WatchAlert, 'ats' | 'board'>,
  body: unknown,
): BoardPosting[] | null {
  const api = ATS_APIS[alert.ats];
  const listed = api?.list(body);
  if (!api || !listed) return null;
  return listed.flatMap((p) => {
    const fields = api.read(p.body, { ats: alert.ats, id: p.id, board: alert.board });
    return fields?.title ? [{ id: p.id, url: p.url, fields, body: p.body }] : [];
  });
}

const lower = (s: string) => s.toLocaleLowerCase();
const locationText = (f: Partial<PostingFields>) => (f.locations ?? []).map((l) => l.raw).join(' · ');

/** Why a posting fails the alert's criteria, or null when it passes. */
export function criteriaMiss(fields: Partial<PostingFields>, c: AlertCriteria): string | null {
  const title = lower(fields.title ?? '');
  if (c.titles.length && !c.titles.some((t) => t.trim() && title.includes(lower(t.trim())))) return 'title';
  const remote = fields.workType === 'remote' || /\bremote\b/i.test(locationText(fields));
  if (c.remoteOnly && !remote) return 'remote';
  const where = lower(locationText(fields));
  if (
    c.locations.length &&
    !c.locations.some(
      (l) => l.trim() && (where.includes(lower(l.trim())) || (remote && /^remote$/i.test(l.trim()))),
    )
  )
    return 'location';
  return null;
}

export const locationOf = (fields: Partial<PostingFields>): string | null => locationText(fields) || null;

/**
 * The posting as a capture draft, every field marked as read from the board's public API: saving it
 * goes through the same path as a capture from the page.
 */
export function draftFromPosting(
  alert: Pick<WatchAlert, 'ats' | 'board' | 'name'>,
  posting: Pick<BoardPosting, 'id' | 'url' | 'fields'>,
  now: Date,
): JobDraft {
  const fields = { company: alert.name, ...posting.fields };
  const provenance = Object.fromEntries(
    Object.keys(fields).map((k) => [
      k,
      k === 'company' && !posting.fields.company
        ? { source: 'user' as const, confidence: 1, detail: 'the company name on your watch' }
        : { source: 'api' as const, confidence: 0.9, detail: `${alert.ats} public job list` },
    ]),
  );
  return {
    url: posting.url,
    canonicalUrl: canonicalUrl(posting.url),
    ats: { ats: alert.ats, id: posting.id, board: alert.board },
    fields,
    provenance,
    gaps: ['title', 'company', 'locations', 'descriptionText'].filter(
      (k) => !(fields as Record<string, unknown>)[k],
    ),
    extractedAt: now.toISOString(),
  };
}
