// Backend abuse suite: size limits, paging by bytes, the statement timeout and hostile cursors, against the
// real sync function (Deno) and Postgres. Every limit answers with a status and a JSON error naming it.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { STATEMENT_TIMEOUT_MS } from '../../backend/db/pool.ts';
import { FIELD_LIMITS } from '../../shared/domain/limits.ts';
import { MAX_PUSH_BYTES, PULL_PAGE_BYTES } from '../../shared/sync/protocol.ts';
import { call, job, pull, pullAll, push, tokenFor, upsert } from './support/sync-client.ts';

const functionsUrl = inject('functionsUrl');
const admin = new pg.Pool({ connectionString: inject('dbUrl'), max: 3 });
afterAll(() => admin.end());
const user = () => `user_abuse_limits_${randomUUID().slice(0, 8)}`;

describe('request body cap', () => {
  it('refuses a 50 MB job with 413 before parsing it, and stores nothing', async () => {
    const sub = user();
    const huge = job({ descriptionHtml: `<p>${'x'.repeat(50 * 1024 * 1024)}</p>` });
    const response = await call<{ error: string; limit: number }>(sub, {
      action: 'push',
      changes: [upsert(huge)],
    });
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ error: 'body_too_large', limit: MAX_PUSH_BYTES });
    const { rows } = await admin.query('select 1 from jobs where id = $1', [huge.id]);
    expect(rows).toEqual([]);
  });

  it('counts the bytes of a streamed body that declares no length', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(1024 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 12) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await fetch(`${functionsUrl}/sync`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await tokenFor(user())}`, 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: 'body_too_large' });
  });
});

describe('field limits', () => {
  it('rejects an over-long field per record with its name; the rest of the batch is stored', async () => {
    const sub = user();
    const fine = job({ descriptionHtml: `<p>${'a'.repeat(FIELD_LIMITS.descriptionHtml - 7)}</p>` });
    const tooLong = job({ descriptionHtml: 'a'.repeat(FIELD_LIMITS.descriptionHtml + 1) });
    const longNotes = job({ notes: 'n'.repeat(FIELD_LIMITS.notes + 1) });
    const manyGaps = job({ gaps: Array.from({ length: FIELD_LIMITS.listItems + 1 }, (_, i) => `gap ${i}`) });
    const { status, body } = await push(sub, [fine, tooLong, longNotes, manyGaps].map(upsert));
    expect(status).toBe(200);
    expect(body.applied).toEqual([fine.id]);
    expect(Object.fromEntries(body.rejected.map((r) => [r.id, r.reason]))).toEqual({
      [tooLong.id]: expect.stringMatching(/descriptionHtml.*at most 200000/),
      [longNotes.id]: expect.stringMatching(/notes.*at most 50000/),
      [manyGaps.id]: expect.stringMatching(/gaps.*At most 200/),
    });
  });

  // The SQL CHECKs hold the same numbers as FIELD_LIMITS: the limit itself fits, one more does not.
  it.each([
    ['title', FIELD_LIMITS.title],
    ['company', FIELD_LIMITS.company],
    ['url', FIELD_LIMITS.url],
    ['canonical_url', FIELD_LIMITS.url],
    ['apply_url', FIELD_LIMITS.url],
    ['ats_board', FIELD_LIMITS.shortText],
    ['fuzzy_key', FIELD_LIMITS.shortText],
    ['salary_text', FIELD_LIMITS.shortText],
    ['description_html', FIELD_LIMITS.descriptionHtml],
    ['description_text', FIELD_LIMITS.descriptionText],
    ['notes', FIELD_LIMITS.notes],
  ])('jobs.%s holds %i characters and refuses one more', async (column, limit) => {
    const client = await admin.connect();
    try {
      await client.query('begin');
      const { rows } = await client.query(
        `insert into jobs (user_id, title, url, canonical_url) values ('user_abuse_sql', 'T',
          'https://e.example/u', 'https://e.example/' || gen_random_uuid()) returning id`,
      );
      const prefix = column.endsWith('url') ? 'https://e.example/' : '';
      const write = async (length: number) => {
        await client.query('savepoint s');
        try {
          // é: the limit counts characters, not bytes.
          await client.query(`update jobs set ${column} = $1 where id = $2`, [
            prefix + 'é'.repeat(length - prefix.length),
            rows[0].id,
          ]);
          return 'ok';
        } catch (error) {
          return (error as { code?: string }).code;
        } finally {
          await client.query('rollback to savepoint s');
        }
      };
      expect(await write(limit)).toBe('ok');
      expect(await write(limit + 1)).toBe('23514'); // check_violation
    } finally {
      await client.query('rollback');
      client.release();
    }
  });

  it('caps a stage event note and every list in SQL too', async () => {
    const client = await admin.connect();
    try {
      await client.query('begin');
      const attempt = async (sql: string, params: unknown[]) => {
        await client.query('savepoint s');
        try {
          await client.query(sql, params);
          return 'ok';
        } catch (error) {
          return (error as { code?: string }).code;
        } finally {
          await client.query('rollback to savepoint s');
        }
      };
      const insertJob = `insert into jobs (user_id, title, url, canonical_url, gaps)
        values ('user_abuse_sql', 'T', 'https://e.example/u', 'https://e.example/' || gen_random_uuid(), $1)`;
      const items = (count: number, length: number) =>
        Array.from({ length: count }, () => 'g'.repeat(length));
      expect(await attempt(insertJob, [items(FIELD_LIMITS.listItems, FIELD_LIMITS.listItem)])).toBe('ok');
      expect(await attempt(insertJob, [items(FIELD_LIMITS.listItems + 1, 1)])).toBe('23514');
      expect(await attempt(insertJob, [items(1, FIELD_LIMITS.listItem + 1)])).toBe('23514');
      const { rows } = await client.query(
        `insert into jobs (user_id, title, url, canonical_url) values ('user_abuse_sql', 'T', 'https://e.example/u',
          'https://e.example/' || gen_random_uuid()) returning id`,
      );
      const insertEvent = `insert into job_stage_events (user_id, job_id, to_stage, cause, note)
        values ('user_abuse_sql', $1, 'applied', 'user', $2)`;
      expect(await attempt(insertEvent, [rows[0].id, 'n'.repeat(FIELD_LIMITS.stageNote)])).toBe('ok');
      expect(await attempt(insertEvent, [rows[0].id, 'n'.repeat(FIELD_LIMITS.stageNote + 1)])).toBe('23514');
    } finally {
      await client.query('rollback');
      client.release();
    }
  });
});

describe('pull pages by bytes', () => {
  it('stops a page near PULL_PAGE_BYTES however many rows the limit allows, and loses none', async () => {
    const sub = user();
    const big = Array.from({ length: 14 }, () =>
      job({ descriptionHtml: `<p>${'d'.repeat(190_000)}</p>`, descriptionText: 't'.repeat(190_000) }),
    );
    const pushed = await push(sub, big.map(upsert));
    expect(pushed.body.applied).toHaveLength(14);
    const first = await pull(sub, null, 1000);
    expect(first.status).toBe(200);
    expect(first.body.more).toBe(true);
    expect(first.body.changes.length).toBeGreaterThan(0);
    expect(first.body.changes.length).toBeLessThan(14 + 14); // jobs + capture events
    expect(first.bytes).toBeLessThan(PULL_PAGE_BYTES + 600_000); // one row past the budget at most
    const all = await pullAll(sub, null, 1000);
    expect(new Set(all.changes.filter((c) => c.table === 'jobs').map((c) => c.id))).toEqual(
      new Set(big.map((j) => j.id)),
    );
  });
});

describe('statement timeout inside the as-user transaction', () => {
  it(`stops a request stuck longer than ${STATEMENT_TIMEOUT_MS / 1000} s with a retryable 503`, async () => {
    const sub = user();
    const holder = await admin.connect();
    try {
      // Another session holds this user's sync lock, so the push waits on it (as behind a runaway query).
      await holder.query(`select pg_advisory_lock(hashtextextended('jobraker.sync:' || $1, 0))`, [sub]);
      const started = Date.now();
      const response = await call<{ error: string; retryable: boolean; message: string }>(
        sub,
        { action: 'push', changes: [upsert(job())] },
        { signal: AbortSignal.timeout(STATEMENT_TIMEOUT_MS + 15_000) },
      );
      expect(response.status).toBe(503);
      expect(response.body).toMatchObject({ error: 'statement_timeout', retryable: true });
      expect(Date.now() - started).toBeGreaterThanOrEqual(STATEMENT_TIMEOUT_MS - 500);
    } finally {
      await holder.query('select pg_advisory_unlock_all()');
      holder.release();
    }
  });
});

describe('cursors', () => {
  it.each([
    ['above int8', '9999999999999999999'],
    ['int8 max + 1', '9223372036854775808'],
    ['not a number', '12abc'],
    ['negative', '-1'],
  ])('answers 400 invalid_cursor for a cursor %s, never 503 or database text', async (_name, since) => {
    const response = await pull(user(), since);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: 'invalid_cursor' });
    expect(JSON.stringify(response.body)).not.toMatch(/bigint|out of range|postgres|syntax/i);
  });

  it('accepts the largest int8 cursor (nothing after it)', async () => {
    const response = await pull(user(), '9223372036854775807');
    expect(response).toMatchObject({ status: 200, body: { changes: [], more: false } });
  });
});
