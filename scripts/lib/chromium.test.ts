import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lookUpChromium } from './chromium.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const only = (file: string) => (candidate: string) => candidate === file;

describe('lookUpChromium', () => {
  it('takes the first known place that holds an executable', () => {
    expect(lookUpChromium(undefined, ['/a/chromium', '/b/chromium'], only('/b/chromium'))).toEqual({
      path: '/b/chromium',
    });
  });

  it('says in one line how to install Chromium when there is none', () => {
    const { path: found, problem } = lookUpChromium(undefined, ['/a/chromium'], () => false);
    expect(found).toBeUndefined();
    expect(problem).toMatch(/^No Chromium found: install it \(Debian\/Ubuntu: apt-get install chromium/);
    expect(problem).toContain('CHROME_PATH');
    expect(problem).not.toContain('\n');
  });

  it('uses CHROME_PATH alone: a wrong one is reported, not replaced by another browser', () => {
    expect(lookUpChromium('/opt/cft/chrome', ['/usr/bin/chromium'], only('/opt/cft/chrome')).path).toBe(
      '/opt/cft/chrome',
    );
    const wrong = lookUpChromium('/opt/typo/chrome', ['/usr/bin/chromium'], only('/usr/bin/chromium'));
    expect(wrong.path).toBeUndefined();
    expect(wrong.problem).toMatch(/^CHROME_PATH=\/opt\/typo\/chrome is not an executable file: install it/);
  });

  it('does not take a folder or a non-executable file for a browser', () => {
    expect(lookUpChromium(ROOT).problem).toContain('is not an executable file');
    expect(lookUpChromium(path.join(ROOT, 'package.json')).problem).toContain('is not an executable file');
  });
});

describe('npm test without Chromium', () => {
  it('stops before any stage with one line on how to install it, then the closing count', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'scripts/test.ts'), 'lint', 'e2e'],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CHROME_PATH: '/nonexistent/chromium' } },
    );
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^e2e needs Chromium\. CHROME_PATH=\/nonexistent\/chromium .*apt-get install chromium/,
      ),
    ]);
    expect(run.stdout).not.toContain('▶'); // no stage ran, not even lint
    expect(run.stdout.trim().split('\n').at(-1)).toBe('0 passed, 1 failed');
  }, 60_000);
});
