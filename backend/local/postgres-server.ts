// The PostgreSQL server processes: initdb once, then the postmaster until stop(). As root both run as the
// `postgres` user (passed in), with every spawn failure turned into an error naming the binary and user.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ServerUser } from './postgres-as-root.ts';

export const PG_USER = 'postgres';
export const PG_PASSWORD = 'postgres';

// English messages: readiness is read from the server's log.
const ENV = { ...process.env, LC_MESSAGES: 'C' };
const READY_TIMEOUT_MS = 60_000;
const as = (user?: ServerUser) => (user ? { uid: user.uid, gid: user.gid } : {});

export async function initialise(
  dir: string,
  binaries: string,
  user: ServerUser | undefined,
  log: (t: string) => void,
) {
  // A half-created folder (crash during initdb) would make initdb refuse to run.
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const pwDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobraker-pw-'));
  const pwFile = path.join(pwDir, 'pw');
  fs.writeFileSync(pwFile, `${PG_PASSWORD}\n`, { mode: 0o600 });
  if (user) {
    fs.chownSync(dir, user.uid, user.gid);
    fs.chmodSync(pwDir, 0o711);
    fs.chownSync(pwFile, user.uid, user.gid);
  }
  try {
    const initdb = path.join(binaries, 'bin', 'initdb');
    const args = [`--pgdata=${dir}`, '--auth=password', `--username=${PG_USER}`, `--pwfile=${pwFile}`];
    const child = spawn(initdb, [...args, '--encoding=UTF8', '--lc-messages=C'], { ...as(user), env: ENV });
    child.stdout.on('data', (chunk: Buffer) => log(chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => log(chunk.toString('utf8')));
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', (error) => reject(cannotRun(initdb, user, error)));
      child.once('close', resolve);
    });
    if (code !== 0) throw new Error(`initdb failed (exit ${code}) for ${dir}`);
  } finally {
    fs.rmSync(pwDir, { recursive: true, force: true });
  }
}

export async function serve(
  dir: string,
  binaries: string,
  port: number,
  durable: boolean,
  user: ServerUser | undefined,
  log: (t: string) => void,
): Promise<{ stop(): Promise<void> }> {
  const postgres = path.join(binaries, 'bin', 'postgres');
  const flags = [
    '-c',
    'listen_addresses=127.0.0.1',
    // No unix socket: two clusters on one machine must never share /tmp/.s.PGSQL.<port>.
    '-c',
    'unix_socket_directories=',
    ...(durable ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
  ];
  const child: ChildProcess = spawn(postgres, ['-D', dir, '-p', String(port), ...flags], {
    ...as(user),
    env: ENV,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // A spawn that failed (EACCES, ENOENT) emits 'error' and never 'exit': nothing to wait for then.
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', () => child.pid === undefined && resolve());
  });
  // Node is exiting without stop() (an uncaught error): take the server down with it.
  const onExit = () => child.kill('SIGINT');
  process.once('exit', onExit);
  const stop = async () => {
    process.off('exit', onExit);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT'); // fast shutdown
    await exited;
  };
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`postgres did not accept connections within ${READY_TIMEOUT_MS / 1000} s`)),
        READY_TIMEOUT_MS,
      );
      let tail = ''; // the ready line may arrive split across chunks
      child.stderr?.on('data', (chunk: Buffer) => {
        const text = chunk.toString('utf8');
        log(text);
        tail = (tail + text).slice(-200);
        if (tail.includes('database system is ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(cannotRun(postgres, user, error));
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`postgres exited (${code ?? signal}) before it was ready`));
      });
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { stop };
}

function cannotRun(file: string, user: ServerUser | undefined, error: Error): Error {
  const who = user ? ` as the ${user.name} user` : '';
  return new Error(`Cannot run ${file}${who}: ${error.message}`, { cause: error });
}
