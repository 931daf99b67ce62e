// Company watch alerts (issue 17): what the user chose syncs to public.job_alerts; each device's check
// state (last run, backoff, validators) and seen postings stay in its own browser. Client shape:
// shared/watch/alert-record.ts. A title word list is the table's `keywords`; "remote only" is `work_types`
// = {remote} (empty: any), so the saved-search columns keep one meaning.

import { boardKey, type WatchedAts } from '../../shared/watch/alert.ts';
import { WatchAlertRecord } from '../../shared/watch/alert-record.ts';
import { byId, iso, type RecordSpec, type Row } from './records.ts';

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

export const jobAlerts: RecordSpec = {
  wire: 'job_alerts',
  table: 'job_alerts',
  schema: WatchAlertRecord,
  idOf: byId,
  columns: ['id', 'ats', 'board', 'name', 'frequency', 'keywords', 'locations', 'work_types'].concat([
    'min_score',
    'enabled',
    'created_at',
    'updated_at',
    'deleted_at',
  ]),
  clock: 'updated_at',
  tombstones: true,
  // Saved searches without a board (the table's first design) are not watch alerts: nothing on a device shows them.
  pullWhere: 't.ats is not null',
  toServer: (a, at) => {
    const criteria = a.criteria as { titles: string[]; locations: string[]; remoteOnly: boolean };
    return {
      id: a.id,
      ats: a.ats,
      board: a.board,
      name: a.name,
      frequency: a.frequency,
      keywords: criteria.titles,
      locations: criteria.locations,
      work_types: criteria.remoteOnly ? ['remote'] : [],
      min_score: a.minScore,
      enabled: a.enabled,
      created_at: a.createdAt,
      updated_at: at,
      deleted_at: null,
    };
  },
  fromServer: (r: Row) => ({
    id: r.id,
    boardKey: boardKey({ ats: r.ats as WatchedAts, board: String(r.board) }),
    ats: r.ats,
    board: r.board,
    name: r.name,
    frequency: r.frequency,
    criteria: {
      titles: strings(r.keywords),
      locations: strings(r.locations),
      remoteOnly: strings(r.work_types).includes('remote'),
    },
    minScore: r.min_score,
    enabled: r.enabled,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  }),
};
