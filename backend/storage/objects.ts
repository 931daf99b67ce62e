// The object operations of the local Storage stand-in (see handler.ts). Bytes are written before the row
// that names them and pruned after it commits, so a crash at any point leaves either the old object or the
// new one, plus at most an unnamed file that the next start sweeps (blobs.ts).
import type { VerifiedClaims } from '../auth/verify.ts';
import { asUser } from '../db/pool.ts';
import { BodyTooLargeError, readCappedBytes } from '../http/body.ts';
import { json } from '../http/json.ts';
import { fromPostgres, type StorageError, storageErrorResponse, storageErrors } from './errors.ts';
import type { StorageDeps } from './handler.ts';
import { listObjects } from './list.ts';
import { fileFromMultipart } from './multipart.ts';
import { type ObjectRow, SELECT_OBJECT, serveObject } from './object-row.ts';
import { checkSignedUrl, signObjectUrl } from './signed-url.ts';

type Target = { bucket: string; key: string };
interface Bucket {
  id: string;
  file_size_limit: string | null;
  allowed_mime_types: string[] | null;
}

/** Ceiling when a bucket sets no limit (the hosted default global limit is 50 MB). */
const GLOBAL_LIMIT = 50 * 1024 * 1024;
const fail = (error: StorageError) => storageErrorResponse(error);

export function objectOps({ pool, blobs, signingSecret }: StorageDeps) {
  const bucketOf = async (id: string): Promise<Bucket | undefined> =>
    (
      await pool.query<Bucket>(
        'select id, file_size_limit::text, allowed_mime_types from storage.buckets where id = $1',
        [id],
      )
    ).rows[0];

  async function readBody(request: Request, limit: number): Promise<{ bytes: Uint8Array; mime: string }> {
    const type = request.headers.get('content-type') ?? 'text/plain;charset=UTF-8';
    if (!type.toLowerCase().startsWith('multipart/form-data')) {
      return { bytes: await readCappedBytes(request, limit), mime: type };
    }
    // supabase-js sends Blob/File bodies as FormData: fields `cacheControl` and '' (the file).
    const file = fileFromMultipart(await readCappedBytes(request, limit + 64 * 1024), type);
    if (!file) throw new Error('The form has no file part');
    if (file.bytes.byteLength > limit) throw new BodyTooLargeError(limit);
    return file;
  }

  return {
    async upload(request: Request, claims: VerifiedClaims, t: Target & { replace: boolean }) {
      const bucket = await bucketOf(t.bucket);
      if (!bucket) return fail(storageErrors.noSuchBucket(t.bucket));
      const limit = Math.min(Number(bucket.file_size_limit ?? GLOBAL_LIMIT), GLOBAL_LIMIT);
      let body: { bytes: Uint8Array; mime: string };
      try {
        body = await readBody(request, limit);
      } catch (error) {
        if (error instanceof BodyTooLargeError) return fail(storageErrors.tooLarge());
        return fail(storageErrors.invalidRequest(`The upload body could not be read: ${String(error)}`));
      }
      const mime = body.mime.split(';')[0]?.trim().toLowerCase() ?? '';
      if (bucket.allowed_mime_types?.length && !bucket.allowed_mime_types.includes(mime)) {
        return fail(storageErrors.mime(mime));
      }
      const upsert = t.replace || request.headers.get('x-upsert') === 'true';
      const version = await blobs.write(t.bucket, t.key, body.bytes);
      const metadata = {
        eTag: `"${version}"`,
        size: body.bytes.byteLength,
        mimetype: mime,
        cacheControl: request.headers.get('cache-control') ?? 'max-age=3600',
        lastModified: new Date().toISOString(),
        contentLength: body.bytes.byteLength,
        httpStatusCode: 200,
      };
      const conflict = upsert
        ? `on conflict (bucket_id, name) do update set version = excluded.version, metadata = excluded.metadata,
             owner_id = excluded.owner_id, updated_at = now(), last_accessed_at = now()`
        : '';
      try {
        const row = await asUser(pool, claims, async (db) => {
          if (t.replace && !(await db.query(SELECT_OBJECT, [t.bucket, t.key])).rowCount) return null;
          const inserted = await db.query<{ id: string }>(
            `insert into storage.objects (bucket_id, name, owner_id, version, metadata)
             values ($1, $2, auth.jwt() ->> 'sub', $3, $4) ${conflict} returning id`,
            [t.bucket, t.key, version, metadata],
          );
          return inserted.rows[0] ?? null;
        });
        if (!row) {
          await blobs.discard({ ...t, version });
          return fail(storageErrors.noSuchKey());
        }
        await blobs.prune(t.bucket, t.key, version);
        return json({ Id: row.id, Key: `${t.bucket}/${t.key}` });
      } catch (error) {
        await blobs.discard({ ...t, version });
        return fail(fromPostgres(error));
      }
    },

    async download(claims: VerifiedClaims, t: Target & { head: boolean }) {
      let row: ObjectRow | undefined;
      try {
        row = await asUser(
          pool,
          claims,
          async (db) => (await db.query<ObjectRow>(SELECT_OBJECT, [t.bucket, t.key])).rows[0],
        );
      } catch (error) {
        return fail(fromPostgres(error));
      }
      if (!row) return fail(storageErrors.noSuchKey());
      if (t.head) return serveObject(row, null);
      const bytes = await blobs.read({ ...t, version: row.version }).catch(() => null);
      return bytes ? serveObject(row, bytes) : fail(storageErrors.noSuchKey());
    },

    async sign(request: Request, claims: VerifiedClaims, t: Target) {
      const body = (await request.json().catch(() => null)) as { expiresIn?: unknown } | null;
      const expiresIn = Number(body?.expiresIn);
      if (!Number.isInteger(expiresIn) || expiresIn < 1) {
        return fail(
          storageErrors.invalidRequest('body/expiresIn must be a positive whole number of seconds'),
        );
      }
      try {
        const seen = await asUser(
          pool,
          claims,
          async (db) => (await db.query(SELECT_OBJECT, [t.bucket, t.key])).rowCount,
        );
        if (!seen) return fail(storageErrors.noSuchKey());
      } catch (error) {
        return fail(fromPostgres(error));
      }
      return json({ signedURL: await signObjectUrl(signingSecret, t.bucket, t.key, expiresIn) });
    },

    async signedDownload(t: Target & { token: string }) {
      const check = await checkSignedUrl(signingSecret, t.token, t.bucket, t.key);
      if (!check.ok) return fail(storageErrors.invalidSignature(check.message));
      const row = (await pool.query<ObjectRow>(SELECT_OBJECT, [t.bucket, t.key])).rows[0];
      if (!row) return fail(storageErrors.noSuchKey());
      const bytes = await blobs.read({ ...t, version: row.version }).catch(() => null);
      return bytes ? serveObject(row, bytes) : fail(storageErrors.noSuchKey());
    },

    async remove(request: Request, claims: VerifiedClaims, bucket: string) {
      const body = (await request.json().catch(() => null)) as { prefixes?: unknown } | null;
      const prefixes = body?.prefixes;
      if (
        !Array.isArray(prefixes) ||
        !prefixes.every((p) => typeof p === 'string') ||
        prefixes.length > 1000
      ) {
        return fail(storageErrors.invalidRequest('body/prefixes must be an array of up to 1000 object keys'));
      }
      try {
        // RLS's delete policy hides other users' objects: they are simply not deleted (as on hosted Storage).
        const deleted = await asUser(
          pool,
          claims,
          async (db) =>
            (
              await db.query<{ name: string }>(
                `delete from storage.objects where bucket_id = $1 and name = any($2::text[])
               returning id, name, bucket_id, owner_id, version, metadata, created_at, updated_at, last_accessed_at`,
                [bucket, prefixes],
              )
            ).rows,
        );
        for (const row of deleted) await blobs.prune(bucket, row.name, undefined);
        return json(deleted);
      } catch (error) {
        return fail(fromPostgres(error));
      }
    },

    list: (request: Request, claims: VerifiedClaims, bucket: string) =>
      listObjects(pool, claims, request, bucket),
  };
}

export type ObjectOps = ReturnType<typeof objectOps>;
