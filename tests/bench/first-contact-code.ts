/**
 * The code as it stood when a file was first committed, for the first-contact benches: each such commit is
 * checked out once, as a detached worktree under the system temp folder, sharing this checkout's
 * node_modules. `removeAll` takes every worktree made back out of the repository's list.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const git = (...a: string[]) =>
  execFileSync('git', ['-C', ROOT, ...a], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

export function firstContactCode(prefix: string) {
  const made: string[] = [];
  return {
    /** The folder holding the code of the commit that added `path`, or null when the history lacks it. */
    codeAt(path: string): string | null {
      const added = git('log', '--diff-filter=A', '--format=%h', '--', relative(ROOT, path))
        .split('\n')
        .at(-1);
      if (!added) return null;
      const dir = join(tmpdir(), `${prefix}-${added}`);
      if (!existsSync(dir)) {
        git('worktree', 'add', '--detach', '--force', dir, added);
        symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
        made.push(dir);
      }
      return dir;
    },
    /** The short commit a folder from `codeAt` holds. */
    commitOf: (dir: string) => relative(tmpdir(), dir).replace(`${prefix}-`, ''),
    removeAll() {
      for (const dir of made) git('worktree', 'remove', '--force', dir);
    },
  };
}
