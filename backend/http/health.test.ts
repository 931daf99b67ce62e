import { describe, expect, it } from 'vitest';
import type { Queryable } from '../db/pool.ts';
import { createHealthHandler } from './health.ts';

const get = () => new Request('http://x/health');

function fakeDb(result: () => unknown): Queryable {
  return { query: async () => result() } as unknown as Queryable;
}

describe('health handler', () => {
  it('reports the database up with version and migration count', async () => {
    const db = fakeDb(() => ({ rows: [{ version: '17.10', migrations: '12' }] }));
    const response = await createHealthHandler({ db })(get());
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, db: 'up', postgres: '17.10', migrations: 12 });
  });

  it('reports null migrations before the first push', async () => {
    const db = fakeDb(() => ({ rows: [{ version: '17.10', migrations: null }] }));
    expect((await (await createHealthHandler({ db })(get())).json()).migrations).toBeNull();
  });

  it('answers 503 with the reason when the query fails', async () => {
    const db = fakeDb(() => {
      throw new Error('connect ECONNREFUSED 127.0.0.1:54322');
    });
    const response = await createHealthHandler({ db })(get());
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body).toMatchObject({ ok: false, db: 'down', error: 'database_unreachable' });
    expect(body.message).toContain('ECONNREFUSED');
  });

  it('answers 503 when no database is configured', async () => {
    const response = await createHealthHandler({ db: undefined })(get());
    expect(response.status).toBe(503);
    expect((await response.json()).db).toBe('unconfigured');
  });
});
