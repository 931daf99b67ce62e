// Storage API error bodies exactly as supabase/storage sends them on /object routes
// (../shared/docs/contracts-ai-storage.md §4.2): key order statusCode, error, message, code; `statusCode` is a
// string; the HTTP status is 400 for every error but 500 (the real code lives only in the body).

export type StorageErrorCode =
  | 'NoSuchKey'
  | 'NoSuchBucket'
  | 'AccessDenied'
  | 'InvalidJWT'
  | 'ResourceAlreadyExists'
  | 'EntityTooLarge'
  | 'InvalidMimeType'
  | 'InvalidKey'
  | 'InvalidRequest'
  | 'InvalidSignature'
  | 'DatabaseError'
  | 'InternalError';

export interface StorageError {
  statusCode: string;
  error: string;
  message: string;
  code: StorageErrorCode;
}

const make = (statusCode: number, error: string, message: string, code: StorageErrorCode): StorageError => ({
  statusCode: String(statusCode),
  error,
  message,
  code,
});

export const storageErrors = {
  noSuchKey: () => make(404, 'not_found', 'Object not found', 'NoSuchKey'),
  noSuchBucket: (bucket: string) =>
    make(404, 'Bucket not found', `Bucket ${bucket} not found`, 'NoSuchBucket'),
  rlsDenied: () => make(403, 'Unauthorized', 'new row violates row-level security policy', 'AccessDenied'),
  invalidJwt: (message: string) => make(403, 'Unauthorized', message, 'InvalidJWT'),
  duplicate: () => make(409, 'Duplicate', 'The resource already exists', 'ResourceAlreadyExists'),
  tooLarge: () =>
    make(413, 'Payload too large', 'The object exceeded the maximum allowed size', 'EntityTooLarge'),
  mime: (mime: string) =>
    make(415, 'invalid_mime_type', `mime type ${mime} is not supported`, 'InvalidMimeType'),
  invalidKey: (key: string) => make(400, 'InvalidKey', `Invalid key: ${key}`, 'InvalidKey'),
  invalidRequest: (message: string) => make(400, 'InvalidRequest', message, 'InvalidRequest'),
  invalidSignature: (message: string) => make(400, 'InvalidSignature', message, 'InvalidSignature'),
  database: () => make(500, 'internal', 'The database could not be reached; try again', 'DatabaseError'),
  internal: (message: string) => make(500, 'internal', message, 'InternalError'),
};

export function storageErrorResponse(body: StorageError): Response {
  const status = body.statusCode === '500' ? 500 : 400;
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

/** Postgres errors the Storage server maps to a user-facing code (SST src/storage/database/errors.ts). */
export function fromPostgres(error: unknown): StorageError {
  const code = (error as { code?: string }).code;
  if (code === '42501') return storageErrors.rlsDenied();
  if (code === '23505') return storageErrors.duplicate();
  // A CHECK on the object (e.g. a path the policies refuse) is the caller's mistake, not ours.
  if (code === '23514') return storageErrors.rlsDenied();
  return storageErrors.database();
}
