// supabase/types.gen.ts must match the schema the migrations build: regenerated here with the Supabase CLI
// against the test database. When this fails, run `npx tsx scripts/gen-types.ts` and commit the file.
import fs from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { generateTypes, TYPES_FILE } from '../../scripts/gen-types.ts';

describe('generated database types', () => {
  it('are up to date with supabase/migrations', async () => {
    const generated = await generateTypes(inject('dbUrl'));
    const checkedIn = fs.readFileSync(TYPES_FILE, 'utf8');
    // Both tables sync writes, with the server cursor column, must be there (guards against an empty schema).
    expect(generated).toMatch(/"jobs": \{\s*Row: \{[^}]*"sync_seq": number/);
    expect(
      checkedIn === generated,
      'supabase/types.gen.ts is stale: run `npx tsx scripts/gen-types.ts`',
    ).toBe(true);
  });
});
