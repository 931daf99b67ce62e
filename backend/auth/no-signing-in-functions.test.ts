// The deployed functions must not be able to mint tokens: nothing reachable from supabase/functions/*/index.ts
// may import the local stand-in (backend/local) or jose's signing/key-generation APIs.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const FUNCTIONS = path.join(ROOT, 'supabase', 'functions');

function reachable(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = fs.readFileSync(entry, 'utf8');
  for (const [, spec] of source.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)) {
    if (spec?.startsWith('.')) reachable(path.resolve(path.dirname(entry), spec), seen);
  }
  return seen;
}

describe('production functions', () => {
  const entries = fs
    .readdirSync(FUNCTIONS, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(FUNCTIONS, d.name, 'index.ts')))
    .map((d) => path.join(FUNCTIONS, d.name, 'index.ts'));

  it('include sync, whose import graph reaches the handler and the verifier', () => {
    const sync = entries.find((e) => path.basename(path.dirname(e)) === 'sync') ?? '';
    const files = [...reachable(sync)].map((f) => path.relative(ROOT, f));
    expect(files).toEqual(expect.arrayContaining(['backend/sync/push-sql.ts', 'backend/auth/verify.ts']));
  });

  it.each(entries.map((e) => [path.relative(ROOT, e), e]))(
    '%s cannot reach a signing key',
    (_name, entry) => {
      for (const file of reachable(entry)) {
        expect(path.relative(ROOT, file)).not.toMatch(/^backend\/local\//);
        expect(fs.readFileSync(file, 'utf8')).not.toMatch(/\b(SignJWT|generateKeyPair|importPKCS8)\b/);
      }
    },
  );
});
