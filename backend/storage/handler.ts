// The local Storage stand-in: the subset of Supabase Storage's HTTP API that supabase-js uses (upload and
// upsert, download, sign + signed download, remove, list) under /storage/v1, over storage.objects with the
// bytes on disk (blobs.ts). DEVELOPMENT SERVER ONLY: hosted projects run supabase/storage itself.
// Every query about objects runs as the caller (asUser: role + request.jwt.claims), so the policies in
// supabase/migrations decide access exactly as on a hosted project. Errors follow §4.2 of
// contracts-ai-storage.md (HTTP 400 with the real code as a string in the body).
import type pg from 'pg';
import { authenticate } from '../auth/middleware.ts';
import type { TokenVerifier } from '../auth/verify.ts';
import { withCors } from '../http/cors.ts';
import type { BlobStore } from './blobs.ts';
import { storageErrorResponse, storageErrors } from './errors.ts';
import { isStorableKey, parseStorageRoute } from './keys.ts';
import { type ObjectOps, objectOps } from './objects.ts';

export interface StorageDeps {
  pool: pg.Pool;
  verify: TokenVerifier;
  blobs: BlobStore;
  /** HS256 secret for signed URLs (a fresh random one per start is fine for development). */
  signingSecret: Uint8Array;
}

/** Headers supabase-js storage sends beyond the functions' list, so extension pages can call us. */
const STORAGE_HEADERS =
  'authorization, x-client-info, apikey, content-type, x-upsert, cache-control, x-metadata';

export function createStorageHandler(deps: StorageDeps): (request: Request) => Promise<Response> {
  const ops: ObjectOps = objectOps(deps);
  const inner = withCors(async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const route = parseStorageRoute(request.method, url);
    if (route.op === 'unknown') {
      return storageErrorResponse(
        storageErrors.invalidRequest(
          `${request.method} ${url.pathname} is not served by the local Storage stand-in`,
        ),
      );
    }
    if ('key' in route && !isStorableKey(route.key))
      return storageErrorResponse(storageErrors.invalidKey(route.key));
    // A signed URL is its own credential; everything else needs a signed-in user.
    if (route.op === 'signed-download') return ops.signedDownload(route);
    const auth = await authenticate(request, deps.verify);
    if (!auth.ok) {
      const body = (await auth.response.json()) as { message?: string };
      const message = body.message ?? 'invalid token';
      // Keys unreachable is our fault (500, retry); a bad token is the caller's.
      return storageErrorResponse(
        auth.response.status === 503 ? storageErrors.internal(message) : storageErrors.invalidJwt(message),
      );
    }
    const claims = auth.claims;
    switch (route.op) {
      case 'upload':
        return ops.upload(request, claims, route);
      case 'download':
        return ops.download(claims, route);
      case 'info':
        return ops.download(claims, { ...route, head: true });
      case 'sign':
        return ops.sign(request, claims, route);
      case 'remove':
        return ops.remove(request, claims, route.bucket);
      case 'list':
        return ops.list(request, claims, route.bucket);
    }
  });
  return async (request) => {
    const response = await inner(request);
    if (response.headers.has('access-control-allow-headers')) {
      response.headers.set('access-control-allow-headers', STORAGE_HEADERS);
    }
    return response;
  };
}
