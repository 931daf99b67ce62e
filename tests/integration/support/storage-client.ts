// supabase-js Storage clients for test users (tokens signed with the local stack's key), a raw fetch for
// what a hostile client sends without the SDK, and a reconciliation of object rows against bytes on disk.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createClient } from '@supabase/supabase-js';
import type pg from 'pg';
import { inject } from 'vitest';
import { BlobStore } from '../../../backend/storage/blobs.ts';
import { tokenFor } from './sync-client.ts';

export const apiUrl = inject('apiUrl');
export const blobs = new BlobStore(inject('storageDir'));
export const PDF = 'application/pdf';
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Node 20 has no global WebSocket, and supabase-js wants one at construction; these tests never subscribe. */
class NoWebSocket {
  constructor() {
    throw new Error('Realtime is not used in these tests');
  }
}

export function supabaseFor(sub: string) {
  return createClient(apiUrl, 'local-publishable-key', {
    accessToken: () => tokenFor(sub),
    realtime: { transport: NoWebSocket as never },
  });
}

export const bucketFor = (sub: string) => supabaseFor(sub).storage.from('resumes');

/** A PDF-looking file of `size` bytes (random, so two files never share a hash). */
export function pdfBytes(size = 2048): Uint8Array {
  const bytes = randomBytes(size);
  bytes.write('%PDF-1.7\n', 0, 'latin1');
  return new Uint8Array(bytes);
}

export async function rawStorage(sub: string | null, method: string, path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  if (sub) headers.set('authorization', `Bearer ${await tokenFor(sub)}`);
  const response = await fetch(`${apiUrl}/storage/v1${path}`, { ...init, method, headers });
  const text = await response.text();
  return { status: response.status, text, body: text ? (JSON.parse(text) as Record<string, unknown>) : null };
}

/** Object rows of `sub` (or everyone) without bytes, and bytes on disk no row names. Both should be 0. */
export async function reconcile(admin: pg.Pool, sub?: string) {
  const rows = await admin.query<{ bucket: string; key: string; version: string }>(
    `select bucket_id as bucket, name as key, version from storage.objects
     where $1::text is null or starts_with(name, $1 || '/')`,
    [sub ?? null],
  );
  const named = new Set(rows.rows.map((r) => blobs.pathOf(r)));
  const rowsWithoutBytes = rows.rows.filter((r) => !fs.existsSync(blobs.pathOf(r))).length;
  const all = await admin.query<{ bucket: string; key: string; version: string }>(
    'select bucket_id as bucket, name as key, version from storage.objects',
  );
  const anyNamed = new Set(all.rows.map((r) => blobs.pathOf(r)));
  const filesWithoutRows = (await blobs.files()).filter((f) => !anyNamed.has(f)).length;
  return { rows: rows.rowCount ?? 0, files: named.size, rowsWithoutBytes, filesWithoutRows };
}
