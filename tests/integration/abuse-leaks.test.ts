// Backend abuse suite: paths that leave the owner's folder and ids used as patterns. A user may only name
// objects and documents inside their own folder, segment by segment.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { asCaller, asUser, codeOf, DENIED } from './support/as-role.ts';

const pool = new pg.Pool({ connectionString: inject('dbUrl'), max: 2 });
afterAll(() => pool.end());

const A = `user_a_${randomUUID().slice(0, 6)}`; // `_` is a LIKE wildcard
const lookalike = A.replace('user_a_', 'userXaX'); // what `A || '/%'` as a LIKE pattern also matches

describe('Storage object names', () => {
  const insert = "insert into storage.objects (bucket_id, name, owner_id) values ('resumes', $1, $2)";

  it.each([
    ['a .. segment into another folder', `${A}/../user_b/x.pdf`],
    ['a . segment', `${A}/./x.pdf`],
    ['an empty segment', `${A}//x.pdf`],
    ['a trailing slash', `${A}/x/`],
    ['a backslash', `${A}/..\\user_b\\x.pdf`],
  ])('refuses %s, even under the user’s own first folder', async (_name, name) => {
    await asCaller(pool, asUser(A), async (db) => {
      expect(await codeOf(db, insert, [name, A])).toBe(DENIED);
    });
  });

  it('still takes a plain name in the user’s folder, and hides a crafted one stored by someone else', async () => {
    const crafted = `${A}/../user_b/planted.pdf`;
    const { rows } = await pool.query(`${insert} returning id`, [crafted, 'user_b']);
    try {
      await asCaller(pool, asUser(A), async (db) => {
        expect(await codeOf(db, insert, [`${A}/cv-2026.pdf`, A])).toBe('ok');
        const seen = await db.query("select name from storage.objects where bucket_id = 'resumes'");
        expect(seen.rows).toEqual([{ name: `${A}/cv-2026.pdf` }]);
        expect((await db.query('delete from storage.objects where id = $1', [rows[0].id])).rowCount).toBe(0);
      });
    } finally {
      await pool.query('delete from storage.objects where id = $1', [rows[0].id]);
    }
  });
});

describe('documents.storage_path', () => {
  const insert = `insert into public.documents (file_name, sha256, storage_path) values ('cv.pdf', $1, $2)`;

  it.each([
    ['a folder that only matches the id as a LIKE pattern', `${lookalike}/cv.pdf`],
    ['a .. segment', `${A}/../user_b/cv.pdf`],
    ['an empty segment', `${A}//cv.pdf`],
  ])('refuses %s', async (_name, path) => {
    await asCaller(pool, asUser(A), async (db) => {
      expect(await codeOf(db, insert, ['c'.repeat(64), path])).toBe('23514');
    });
  });

  it('is checked without LIKE, whose _ and % would make the id a pattern', async () => {
    const { rows } = await pool.query(`select conname from pg_constraint
      where conrelid = 'public.documents'::regclass and contype = 'c' and pg_get_constraintdef(oid) like '%~~%'`);
    expect(rows).toEqual([]);
  });

  it('takes a path in the user’s own folder', async () => {
    await asCaller(pool, asUser(A), async (db) => {
      expect(await codeOf(db, insert, ['c'.repeat(64), `${A}/cv.pdf`])).toBe('ok');
    });
  });

  it.each([['../../evil.exe'], ['a/b.pdf'], ['cv\u0007.pdf'], ['..']])(
    'refuses the file name %j',
    async (fileName) => {
      await asCaller(pool, asUser(A), async (db) => {
        expect(
          await codeOf(db, 'insert into public.documents (file_name, sha256) values ($1, $2)', [
            fileName,
            'd'.repeat(64),
          ]),
        ).toBe('23514');
      });
    },
  );
});
