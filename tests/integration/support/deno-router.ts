// A functions router of a test's own (the same functions-router.ts the stack runs), with the environment the
// test chooses, that the test may SIGKILL without hurting the shared stack.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { denoBinary } from '../../../backend/local/functions.ts';
import { REPO_ROOT } from '../../../backend/local/stack.ts';

export interface TestRouter {
  url: string; // .../functions/v1
  kill(): Promise<void>; // SIGKILL, no goodbye
  stop(): Promise<void>;
}

export async function startTestRouter(port: number, env: Record<string, string>): Promise<TestRouter> {
  const functionsDir = path.join(REPO_ROOT, 'supabase', 'functions');
  const child: ChildProcess = spawn(
    denoBinary(REPO_ROOT),
    [
      'run',
      '--no-prompt',
      '--allow-net',
      '--allow-env',
      '--allow-read',
      '--allow-sys',
      ...(env.JOBRAKER_STORAGE_DIR ? [`--allow-write=${env.JOBRAKER_STORAGE_DIR}`] : []),
      `--config=${path.join(functionsDir, 'deno.json')}`,
      path.join(REPO_ROOT, 'backend', 'local', 'functions-router.ts'),
    ],
    {
      env: {
        ...process.env,
        DENO_DIR: path.join(REPO_ROOT, '.data', 'deno'),
        NO_COLOR: '1',
        JOBRAKER_FUNCTIONS_DIR: functionsDir,
        JOBRAKER_API_PORT: String(port),
        ...env,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (process.env.JOBRAKER_TEST_VERBOSE) process.stderr.write(chunk);
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening ')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`deno exited ${code}: ${stderr}`)));
  });
  const exit = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  return {
    url: `http://127.0.0.1:${port}/functions/v1`,
    kill: () => exit('SIGKILL'),
    stop: () => exit('SIGTERM'),
  };
}
