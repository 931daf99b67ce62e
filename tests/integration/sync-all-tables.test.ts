// Two devices, every synced table, through the real engine, fetch transport and sync function under RLS:
// what device A saves (profile into the normalized tables, personas with weights, document metadata, saved
// answers, job notes and contacts, matches, artifacts, material choices, receipts) arrives on device B as
// it was saved; edits, deletes and stale edits resolve per record; another user sees and overwrites nothing.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { FIELD_LIMITS } from '../../shared/domain/limits.ts';
import { SYNC_TABLES, type SyncTable } from '../../shared/sync/protocol.ts';
import { fullProfile } from './support/full-profile.ts';
import type { MemoryDevice } from './support/memory-device.ts';
import { deviceSignedInAs, later, newUser, push, seedJobsWith } from './support/sync-client.ts';
import { userRecords } from './support/user-records.ts';

const admin = new pg.Pool({ connectionString: inject('dbUrl'), max: 2 });
afterAll(() => admin.end());

/** Jobs on `a` (two unless told) and every other table's records for them. */
const seed = (a: MemoryDevice, jobs = 2) => seedJobsWith(a, jobs, userRecords);

const count = async (table: string, sub: string, extra = '') =>
  (await admin.query(`select count(*)::int as n from public.${table} where user_id = $1 ${extra}`, [sub]))
    .rows[0].n;

describe('sync of every user-owned table', () => {
  it('carries every table from device A to device B unchanged, the profile as normalized rows', async () => {
    const sub = newUser('all');
    const a = deviceSignedInAs(sub);
    const { records } = seed(a);
    const pushed = await a.engine.syncOnce();
    expect(pushed.rejected).toEqual([]);
    expect(pushed.pushed).toBe(2 + records.length);

    const b = deviceSignedInAs(sub);
    await b.engine.syncOnce();
    for (const table of SYNC_TABLES.filter((t) => t !== 'stage_events')) {
      const sent = [...a.table(table).values()];
      expect(sent.length, table).toBeGreaterThan(0);
      const got = [...b.table(table).values()];
      // Pulled documents also say where their file lives in Storage and when they were last edited.
      const comparable =
        table === 'documents'
          ? sent.map((d) => ({ ...d, storagePath: expect.any(String), updatedAt: d.createdAt }))
          : sent;
      expect(got, table).toEqual(expect.arrayContaining(comparable.map((r) => expect.objectContaining(r))));
      expect(got.length, table).toBe(sent.length);
    }
    // No JSON copy: the profile's parts are rows of their own.
    expect(await count('profile_experiences', sub)).toBe(6);
    expect(await count('profile_skills', sub)).toBe(4);
    expect(await count('profile_education', sub)).toBe(1);
    const doc = [...a.table('documents').values()][0]!;
    expect(
      (await admin.query('select storage_path from documents where id = $1', [doc.id])).rows[0].storage_path,
    ).toBe(`${sub}/${doc.id}/${doc.fileName}`);
    const persona = (
      await admin.query('select weight_skills::float as w from personas where user_id = $1 and active', [sub])
    ).rows[0];
    expect(persona.w).toBe(0.9);
  });

  it('carries edits and deletes back, and the stale side of a conflict takes the newer server version', async () => {
    const sub = newUser('edit');
    const a = deviceSignedInAs(sub);
    seed(a, 1);
    await a.engine.syncOnce();
    const b = deviceSignedInAs(sub);
    await b.engine.syncOnce();

    // B edits the profile (drops an experience, adds a skill), answers differently, deletes a note and the match.
    const profile = structuredClone([...b.table('profiles').values()][0]!) as ReturnType<typeof fullProfile>;
    const edited = {
      ...profile,
      experience: profile.experience.slice(1),
      skills: [...profile.skills, { name: 'Go', source: 'input' as const }],
      updatedAt: later(profile.updatedAt, 10_000),
    };
    b.write('profiles', edited.id, edited);
    const answer = [...b.table('saved_answers').values()][0]!;
    b.write('saved_answers', String(answer.id), {
      ...answer,
      answer: 'From B',
      updatedAt: later(String(answer.updatedAt), 10_000),
    });
    const note = [...b.table('job_notes').values()][0]!;
    b.remove('job_notes', String(note.id), later(String(note.updatedAt), 10_000));
    const match = [...b.table('job_matches').values()][0]!;
    b.remove('job_matches', String(match.jobId), later(String(match.computedAt), 10_000));
    // A, meanwhile offline, edits the same answer earlier than B did.
    a.write('saved_answers', String(answer.id), {
      ...answer,
      answer: 'From A',
      updatedAt: later(String(answer.updatedAt), 5_000),
    });

    const fromB = await b.engine.syncOnce();
    expect(fromB.rejected).toEqual([]);
    const fromA = await a.engine.syncOnce();
    expect(fromA.conflicts).toBe(1); // A's older answer lost to B's, and A now holds B's
    expect(a.table('saved_answers').get(String(answer.id))?.answer).toBe('From B');
    const profileOnA = [...a.table('profiles').values()][0] as typeof edited;
    expect(profileOnA.experience.map((e) => e.id)).toEqual(edited.experience.map((e) => e.id));
    expect(profileOnA.skills.map((s) => s.name)).toEqual([
      'TypeScript',
      'Postgres',
      'Rust',
      'Kubernetes',
      'Go',
    ]);
    expect(a.table('job_notes').has(String(note.id))).toBe(false);
    expect(a.table('job_matches').has(String(match.jobId))).toBe(false);
    expect(await count('job_notes', sub, 'and deleted_at is not null')).toBe(1); // a tombstone, not a hole
    expect(await count('profile_experiences', sub)).toBe(5);
  });

  it('keeps one profile per user: a second device’s own profile merges into it by edit time', async () => {
    const sub = newUser('one');
    const a = deviceSignedInAs(sub);
    const at = new Date().toISOString();
    const first = fullProfile(at);
    a.write('profiles', first.id, first);
    await a.engine.syncOnce();
    // B made its own (another id) before signing in, later than A's edit: B's content wins, one row stays.
    const b = deviceSignedInAs(sub);
    const mine = { ...fullProfile(later(at, 1000)), contact: { firstName: 'Augusta' } };
    b.write('profiles', mine.id, mine);
    const report = await b.engine.syncOnce();
    expect(report.rejected).toEqual([]);
    expect(await count('profiles', sub)).toBe(1);
    await a.engine.syncOnce();
    expect(
      [...a.table('profiles').values()].map((p) => (p.contact as { firstName?: string }).firstName),
    ).toEqual(['Augusta']);
    // An older profile from a third device comes back as a conflict and takes the server's.
    const c = deviceSignedInAs(sub);
    const stale = fullProfile(later(at, -60_000));
    c.write('profiles', stale.id, stale);
    expect((await c.engine.syncOnce()).conflicts).toBe(1);
    expect([...c.table('profiles').values()]).toHaveLength(1);
    expect(([...c.table('profiles').values()][0]!.contact as { firstName?: string }).firstName).toBe(
      'Augusta',
    );
  });

  it('re-sending a batch changes nothing, and rows that cannot sync are rejected with a reason', async () => {
    const sub = newUser('again');
    const a = deviceSignedInAs(sub);
    seed(a, 1);
    const batch = [...a.outbox];
    await a.engine.syncOnce();
    const cursor = a.cursor;
    const again = await push(
      sub,
      batch.map(({ seq: _seq, ...c }) => c),
    );
    expect(again.body.conflicts).toEqual([]);
    expect(again.body.rejected).toEqual([]);
    const b = deviceSignedInAs(sub);
    b.cursor = cursor;
    expect((await b.engine.syncOnce()).pulled).toBe(0);

    const at = new Date().toISOString();
    const plain = {
      id: randomUUID(),
      kind: 'resume',
      fileName: 'cv.txt',
      mimeType: 'text/plain',
      size: 10,
      sha256: 'a'.repeat(64),
      text: 'cv',
      createdAt: at,
    };
    const orphan = {
      id: randomUUID(),
      jobId: null,
      url: 'https://x.example.com/apply',
      submittedAt: at,
      resumeSha256: null,
      answers: [],
    };
    const persona = {
      id: randomUUID(),
      name: 'Text',
      targetTitles: [],
      resumeDocumentId: plain.id,
      weights: {},
      active: false,
      updatedAt: at,
    };
    const bad = await push(sub, [
      { id: plain.id, table: 'documents', op: 'upsert', row: plain, updated_at: at },
      { id: orphan.id, table: 'receipts', op: 'upsert', row: orphan, updated_at: at },
      { id: persona.id, table: 'personas', op: 'upsert', row: persona, updated_at: at },
    ]);
    // The persona still syncs; its link to a document the server cannot hold stays empty there.
    expect(bad.body.applied).toEqual([persona.id]);
    const stored = await admin.query('select resume_document_id from personas where id = $1', [persona.id]);
    expect(stored.rows[0].resume_document_id).toBeNull();
    const reasons = Object.fromEntries(bad.body.rejected.map((r) => [r.id, r.reason]));
    expect(reasons[plain.id]).toMatch(/only PDF and DOCX documents sync/);
    expect(reasons[orphan.id]).toMatch(/a receipt syncs with its saved job/);

    // Field limits: the function names the field; the SQL CHECK holds the same line for any other writer.
    const long = {
      id: randomUUID(),
      question: 'Why?',
      answer: 'x'.repeat(FIELD_LIMITS.notes + 1),
      updatedAt: at,
    };
    const tooLong = await push(sub, [
      { id: long.id, table: 'saved_answers', op: 'upsert', row: long, updated_at: at },
    ]);
    expect(tooLong.body.rejected[0]?.reason).toMatch(
      /^invalid saved_answers: answer: Too long: at most 50000/,
    );
    await expect(
      admin.query('insert into saved_answers (user_id, question, answer) values ($1, $2, $3)', [
        sub,
        'Why?',
        long.answer,
      ]),
    ).rejects.toThrow(/saved_answers_answer_length/);
  });

  it('keeps users apart on every table: B sees none of A’s records and cannot overwrite them by id', async () => {
    const subA = newUser('owner');
    const subB = newUser('other');
    const a = deviceSignedInAs(subA);
    const { records } = seed(a, 1);
    await a.engine.syncOnce();
    const b = deviceSignedInAs(subB);
    const report = await b.engine.syncOnce();
    expect(report.pulled).toBe(0);
    const hijack = records
      .filter((r) => r.table !== 'profiles')
      .map((r) => ({
        id: r.id,
        table: r.table as SyncTable,
        op: 'upsert' as const,
        row: r.row,
        updated_at: later(r.updatedAt, 60_000),
      }));
    const { body } = await push(subB, hijack);
    expect(body.applied).toEqual([]);
    expect(body.rejected.length).toBe(hijack.length);
    for (const table of ['saved_answers', 'personas', 'documents', 'job_notes', 'applications']) {
      expect(await count(table, subB), table).toBe(0);
    }
    expect(
      (await admin.query('select answer from saved_answers where user_id = $1', [subA])).rows[0].answer,
    ).toBe('Your engine.');
  });
});
