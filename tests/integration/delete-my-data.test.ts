// Delete my data: one call, as the user, leaves zero rows in every user table and zero stored files for
// them, reports what it removed, and leaves another user's rows and files exactly as they were.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { DELETE_CONFIRMATION, type DeletionReport } from '../../shared/account/delete-my-data.ts';
import { loadCatalog } from './support/catalog.ts';
import { Seeder } from './support/seed.ts';
import { bucketFor, PDF, pdfBytes, reconcile } from './support/storage-client.ts';
import { tokenFor } from './support/sync-client.ts';

const admin = new pg.Pool({ connectionString: inject('dbUrl'), max: 2 });
const functionsUrl = inject('functionsUrl');
afterAll(() => admin.end());

const tables = (await loadCatalog(admin)).filter((t) => t.columns.some((c) => c.name === 'user_id'));
const seeder = new Seeder(admin, await loadCatalog(admin));

async function rowsOf(user: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const { rows } = await admin.query(
      `select count(*)::int as n from public.${table.name} where user_id = $1`,
      [user],
    );
    counts[table.name] = rows[0].n;
  }
  return counts;
}

async function seedUser(user: string, files: number) {
  for (const table of tables) await seeder.rowOf(table.name, user);
  for (let i = 0; i < files; i++) {
    const { error } = await bucketFor(user).upload(
      `${user}/${randomUUID()}/resume-${i}.pdf`,
      pdfBytes(3000),
      {
        contentType: PDF,
      },
    );
    expect(error).toBeNull();
  }
}

const deleteMyData = async (user: string | null, body: unknown = { confirm: DELETE_CONFIRMATION }) => {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (user) headers.authorization = `Bearer ${await tokenFor(user)}`;
  const response = await fetch(`${functionsUrl}/delete-my-data`, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe('delete-my-data', () => {
  it('refuses without a signed-in user or without the confirmation phrase', async () => {
    expect((await deleteMyData(null)).status).toBe(401);
    const user = `user_del_${randomUUID().slice(0, 8)}`;
    await seedUser(user, 1);
    const unconfirmed = await deleteMyData(user, { confirm: true });
    expect(unconfirmed).toMatchObject({ status: 400, body: { error: 'confirmation_required' } });
    expect(Object.values(await rowsOf(user)).every((n) => n > 0)).toBe(true);
  });

  it('removes every row and file of the caller, reports them, and touches nobody else', async () => {
    const a = `user_del_a_${randomUUID().slice(0, 8)}`;
    const b = `user_del_b_${randomUUID().slice(0, 8)}`;
    await seedUser(a, 3);
    await seedUser(b, 2);
    const aBefore = await rowsOf(a);
    const bBefore = await rowsOf(b);
    const bFiles = await reconcile(admin, b);
    expect(
      Object.values(aBefore).every((n) => n > 0),
      JSON.stringify(aBefore),
    ).toBe(true);

    const { status, body } = await deleteMyData(a);
    expect(status, JSON.stringify(body)).toBe(200);
    const report = body as unknown as DeletionReport;
    expect(report.files).toBe(3);
    // The Skyvern task log is service-only (no read policy): the user cannot count it, so the report leaves it
    // out; it goes by cascade with the applications, which the zero count below checks.
    const { skyvern_task_log: _unseen, ...visible } = aBefore;
    expect(report.rows).toEqual(visible);
    expect(report.totalRows).toBe(Object.values(visible).reduce((x, y) => x + y, 0));

    expect(Object.entries(await rowsOf(a)).filter(([, n]) => n > 0)).toEqual([]);
    expect(await reconcile(admin, a)).toEqual({
      rows: 0,
      files: 0,
      rowsWithoutBytes: 0,
      filesWithoutRows: 0,
    });
    expect(await rowsOf(b)).toEqual(bBefore);
    expect(await reconcile(admin, b)).toEqual(bFiles);
    expect(bFiles.files).toBe(2);

    const again = await deleteMyData(a);
    expect(again.body).toEqual({ files: 0, rows: {}, totalRows: 0 });
  });
});
