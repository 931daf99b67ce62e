import { type Backup, parseBackup } from '../../../shared/backup/bundle.ts';
import { base64ToBytes, bytesToBase64 } from '../../../shared/domain/base64.ts';
import { EXPORT_FORMAT, EXPORT_VERSION, nowIso } from '../../../shared/domain/index.ts';
import { boardKey } from '../../../shared/watch/alert.ts';
import type { JobrakerDatabase } from '../db/database.ts';

/** A job's own records (notes, contacts, rounds, offers, people, their log): backed up and restored whole. */
const JOB_RECORD_TABLES = [
  'jobNotes',
  'jobContacts',
  'interviews',
  'offers',
  'people',
  'interactions',
] as const;

/** Tables restored row for row, by the same name in the file (the profile, documents and alerts take a step of their own). */
const ROW_TABLES = [
  'jobs',
  'stageEvents',
  'personas',
  'matches',
  'artifacts',
  'savedAnswers',
  'receipts',
  ...JOB_RECORD_TABLES,
  'reminderDecisions',
  'followUps',
] as const;
/** What a restore needs of each row table (the rows were validated whole by parseBackup). */
type RowTable = { bulkPut(rows: readonly unknown[]): Promise<unknown> };

export async function exportAll(db: JobrakerDatabase): Promise<Backup> {
  const documents = await db.documents.toArray();
  const blobs = await db.documentBlobs.bulkGet(documents.map((d) => d.id));
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: nowIso(),
    jobs: await db.jobs.toArray(),
    stageEvents: await db.stageEvents.toArray(),
    profile: (await db.profiles.toCollection().first()) ?? null,
    personas: await db.personas.toArray(),
    documents: await Promise.all(
      documents.map(async (d, i) => ({ ...d, base64: blobs[i] ? await blobToBase64(blobs[i].blob) : '' })),
    ),
    matches: await db.matches.toArray(),
    artifacts: await db.artifacts.toArray(),
    savedAnswers: await db.savedAnswers.toArray(),
    receipts: await db.receipts.toArray(),
    jobNotes: await db.jobNotes.toArray(),
    jobContacts: await db.jobContacts.toArray(),
    interviews: await db.interviews.toArray(),
    offers: await db.offers.toArray(),
    people: await db.people.toArray(),
    interactions: await db.interactions.toArray(),
    reminderDecisions: await db.reminderDecisions.toArray(),
    followUps: await db.followUps.toArray(),
    // The watched companies as the user chose them (this device's check state stays behind).
    watchAlerts: (await db.watchAlerts.toArray()).map(({ boardKey: _key, ...alert }) => alert),
  };
}

export interface ImportSummary {
  jobs: number;
  documents: number;
  total: number;
}

/**
 * Imports an export file. The whole file is validated before anything is written, and the write is
 * one transaction: a bad file changes nothing. Rows are upserted by id, so importing the same file
 * twice leaves one copy.
 */
export async function importAll(db: JobrakerDatabase, text: string): Promise<ImportSummary> {
  const bundle = parseBackup(text);
  const tables = [
    ...ROW_TABLES.map((t) => db[t]),
    db.profiles,
    db.documents,
    db.documentBlobs,
    db.watchAlerts,
  ];
  await db.transaction('rw', tables, async () => {
    // Every row table is upserted by id as the file holds it; the rest need a step of their own.
    for (const t of ROW_TABLES) await (db[t] as unknown as RowTable).bulkPut(bundle[t]);
    if (bundle.profile) {
      await db.profiles.clear();
      await db.profiles.put(bundle.profile);
    }
    for (const { base64, ...meta } of bundle.documents) {
      await db.documents.put(meta);
      await db.documentBlobs.put({ id: meta.id, blob: base64ToBlob(base64, meta.mimeType) });
    }
    // One alert per board: a board this browser already watches keeps its own alert.
    const watched = new Map((await db.watchAlerts.toArray()).map((a) => [a.boardKey, a.id]));
    const alerts = bundle.watchAlerts
      .map((a) => ({ ...a, boardKey: boardKey(a) }))
      .filter((a) => (watched.get(a.boardKey) ?? a.id) === a.id);
    await db.watchAlerts.bulkPut(alerts);
  });
  const total =
    ROW_TABLES.reduce((sum, t) => sum + bundle[t].length, 0) +
    (bundle.profile ? 1 : 0) +
    bundle.documents.length +
    bundle.watchAlerts.length;
  return { jobs: bundle.jobs.length, documents: bundle.documents.length, total };
}

async function blobToBase64(blob: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await blob.arrayBuffer()));
}

function base64ToBlob(base64: string, type: string): Blob {
  return new Blob([base64ToBytes(base64)], { type });
}
