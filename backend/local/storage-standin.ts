// The local Storage stand-in's shell (DEVELOPMENT SERVER; see backend/storage/handler.ts): reads the
// environment functions-router.ts runs with, sweeps what a crash left half-written, and serves /storage/v1.
import { authConfigFromEnv } from '../auth/config.ts';
import { verifierFromEnv } from '../auth/verify.ts';
import { createPool } from '../db/pool.ts';
import { BlobStore } from '../storage/blobs.ts';
import { createStorageHandler } from '../storage/handler.ts';

export async function startStorageStandin(env: (name: string) => string | undefined) {
  const dbUrl = env('SUPABASE_DB_URL');
  const root = env('JOBRAKER_STORAGE_DIR');
  if (!dbUrl || !root) throw new Error('The Storage stand-in needs SUPABASE_DB_URL and JOBRAKER_STORAGE_DIR');
  const pool = createPool(dbUrl, 4);
  const blobs = new BlobStore(root);
  const live = await pool.query<{ bucket: string; key: string; version: string }>(
    'select bucket_id as bucket, name as key, version from storage.objects where version is not null',
  );
  const swept = await blobs.sweepOrphans(live.rows);
  if (swept > 0) console.error(`[storage] removed ${swept} file(s) no object row names (left by a crash)`);
  const secret = env('JOBRAKER_STORAGE_SIGNING_SECRET');
  const signingSecret = secret
    ? new TextEncoder().encode(secret)
    : crypto.getRandomValues(new Uint8Array(32));
  const verify = verifierFromEnv(() => authConfigFromEnv(env));
  return createStorageHandler({ pool, verify, blobs, signingSecret });
}
