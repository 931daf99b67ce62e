// A functions router of a test's own (the same functions-router.ts the stack runs), with the environment the
// test chooses, that the test may SIGKILL without hurting the shared stack.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { denoBinary, routerArgs, routerEnv } from '../../../backend/local/functions.ts';
import { REPO_ROOT } from '../../../backend/local/stack.ts';

export interface TestRouter {
  url: string; // .../functions/v1
  kill(): Promise<void>; // SIGKILL, no goodbye
  stop(): Promise<void>;
}

export async function startTestRouter(port: number, env: Record<string, string>): Promise<TestRouter> {
  const child: ChildProcess = spawn(denoBinary(REPO_ROOT), routerArgs(REPO_ROOT, env.JOBRAKER_STORAGE_DIR), {
    env: { ...process.env, ...routerEnv(REPO_ROOT, port, path.join(REPO_ROOT, '.data', 'deno')), ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
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
