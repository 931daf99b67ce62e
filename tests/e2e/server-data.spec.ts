import pg from 'pg';
import { parseResumeText } from '../../shared/resume/index.ts';
import { expect, makeDraft, sendToBackground, test } from './fixtures.ts';

const API = () => process.env.JOBRAKER_E2E_API_URL!;

async function query<R extends pg.QueryResultRow>(sql: string, params: unknown[]): Promise<R[]> {
  const client = new pg.Client({ connectionString: process.env.JOBRAKER_E2E_DB_URL });
  await client.connect();
  try {
    return (await client.query<R>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
const serverJobs = (user: string) => query('select id from public.jobs where user_id = $1', [user]);
const serverFiles = (user: string) =>
  query<{ name: string; size: string }>(
    "select name, metadata->>'size' as size from storage.objects where bucket_id = 'resumes' and starts_with(name, $1)",
    [`${user}/`],
  );

test('a synced resume goes to Storage; "Delete my data on the server" removes rows and files after a confirmation and keeps this browser', async ({
  openPage,
}) => {
  const user = `user_e2e_delete_${Date.now()}`;
  const panel = await openPage('sidepanel.html');
  await sendToBackground(panel, 'setBackendUrl', { url: API() });
  await sendToBackground(panel, 'saveDraft', makeDraft(1, { title: 'Data Engineer' }));
  const pdf = Buffer.from(`%PDF-1.4\n% resume of ${user}\n%%EOF\n`, 'latin1');
  const text = 'Ada Lovelace\nada@example.com\nSkills: Python, SQL';
  await sendToBackground(panel, 'importResume', {
    draft: parseResumeText(text),
    file: { fileName: 'Ada Resume.pdf', mimeType: 'application/pdf', base64: pdf.toString('base64'), text },
  });
  await sendToBackground(panel, 'localSignIn', { userId: user });
  await sendToBackground(panel, 'setSync', { enabled: true });

  // After the sync, the file is uploaded to resumes/{user}/{document}/{file name} with the same bytes.
  await expect
    .poll(async () => (await serverFiles(user)).map((f) => [f.name.split('/').at(-1), f.size]))
    .toEqual([['Ada Resume.pdf', String(pdf.length)]]);
  await expect.poll(async () => (await serverJobs(user)).length).toBe(1);

  await panel.getByRole('tab', { name: 'Account' }).click();
  await panel.getByRole('button', { name: 'Delete my data on the server…' }).click();
  await expect(panel.getByRole('group', { name: 'Confirm deleting server data' })).toContainText(
    'cannot be undone',
  );
  // Cancel deletes nothing.
  await panel.getByRole('button', { name: 'Cancel' }).click();
  expect((await serverFiles(user)).length).toBe(1);

  await panel.getByRole('button', { name: 'Delete my data on the server…' }).click();
  await panel.getByRole('button', { name: 'Delete everything on the server' }).click();
  await expect(panel.getByTestId('delete-result')).toContainText('Removed from the server:');
  await expect(panel.getByTestId('delete-result')).toContainText('1 file');
  await expect(panel.getByTestId('delete-result')).toContainText('Sync is now off.');
  expect(await serverJobs(user)).toEqual([]);
  expect(await serverFiles(user)).toEqual([]);

  // This browser keeps its copy.
  await panel.getByRole('tab', { name: 'Pipeline' }).click();
  await expect(panel.getByTestId('count-saved')).toHaveText('1');
});
