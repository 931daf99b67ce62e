// A 50 MB multi-file upload survives the backend dying under it: the functions process (which serves the
// Storage stand-in) is SIGKILLed mid-upload and restarted; the uploader retries, every file arrives once, a
// reconciliation finds no object row without bytes and no bytes without a row, and a second device
// downloads every file with the hash recorded beside it.
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  defaultKeyFile,
  LOCAL_AUTHORIZED_PARTY,
  LOCAL_ISSUER,
  loadLocalSigningKey,
  signLocalToken,
} from '../../backend/local/jwks-key.ts';
import { type JwksServer, startJwksServer } from '../../backend/local/jwks-server.ts';
import { freePort } from '../../backend/local/ports.ts';
import { REPO_ROOT } from '../../backend/local/stack.ts';
import { BlobStore } from '../../backend/storage/blobs.ts';
import { sha256Hex } from '../../shared/domain/documents.ts';
import {
  downloadFile,
  type FileDoc,
  type ResumeBucket,
  uploadFiles,
} from '../../shared/storage/resume-files.ts';
import { createBackendClient } from '../../shared/supabase/client.ts';
import { startTestRouter, type TestRouter } from './support/deno-router.ts';

const dbUrl = inject('dbUrl');
const admin = new pg.Pool({ connectionString: dbUrl, max: 2 });
const key = await loadLocalSigningKey(defaultKeyFile(REPO_ROOT));
const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobraker-storage-kill-'));
const blobs = new BlobStore(storageDir);
let jwks: JwksServer;
let port: number;
let router: TestRouter;

const start = async () => {
  router = await startTestRouter(port, {
    SUPABASE_DB_URL: dbUrl,
    CLERK_ISSUER: LOCAL_ISSUER,
    CLERK_JWKS_URL: jwks.jwksUrl,
    CLERK_AUTHORIZED_PARTIES: LOCAL_AUTHORIZED_PARTY,
    JOBRAKER_STORAGE_DIR: storageDir,
  });
};

beforeAll(async () => {
  jwks = await startJwksServer({ key });
  port = await freePort();
  await start();
});
afterAll(async () => {
  await router?.stop();
  await jwks?.stop();
  await admin.end();
  fs.rmSync(storageDir, { recursive: true, force: true });
});

const PDF = 'application/pdf';
const FILES = 11;
const SIZE = 4_700_000; // 11 × 4.7 MB ≈ 51.7 MB, each under the bucket's 5 MB limit

describe('Storage: kill and restart mid-upload', () => {
  it('retries, stores every file exactly once, leaves no orphans, and a second device gets the same bytes', async () => {
    const user = `user_upload_${randomUUID().slice(0, 8)}`;
    const getToken = () => signLocalToken(key, user);
    const url = `http://127.0.0.1:${port}`;
    const plans = await Promise.all(
      Array.from({ length: FILES }, async (_, i) => {
        const bytes = new Uint8Array(randomBytes(SIZE));
        const doc: FileDoc = {
          id: randomUUID(),
          fileName: `resume-${i}.pdf`,
          mimeType: PDF,
          size: SIZE,
          sha256: await sha256Hex(bytes),
        };
        return { doc, bytes };
      }),
    );

    const storage = createBackendClient({ url, getToken }).storage.from('resumes');
    let calls = 0;
    let restarted: Promise<void> | undefined;
    const deviceA: ResumeBucket = {
      upload: (p, body, options) => {
        if (++calls === 4) {
          // Upload 4 is on the wire: kill the backend under it, bring it back 500 ms later.
          setTimeout(() => {
            restarted = router.kill().then(() => new Promise((r) => setTimeout(r, 500)).then(start));
          }, 15);
        }
        return storage.upload(p, body, options);
      },
      download: (p) => storage.download(p),
      createSignedUrl: (p, s) => storage.createSignedUrl(p, s),
    };

    const outcomes = await uploadFiles(deviceA, user, plans, { attempts: 10, baseDelayMs: 300 });
    await restarted;
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
    expect(
      outcomes.some((o) => o.attempts > 1),
      JSON.stringify(outcomes),
    ).toBe(true);

    // Reconciliation: object rows of this user against bytes on disk, both ways.
    const { rows } = await admin.query<{ bucket: string; key: string; version: string }>(
      `select bucket_id as bucket, name as key, version from storage.objects where starts_with(name, $1)`,
      [`${user}/`],
    );
    expect(rows.map((r) => r.key).sort()).toEqual(
      plans.map((p) => `${user}/${p.doc.id}/${p.doc.fileName}`).sort(),
    );
    expect(rows.filter((r) => !fs.existsSync(blobs.pathOf(r)))).toEqual([]);
    const named = new Set(rows.map((r) => blobs.pathOf(r)));
    expect((await blobs.files()).filter((f) => !named.has(f))).toEqual([]);

    // Device B: its own client, nothing local; every file downloads with the recorded hash.
    const deviceB = createBackendClient({ url, getToken }).storage.from('resumes');
    for (const { doc, bytes } of plans) {
      const got = await downloadFile(deviceB, user, doc);
      expect(got.ok, doc.fileName).toBe(true);
      if (got.ok) expect(got.value.byteLength).toBe(bytes.byteLength);
    }
    // Leave the shared database as found: these rows' bytes live in this test's own folder.
    const removed = await storage.remove(rows.map((r) => r.key));
    expect(removed.data).toHaveLength(FILES);
  });
});
