import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEV_ONLY_MARKERS, devOnlyCodeIn } from './check-production-bundle.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function bundle(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobraker-bundle-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries({ 'manifest.json': '{}', ...files })) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('production bundle check', () => {
  it('finds each development-only marker, in nested chunks too', () => {
    for (const marker of DEV_ONLY_MARKERS) {
      const dir = bundle({ 'chunks/background-x1.js': `let a=1;const u=\`${marker}\`;` });
      expect(devOnlyCodeIn(dir)).toEqual([{ file: path.join('chunks', 'background-x1.js'), marker }]);
    }
  });

  it('passes a bundle without them, and refuses a folder that is no build', () => {
    expect(devOnlyCodeIn(bundle({ 'background.js': 'fetch(`https://api.example.com`)' }))).toEqual([]);
    expect(() => devOnlyCodeIn(path.join(os.tmpdir(), 'no-such-build'))).toThrow('npm run build');
  });
});
