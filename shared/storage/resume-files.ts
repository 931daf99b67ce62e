// Resume and cover-letter files in Supabase Storage: where a document's bytes live (bucket `resumes`,
// `{user_id}/{document_id}/{file name}`), and moving them with their SHA-256 checked on both ends, so the
// bytes autofill sends on any device are exactly the ones the user imported. Takes the bucket by the shape
// of supabase-js `storage.from('resumes')`; errors come back as typed results the UI can say plainly.
import {
  DOCUMENT_MIME_TYPES,
  type DocumentMeta,
  MAX_DOCUMENT_BYTES,
  sha256Hex,
} from '../domain/documents.ts';

export const RESUME_BUCKET = 'resumes';
/** What the bucket accepts: the document types except plain text (the bucket's allowed_mime_types). */
export const STORED_MIME_TYPES: readonly string[] = DOCUMENT_MIME_TYPES.filter((t) => t !== 'text/plain');

type StorageErr = { message: string; statusCode?: string; status?: number } | null;
/** The part of supabase-js StorageFileApi used here. */
export interface ResumeBucket {
  upload(
    path: string,
    body: Uint8Array,
    options: { contentType: string; upsert: boolean },
  ): Promise<{ data: unknown; error: StorageErr }>;
  download(path: string): Promise<{ data: Blob | null; error: StorageErr }>;
  createSignedUrl(
    path: string,
    expiresIn: number,
  ): Promise<{ data: { signedUrl: string } | null; error: StorageErr }>;
}

export type FileDoc = Pick<DocumentMeta, 'id' | 'fileName' | 'mimeType' | 'size' | 'sha256'>;
export type FileResult<T> = { ok: true; value: T } | { ok: false; retryable: boolean; message: string };

export const objectPath = (userId: string, doc: Pick<DocumentMeta, 'id' | 'fileName'>) =>
  `${userId}/${doc.id}/${doc.fileName}`;

/** Storage's code is in `statusCode` (a string; the HTTP status is 400 for all of them). */
function explain(doc: FileDoc, error: NonNullable<StorageErr>): FileResult<never> {
  const code = error.statusCode ?? '';
  const name = `"${doc.fileName}"`;
  if (code === '413')
    return { ok: false, retryable: false, message: `${name} is over the server's 5 MB limit.` };
  if (code === '415')
    return { ok: false, retryable: false, message: `${name}: the server keeps only PDF and DOCX files.` };
  if (code === '403')
    return {
      ok: false,
      retryable: false,
      message: `The server refused ${name}: ${error.message}. Sign in again.`,
    };
  if (code === '404') return { ok: false, retryable: false, message: `${name} is not on the server (yet).` };
  // Network failures (no statusCode) and 5xx heal by themselves: try again later.
  return { ok: false, retryable: true, message: `${name} could not be transferred: ${error.message}` };
}

export async function uploadFile(
  bucket: ResumeBucket,
  userId: string,
  doc: FileDoc,
  bytes: Uint8Array,
): Promise<FileResult<string>> {
  if (!STORED_MIME_TYPES.includes(doc.mimeType))
    return {
      ok: false,
      retryable: false,
      message: `"${doc.fileName}" stays in this browser: only PDF and DOCX are stored on the server.`,
    };
  if (bytes.byteLength > MAX_DOCUMENT_BYTES)
    return { ok: false, retryable: false, message: `"${doc.fileName}" is over the 5 MB limit.` };
  if ((await sha256Hex(bytes)) !== doc.sha256)
    return {
      ok: false,
      retryable: false,
      message: `"${doc.fileName}" changed since it was imported; import it again.`,
    };
  const path = objectPath(userId, doc);
  try {
    // upsert: a retry after a lost response, or the same document re-sent, simply replaces identical bytes.
    const { error } = await bucket.upload(path, bytes, { contentType: doc.mimeType, upsert: true });
    return error ? explain(doc, error) : { ok: true, value: path };
  } catch (error) {
    return explain(doc, { message: String(error) });
  }
}

/** The document's bytes from Storage, refused unless their hash is the one recorded beside them. */
export async function downloadFile(
  bucket: ResumeBucket,
  userId: string,
  doc: FileDoc,
): Promise<FileResult<Uint8Array>> {
  try {
    const { data, error } = await bucket.download(objectPath(userId, doc));
    if (error || !data) return explain(doc, error ?? { message: 'empty response' });
    const bytes = new Uint8Array(await data.arrayBuffer());
    if ((await sha256Hex(bytes)) !== doc.sha256)
      return {
        ok: false,
        retryable: false,
        message: `"${doc.fileName}" on the server is not the file recorded (hash differs).`,
      };
    return { ok: true, value: bytes };
  } catch (error) {
    return explain(doc, { message: String(error) });
  }
}

/** A time-limited link to the file (where a link is needed, e.g. to open it in a tab). */
export async function fileLink(
  bucket: ResumeBucket,
  userId: string,
  doc: FileDoc,
  seconds = 300,
): Promise<FileResult<string>> {
  const { data, error } = await bucket.createSignedUrl(objectPath(userId, doc), seconds);
  return error || !data ? explain(doc, error ?? { message: 'no link' }) : { ok: true, value: data.signedUrl };
}

export interface UploadPlan {
  doc: FileDoc;
  bytes: Uint8Array;
}
export interface UploadOutcome {
  id: string;
  ok: boolean;
  attempts: number;
  message?: string;
}

/** Uploads each file, retrying retryable failures with a growing wait (a backend restart, a dropped link). */
export async function uploadFiles(
  bucket: ResumeBucket,
  userId: string,
  plans: UploadPlan[],
  { attempts = 6, baseDelayMs = 500, sleep = (ms: number) => new Promise((r) => setTimeout(r, ms)) } = {},
): Promise<UploadOutcome[]> {
  const outcomes: UploadOutcome[] = [];
  for (const { doc, bytes } of plans) {
    let result: FileResult<string> = { ok: false, retryable: true, message: 'not tried' };
    let tried = 0;
    while (tried < attempts) {
      tried++;
      result = await uploadFile(bucket, userId, doc, bytes);
      if (result.ok || !result.retryable) break;
      await sleep(baseDelayMs * 2 ** (tried - 1));
    }
    outcomes.push({
      id: doc.id,
      ok: result.ok,
      attempts: tried,
      ...(result.ok ? {} : { message: result.message }),
    });
  }
  return outcomes;
}
