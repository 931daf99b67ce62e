// The development build of the extension (`WXT_LOCAL_DEV=1`): the production build plus signing in to the
// local stack with dev tokens and the local stack as default backend. Written to .output/chrome-mv3-local, so
// `npm run build` (.output/chrome-mv3, what ships) never contains that code. `npm start` and e2e load this one.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const LOCAL_EXTENSION_DIR = path.resolve('.output/chrome-mv3-local');

/** Builds it; returns the exit status (0 = built). */
export function buildLocalExtension(stdio: 'inherit' | 'pipe' = 'inherit'): number {
  const wxt = path.resolve('node_modules/.bin/wxt');
  const run = spawnSync(wxt, ['build'], { stdio, env: { ...process.env, WXT_LOCAL_DEV: '1' } });
  if (run.status !== 0 && stdio === 'pipe') process.stderr.write(run.stderr ?? '');
  return run.status ?? 1;
}
