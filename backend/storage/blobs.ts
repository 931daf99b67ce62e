// Object bytes on disk for the local Storage stand-in. Each object version is its own file,
// objects/<sha256(bucket/key)>/<version>, written before the row that names it is committed; a version no
// row names (the server died between the two) is an orphan, and sweepOrphans() removes it at the next start.
// File names are hashes, so no key (`..`, `%2F`, …) can ever reach outside the folder.
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

export interface StoredRef {
  bucket: string;
  key: string;
  version: string;
}

export class BlobStore {
  constructor(readonly root: string) {}

  private folder(bucket: string, key: string): string {
    const hash = createHash('sha256').update(`${bucket}/${key}`).digest('hex');
    return path.join(this.root, 'objects', hash);
  }

  /** Writes a new version and returns its id; nothing is replaced until a row names it. */
  async write(bucket: string, key: string, bytes: Uint8Array): Promise<string> {
    const version = randomUUID();
    const folder = this.folder(bucket, key);
    const tmp = path.join(this.root, 'tmp', `${version}.part`);
    await fs.mkdir(path.dirname(tmp), { recursive: true });
    await fs.mkdir(folder, { recursive: true });
    await fs.writeFile(tmp, bytes);
    await fs.rename(tmp, path.join(folder, version));
    return version;
  }

  read(ref: StoredRef): Promise<Uint8Array> {
    return fs.readFile(path.join(this.folder(ref.bucket, ref.key), ref.version));
  }

  /** Drops one uncommitted version (its row was refused). */
  discard(ref: StoredRef): Promise<void> {
    return fs.rm(this.pathOf(ref), { force: true });
  }

  /** Removes every version of the object except `keep` (after a replace commits, or all after a delete). */
  async prune(bucket: string, key: string, keep?: string): Promise<void> {
    const folder = this.folder(bucket, key);
    const names = await fs.readdir(folder).catch(() => [] as string[]);
    await Promise.all(
      names.filter((n) => n !== keep).map((n) => fs.rm(path.join(folder, n), { force: true })),
    );
    if (!keep) await fs.rmdir(folder).catch(() => undefined);
  }

  /** Deletes half-written uploads and versions no row names. Returns how many files it removed. */
  async sweepOrphans(live: StoredRef[]): Promise<number> {
    await fs.rm(path.join(this.root, 'tmp'), { recursive: true, force: true });
    const wanted = new Set(live.map((r) => path.join(this.folder(r.bucket, r.key), r.version)));
    let removed = 0;
    for (const file of await this.files()) {
      if (wanted.has(file)) continue;
      await fs.rm(file, { force: true });
      removed++;
    }
    return removed;
  }

  /** Every stored version on disk (for sweeps and for tests' reconciliation). */
  async files(): Promise<string[]> {
    const objects = path.join(this.root, 'objects');
    const folders = await fs.readdir(objects).catch(() => [] as string[]);
    const out: string[] = [];
    for (const folder of folders) {
      for (const name of await fs.readdir(path.join(objects, folder)).catch(() => [] as string[])) {
        out.push(path.join(objects, folder, name));
      }
    }
    return out;
  }

  /** The file that holds a version (tests compare it with the row). */
  pathOf(ref: StoredRef): string {
    return path.join(this.folder(ref.bucket, ref.key), ref.version);
  }
}
