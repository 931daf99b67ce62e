// What the schema does on its own: stage history, updated_at, immutable artifacts, the current-material
// view, the resumes bucket and Realtime. Everything runs as the user it protects and is rolled back.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { asCaller, asUser, codeOf, DENIED } from './support/as-role.ts';

const pool = new pg.Pool({ connectionString: inject('dbUrl'), max: 3 });
afterAll(() => pool.end());
const A = `user_a_${randomUUID().slice(0, 8)}`;
const B = `user_b_${randomUUID().slice(0, 8)}`;

async function newJob(db: pg.PoolClient, title = 'Backend Engineer'): Promise<string> {
  const url = `https://boards.example.com/jobs/${randomUUID()}`;
  const { rows } = await db.query(
    'insert into jobs (title, company, url, canonical_url) values ($1, $2, $3, $3) returning id',
    [title, 'Acme', url],
  );
  return rows[0].id;
}

describe('stage history trigger', () => {
  it('records the capture, each stage move with its cause, and nothing else', async () => {
    await asCaller(pool, asUser(A), async (db) => {
      const job = await newJob(db);
      await db.query("update jobs set stage = 'applied' where id = $1", [job]);
      await db.query("select set_config('jobraker.stage_cause', 'autofill', true)");
      await db.query("update jobs set stage = 'screening' where id = $1", [job]);
      await db.query("update jobs set title = 'Senior Backend Engineer' where id = $1", [job]);
      const { rows } = await db.query(
        'select from_stage, to_stage, cause, user_id from job_stage_events where job_id = $1 order by created_at',
        [job],
      );
      expect(rows).toEqual([
        { from_stage: null, to_stage: 'saved', cause: 'capture', user_id: A },
        { from_stage: 'saved', to_stage: 'applied', cause: 'user', user_id: A },
        { from_stage: 'applied', to_stage: 'screening', cause: 'autofill', user_id: A },
      ]);
    });
  });

  it('stamps stage_changed_at on a move and lets no user write history by hand', async () => {
    await asCaller(pool, asUser(A), async (db) => {
      const job = await newJob(db);
      await db.query("update jobs set stage_changed_at = '2020-01-01' where id = $1", [job]);
      await db.query("update jobs set stage = 'applied' where id = $1", [job]);
      const { rows } = await db.query(
        'select stage_changed_at > now() - interval $$1 minute$$ as fresh from jobs where id = $1',
        [job],
      );
      expect(rows[0].fresh).toBe(true);
      const forged = "insert into job_stage_events (job_id, to_stage, cause) values ($1, 'offer', 'user')";
      expect(await codeOf(db, forged, [job])).toBe(DENIED);
      expect(
        await codeOf(db, "update job_stage_events set to_stage = 'offer' where job_id = $1", [job]),
      ).toBe(DENIED);
    });
  });
});

describe('updated_at trigger', () => {
  it('stamps the server time on an edit but keeps an explicit client edit time (sync)', async () => {
    await asCaller(pool, asUser(A), async (db) => {
      const job = await newJob(db);
      await db.query("update jobs set updated_at = '2020-01-01T00:00:00Z' where id = $1", [job]);
      const kept = await db.query('select updated_at from jobs where id = $1', [job]);
      expect(kept.rows[0].updated_at.toISOString()).toBe('2020-01-01T00:00:00.000Z');
      await db.query('update jobs set excitement = 4 where id = $1', [job]);
      const stamped = await db.query(
        'select updated_at > now() - interval $$1 minute$$ as fresh from jobs where id = $1',
        [job],
      );
      expect(stamped.rows[0].fresh).toBe(true);
    });
  });
});

describe('AI artifacts and materials', () => {
  it('never changes an artifact, not even for its owner or the service role', async () => {
    await asCaller(pool, asUser(A), async (db) => {
      const job = await newJob(db);
      const { rows } = await db.query(
        "insert into ai_artifacts (job_id, kind, content) values ($1, 'cover_letter', 'Dear team') returning id",
        [job],
      );
      expect(await codeOf(db, "update ai_artifacts set content = 'edited' where id = $1", [rows[0].id])).toBe(
        DENIED,
      );
      await db.query('reset role'); // as the table owner, only the trigger stands in the way
      expect(await codeOf(db, "update ai_artifacts set content = 'edited' where id = $1", [rows[0].id])).toBe(
        '23001',
      );
    });
  });

  it('shows the latest chosen artifact per job and kind through the view, to its owner only', async () => {
    let job = '';
    let second = '';
    await asCaller(pool, asUser(A), async (db) => {
      job = await newJob(db);
      const ids: string[] = [];
      for (const content of ['first draft', 'second draft']) {
        const { rows } = await db.query(
          "insert into ai_artifacts (job_id, kind, content) values ($1, 'resume', $2) returning id",
          [job, content],
        );
        ids.push(rows[0].id);
        await db.query("insert into job_materials (job_id, kind, artifact_id) values ($1, 'resume', $2)", [
          job,
          rows[0].id,
        ]);
      }
      second = ids[1]!;
      const { rows } = await db.query(
        'select artifact_id, content from job_current_materials where job_id = $1',
        [job],
      );
      expect(rows).toEqual([{ artifact_id: second, content: 'second draft' }]);
      await db.query("select set_config('request.jwt.claims', $1, true)", [
        JSON.stringify({ sub: B, role: 'authenticated' }),
      ]);
      const asB = await db.query('select * from job_current_materials where job_id = $1', [job]);
      expect(asB.rows).toEqual([]);
    });
  });
});

describe('resumes bucket', () => {
  it('is private, 5 MB, PDF and DOCX only', async () => {
    const { rows } = await pool.query(
      "select public, file_size_limit, allowed_mime_types from storage.buckets where id = 'resumes'",
    );
    expect(rows).toEqual([
      {
        public: false,
        file_size_limit: '5242880',
        allowed_mime_types: [
          'application/pdf',
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        ],
      },
    ]);
  });

  it('lets a user write and read only inside their own folder', async () => {
    const insert = "insert into storage.objects (bucket_id, name, owner_id) values ('resumes', $1, $2)";
    const { rows } = await pool.query(`${insert} returning id`, [`${B}/resume.pdf`, B]);
    await asCaller(pool, asUser(A), async (db) => {
      expect(await codeOf(db, insert, [`${A}/resume.pdf`, A])).toBe('ok');
      expect(await codeOf(db, insert, [`${B}/other.pdf`, A])).toBe(DENIED);
      expect(await codeOf(db, insert, ['resume.pdf', A])).toBe(DENIED); // no folder at all
      const seen = await db.query("select name from storage.objects where bucket_id = 'resumes'");
      expect(seen.rows).toEqual([{ name: `${A}/resume.pdf` }]);
      const removed = await db.query('delete from storage.objects where id = $1', [rows[0].id]);
      expect(removed.rowCount).toBe(0);
    });
    await pool.query('delete from storage.objects where id = $1', [rows[0].id]);
  });
});

describe('realtime', () => {
  it('publishes application status changes', async () => {
    const { rows } = await pool.query(
      "select tablename from pg_publication_tables where pubname = 'supabase_realtime' and schemaname = 'public'",
    );
    expect(rows.map((r) => r.tablename)).toContain('applications');
  });
});
