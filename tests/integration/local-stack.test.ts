// Lifecycle of `startLocalStack` itself: clear port errors, persistence across restarts, clean stop,
// and the health function reporting a database that is down. Each case uses its own temp folder and ports.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { startFunctions } from '../../backend/local/functions.ts';
import { pendingMigrations } from '../../backend/local/migrations.ts';
import { freePort, isPortFree, PortInUseError } from '../../backend/local/ports.ts';
import { leftoverPostgres } from '../../backend/local/postgres.ts';
import { REPO_ROOT, startLocalStack } from '../../backend/local/stack.ts';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobraker-stack-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function occupy(port: number): Promise<void> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
}

const quiet = { log: () => undefined, durable: false };

describe('startLocalStack', () => {
  it('fails with a message naming the busy functions port, before starting anything', async () => {
    const dataDir = tempDir();
    const apiPort = await freePort();
    await occupy(apiPort);
    const start = startLocalStack({ ...quiet, dataDir, pgPort: await freePort(), apiPort });
    await expect(start).rejects.toBeInstanceOf(PortInUseError);
    await expect(start).rejects.toThrow(
      `Port ${apiPort} is already in use (functions). Stop the other process or set JOBRAKER_API_PORT.`,
    );
    expect(fs.existsSync(path.join(dataDir, 'pg'))).toBe(false);
  });

  it('names the busy postgres port and its variable', async () => {
    const pgPort = await freePort();
    await occupy(pgPort);
    await expect(
      startLocalStack({ ...quiet, dataDir: tempDir(), pgPort, apiPort: await freePort() }),
    ).rejects.toThrow(
      `Port ${pgPort} is already in use (postgres). Stop the other process or set JOBRAKER_PG_PORT.`,
    );
  });

  it('keeps the data across a restart and frees both ports on stop', async () => {
    const dataDir = tempDir();
    const ports = { pgPort: await freePort(), apiPort: await freePort() };
    const first = await startLocalStack({ ...quiet, dataDir, ...ports });
    expect(first.fresh).toBe(true);
    const client = new pg.Client({ connectionString: first.dbUrl });
    await client.connect();
    await client.query("create table kept (note text); insert into kept values ('survives restart')");
    await client.end();
    await first.stop();
    expect(await isPortFree(ports.pgPort)).toBe(true);
    expect(await isPortFree(ports.apiPort)).toBe(true);

    const second = await startLocalStack({ ...quiet, dataDir, ...ports });
    cleanups.push(second.stop);
    expect(second.fresh).toBe(false);
    const again = new pg.Client({ connectionString: second.dbUrl });
    await again.connect();
    const { rows } = await again.query('select note from kept');
    // Re-applying the Supabase base on a warm start must not hand back what the migrations revoked.
    await again.query('create table after_restart (id int)');
    const { rows: widened } =
      await again.query(`select has_table_privilege('authenticated', 'storage.objects',
        'truncate') or has_table_privilege('authenticated', 'after_restart', 'truncate') as truncate`);
    await again.end();
    expect(rows).toEqual([{ note: 'survives restart' }]);
    expect(widened).toEqual([{ truncate: false }]);
    const health = await fetch(`${second.functionsUrl}/health`);
    expect(health.status).toBe(200);
  });
});

describe('health when the database is down', () => {
  it('answers 503 with a JSON reason instead of hanging', async () => {
    const deadPort = await freePort(); // nothing listens here
    const functions = await startFunctions({
      repoRoot: REPO_ROOT,
      port: await freePort(),
      denoDir: path.join(REPO_ROOT, '.data', 'deno'),
      env: { SUPABASE_DB_URL: `postgresql://postgres:postgres@127.0.0.1:${deadPort}/postgres` },
      log: () => undefined,
    });
    cleanups.push(functions.stop);
    const started = Date.now();
    const response = await fetch(`${functions.url}/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ ok: false, db: 'down', error: 'database_unreachable' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('warm start shortcut', () => {
  it('still pushes a migration that the database has not recorded', async () => {
    const repo = tempDir();
    const migrations = path.join(repo, 'supabase', 'migrations');
    fs.mkdirSync(migrations, { recursive: true });
    const recorded = fs
      .readdirSync(path.join(REPO_ROOT, 'supabase', 'migrations'))
      .filter((f) => f.endsWith('.sql'));
    for (const file of recorded) fs.writeFileSync(path.join(migrations, file), '');
    fs.writeFileSync(path.join(migrations, '29991231000000_added_later.sql'), '');
    expect(await pendingMigrations(repo, inject('dbUrl'))).toEqual(['29991231000000']);
    fs.rmSync(path.join(migrations, '29991231000000_added_later.sql'));
    expect(await pendingMigrations(repo, inject('dbUrl'))).toEqual([]);
  });
});

describe('a launcher killed with SIGKILL', () => {
  it('takes Deno down with it, and the next start reclaims its Postgres', async () => {
    const dataDir = tempDir();
    const ports = { pgPort: await freePort(), apiPort: await freePort() };
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, 'support/run-stack.ts')],
      {
        cwd: REPO_ROOT,
        env: {
          ...process.env,
          STACK_DATA_DIR: dataDir,
          STACK_PG_PORT: String(ports.pgPort),
          STACK_API_PORT: String(ports.apiPort),
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const ready = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const line = chunk
          .toString()
          .split('\n')
          .find((l) => l.startsWith('READY '));
        if (line) resolve(line);
      });
      child.once('exit', (code) => reject(new Error(`stack process exited early (${code})`)));
    });
    expect(ready).toContain(String(ports.apiPort));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));

    // Deno notices its stdin closing and exits; Postgres has no such link and is left behind.
    for (let i = 0; i < 50 && !(await isPortFree(ports.apiPort)); i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(await isPortFree(ports.apiPort)).toBe(true);
    const leftover = leftoverPostgres(path.join(dataDir, 'pg'));
    expect(leftover?.orphaned).toBe(true);

    const again = await startLocalStack({ ...quiet, dataDir, ...ports });
    cleanups.push(again.stop);
    expect(again.fresh).toBe(false);
    expect((await fetch(`${again.functionsUrl}/health`)).status).toBe(200);
  });
});
