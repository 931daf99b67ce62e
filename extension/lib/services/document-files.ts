// Resume and cover-letter bytes between this browser and Storage: after each successful sync, files not yet
// on the server (or changed) are uploaded; a document whose bytes are not in this browser (it came from
// another device) is downloaded when autofill needs it, and kept only if its hash matches.
import type { DocumentMeta } from '../../../shared/domain/index.ts';
import {
  downloadFile,
  RESUME_BUCKET,
  type ResumeBucket,
  STORED_MIME_TYPES,
  uploadFile,
} from '../../../shared/storage/resume-files.ts';
import { getToken } from '../auth/session.ts';
import { backendClient } from '../auth/supabase.ts';
import type { JobrakerDatabase } from '../db/database.ts';
import { subjectOf } from '../sync/account.ts';
import { SYNC_ENABLED_SETTING } from '../sync/tables.ts';

/** syncState key holding the hash last uploaded for a document (or the reason it cannot be). */
const uploadedKey = (id: string) => `file:${id}`;

async function signedInBucket(
  db: JobrakerDatabase,
): Promise<{ bucket: ResumeBucket; userId: string } | null> {
  if ((await db.settings.get(SYNC_ENABLED_SETTING))?.value !== true) return null; // nothing leaves unless sync is on
  const token = await getToken(db);
  const userId = token ? subjectOf(token) : null;
  const client = await backendClient(db);
  return userId && client ? { bucket: client.storage.from(RESUME_BUCKET), userId } : null;
}

export interface FileSyncReport {
  uploaded: number;
  failed: { fileName: string; message: string }[];
}

/** Uploads every stored-type document whose current bytes the server does not have yet. */
export async function uploadPendingDocuments(db: JobrakerDatabase): Promise<FileSyncReport> {
  const report: FileSyncReport = { uploaded: 0, failed: [] };
  const target = await signedInBucket(db);
  if (!target) return report;
  for (const doc of await db.documents.toArray()) {
    if (!STORED_MIME_TYPES.includes(doc.mimeType)) continue; // plain text stays local by design
    const done = (await db.syncState.get(uploadedKey(doc.id)))?.value;
    if (done === doc.sha256) continue;
    const blob = await db.documentBlobs.get(doc.id);
    if (!blob) continue; // bytes live on another device: nothing to upload from here
    const result = await uploadFile(
      target.bucket,
      target.userId,
      doc,
      new Uint8Array(await blob.blob.arrayBuffer()),
    );
    if (result.ok) {
      await db.syncState.put({ key: uploadedKey(doc.id), value: doc.sha256 });
      report.uploaded++;
    } else {
      report.failed.push({ fileName: doc.fileName, message: result.message });
      if (!result.retryable) break; // e.g. signed out: the next sync tries again
    }
  }
  return report;
}

/** The document's bytes: from this browser, else from Storage (checked against its hash, then kept here). */
export async function documentBlob(db: JobrakerDatabase, doc: DocumentMeta): Promise<Blob | undefined> {
  const local = await db.documentBlobs.get(doc.id);
  if (local) return local.blob;
  const target = await signedInBucket(db);
  if (!target) return undefined;
  const result = await downloadFile(target.bucket, target.userId, doc);
  if (!result.ok) return undefined;
  const blob = new Blob([result.value as BlobPart], { type: doc.mimeType });
  await db.documentBlobs.put({ id: doc.id, blob });
  await db.syncState.put({ key: uploadedKey(doc.id), value: doc.sha256 });
  return blob;
}
