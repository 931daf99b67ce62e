// Resume-file throughput through supabase-js against the local Storage stand-in (real Postgres + RLS + Deno,
// bytes on disk): upload (upsert) and download per file size, printed as bytes per second with the counts.
//   npx tsx tests/bench/storage.ts [files per size = 5]
import { randomBytes, randomUUID } from 'node:crypto';
import { defaultKeyFile, loadLocalSigningKey, signLocalToken } from '../../backend/local/jwks-key.ts';
import { startScratchStack } from '../../backend/local/scratch-stack.ts';
import { REPO_ROOT } from '../../backend/local/stack.ts';
import { sha256Hex } from '../../shared/domain/documents.ts';
import { downloadFile, type FileDoc, uploadFile } from '../../shared/storage/resume-files.ts';
import { createBackendClient } from '../../shared/supabase/client.ts';

const PER_SIZE = Number(process.argv[2] ?? 5);
const SIZES = [100 * 1024, 1024 * 1024, 4_900_000];
const stack = await startScratchStack('bench-storage');
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);
try {
  const key = await loadLocalSigningKey(defaultKeyFile(REPO_ROOT));
  const user = `user_bench_${randomUUID().slice(0, 8)}`;
  const bucket = createBackendClient({
    url: stack.apiUrl,
    getToken: () => signLocalToken(key, user),
  }).storage.from('resumes');
  console.log(`Storage stand-in at ${stack.apiUrl}, ${PER_SIZE} files per size\n`);
  console.log('size        files  upload MB/s  download MB/s  upload ms/file  download ms/file');
  for (const size of SIZES) {
    const files = await Promise.all(
      Array.from({ length: PER_SIZE }, async (_, i) => {
        const bytes = new Uint8Array(randomBytes(size));
        const doc: FileDoc = {
          id: randomUUID(),
          fileName: `cv-${i}.pdf`,
          mimeType: 'application/pdf',
          size,
          sha256: await sha256Hex(bytes),
        };
        return { doc, bytes };
      }),
    );
    const up0 = performance.now();
    for (const f of files) {
      const r = await uploadFile(bucket, user, f.doc, f.bytes);
      if (!r.ok) throw new Error(r.message);
    }
    const upMs = performance.now() - up0;
    const down0 = performance.now();
    for (const f of files) {
      const r = await downloadFile(bucket, user, f.doc);
      if (!r.ok) throw new Error(r.message);
    }
    const downMs = performance.now() - down0;
    const total = size * PER_SIZE;
    const line = `${`${mb(size)} MB`.padEnd(12)}${String(PER_SIZE).padEnd(7)}${(total / 1024 / 1024 / (upMs / 1000)).toFixed(1).padEnd(13)}${(total / 1024 / 1024 / (downMs / 1000)).toFixed(1).padEnd(15)}${(upMs / PER_SIZE).toFixed(0).padEnd(16)}${(downMs / PER_SIZE).toFixed(0)}`;
    console.log(line);
  }
} finally {
  await stack.stop();
}
