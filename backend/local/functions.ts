import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface FunctionsOptions {
  repoRoot: string;
  port: number;
  denoDir: string;
  /** Extra environment for the functions (SUPABASE_DB_URL, SUPABASE_URL...). */
  env: Record<string, string>;
  log: (line: string) => void;
}

export interface RunningFunctions {
  url: string;
  stop(): Promise<void>;
}

/** Real Deno from npm `deno`, the same major as Supabase's Edge Runtime. */
export function denoBinary(repoRoot: string): string {
  return path.join(repoRoot, 'node_modules', 'deno', 'deno');
}

/**
 * Deno's arguments to run the functions router: the permissions it needs (writing only where the Storage
 * stand-in keeps object bytes, when it has a folder) and the functions' config, then `flags`.
 */
export function routerArgs(repoRoot: string, storageDir: string | undefined, flags: string[] = []): string[] {
  const functionsDir = path.join(repoRoot, 'supabase', 'functions');
  return [
    'run',
    '--no-prompt',
    '--allow-net',
    '--allow-env',
    '--allow-read',
    '--allow-sys',
    ...(storageDir ? [`--allow-write=${storageDir}`] : []),
    `--config=${path.join(functionsDir, 'deno.json')}`,
    ...flags,
    path.join(import.meta.dirname, 'functions-router.ts'),
  ];
}

/** The router's own environment: where the functions are, the port it serves, Deno's cache, no colours. */
export function routerEnv(repoRoot: string, port: number, denoDir: string): Record<string, string> {
  return {
    DENO_DIR: denoDir,
    NO_COLOR: '1',
    JOBRAKER_FUNCTIONS_DIR: path.join(repoRoot, 'supabase', 'functions'),
    JOBRAKER_API_PORT: String(port),
  };
}

/** Starts the Deno router (functions-router.ts) and resolves once it listens. */
export async function startFunctions(options: FunctionsOptions): Promise<RunningFunctions> {
  const { repoRoot, port } = options;
  // Local secrets, git-ignored, like `supabase functions serve`.
  const envFile = path.join(repoRoot, 'supabase', 'functions', '.env');
  const args = routerArgs(
    repoRoot,
    options.env.JOBRAKER_STORAGE_DIR,
    fs.existsSync(envFile) ? [`--env-file=${envFile}`] : [],
  );
  const child = spawn(denoBinary(repoRoot), args, {
    cwd: repoRoot,
    env: { ...process.env, ...options.env, ...routerEnv(repoRoot, port, options.denoDir) },
    // stdin stays an open pipe: the router exits when it closes, i.e. when this process dies.
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const forward = (prefix: string) => (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line.trim() && !line.startsWith('listening ')) options.log(`${prefix}${line}`);
    }
  };
  child.stderr?.on('data', forward('functions ! '));
  await waitForListening(child);
  child.stdout?.on('data', forward('functions | '));
  const url = `http://127.0.0.1:${port}/functions/v1`;
  options.log(`functions listening at ${url}/<name> (Deno, pid ${child.pid})`);
  return { url, stop: () => stopChild(child) };
}

function waitForListening(child: ChildProcess, timeoutMs = 20_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Deno router did not start within ${timeoutMs} ms:\n${stderr}`));
    }, timeoutMs);
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.stdout?.on('data', function onData(chunk: Buffer) {
      if (chunk.toString('utf8').includes('listening ')) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Deno router exited (code ${code}) before listening:\n${stderr}`));
    });
  });
}

/** SIGTERM, then SIGKILL if Deno has not exited after 3 s: never leave an orphan holding the port. */
export function stopChild(child: ChildProcess, graceMs = 3_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
