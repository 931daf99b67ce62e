// `npm test` lints the checkout after e2e has written build output into it (git-ignored folders such as
// tests/fixtures/forms-react/dist). Biome must skip whatever git ignores, or the second run fails.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIOME = path.join(ROOT, 'node_modules/.bin/biome');
const FIXTURE = 'tests/fixtures/forms-react';
const probe = path.join(ROOT, FIXTURE, 'dist', `lint-probe-${process.pid}.js`);
// Breaks the recommended rules and the formatter: Biome fails on it whenever it looks at it.
const UNLINTABLE = 'var  x = 1;;\nif (x == 1) { debugger }\n';

const biomeCheck = (target: string) =>
  spawnSync(BIOME, ['check', '--colors=off', target], { cwd: ROOT, encoding: 'utf8' });

afterEach(() => fs.rmSync(probe, { force: true }));

describe('lint skips git-ignored build output', () => {
  it('the e2e fixture build folder is git-ignored', () => {
    const ignored = spawnSync('git', ['check-ignore', '-q', path.relative(ROOT, probe)], { cwd: ROOT });
    // No git (a tarball checkout) cannot tell; the lint assertion below still holds through .gitignore.
    if (ignored.error) return;
    expect(ignored.status).toBe(0);
  });

  it('a broken file in tests/fixtures/forms-react/dist does not fail `biome check`', () => {
    fs.mkdirSync(path.dirname(probe), { recursive: true });
    fs.writeFileSync(probe, UNLINTABLE);
    const run = biomeCheck(FIXTURE);
    expect(run.stdout + run.stderr).not.toContain('lint-probe');
    expect(run.status).toBe(0);
  });

  it('the probe really is broken: Biome rejects it anywhere it looks', () => {
    const run = spawnSync(BIOME, ['check', '--colors=off', `--stdin-file-path=${FIXTURE}/probe.js`], {
      cwd: ROOT,
      encoding: 'utf8',
      input: UNLINTABLE,
    });
    expect(run.status).not.toBe(0);
  });
});
