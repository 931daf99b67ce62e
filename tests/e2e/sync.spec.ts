import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { launchWithExtension } from '../../scripts/lib/chromium.ts';
import { expect, makeDraft, sendToBackground, test } from './fixtures.ts';

const API = () => process.env.JOBRAKER_E2E_API_URL!;

async function serverJobTitles(userId: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: process.env.JOBRAKER_E2E_DB_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ title: string }>(
      'select title from public.jobs where user_id = $1 and deleted_at is null order by title',
      [userId],
    );
    return rows.map((r) => r.title);
  } finally {
    await client.end();
  }
}

test('signing in and turning sync on sends the pipeline to the backend; a second device pulls it; sign-out keeps or wipes local data', async ({
  openPage,
}) => {
  const user = `user_e2e_${Date.now()}`;
  const panel = await openPage('sidepanel.html');
  await sendToBackground(panel, 'setBackendUrl', { url: API() });
  await sendToBackground(panel, 'saveDraft', makeDraft(1, { title: 'Data Engineer' }));
  await sendToBackground(panel, 'saveDraft', makeDraft(2, { title: 'Platform Engineer' }));
  await sendToBackground(panel, 'saveProfile', {
    id: randomUUID(),
    contact: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' },
    links: {},
    location: { city: 'London', country: 'GB' },
    workAuthorization: ['GB'],
    requiresSponsorship: false,
    salaryExpectation: null,
    targetTitles: ['Staff Engineer'],
    workTypes: ['remote'],
    industries: [],
    experience: [
      { id: randomUUID(), title: 'Engineer', company: 'Analytical Engines', current: true, bullets: [] },
    ],
    education: [],
    skills: [{ name: 'Postgres', source: 'input' }],
    certifications: [],
    projects: [],
    eeo: {},
    updatedAt: new Date().toISOString(),
  });

  await panel.getByRole('tab', { name: 'Account' }).click();
  await expect(panel.getByTestId('account-status')).toHaveText(
    'Not signed in. Everything stays in this browser.',
  );
  expect(await serverJobTitles(user)).toEqual([]);

  await sendToBackground(panel, 'localSignIn', { userId: user });
  await panel.reload();
  await panel.getByRole('tab', { name: 'Account' }).click();
  await expect(panel.getByTestId('account-status')).toContainText(
    `Signed in as ${user} (local backend). Sync is off.`,
  );
  // Signed in but sync off: still nothing on the server.
  expect(await serverJobTitles(user)).toEqual([]);

  await panel.getByLabel('Sync my pipeline across devices').click();
  await expect(panel.getByTestId('sync-status')).toContainText('Synced');
  await expect.poll(() => serverJobTitles(user)).toEqual(['Data Engineer', 'Platform Engineer']);

  // A second device (another browser profile) signs in as the same user and pulls the pipeline.
  const other = await launchWithExtension();
  try {
    const page = await other.context.newPage();
    await page.goto(`chrome-extension://${other.extensionId}/sidepanel.html`);
    await sendToBackground(page, 'setBackendUrl', { url: API() });
    await sendToBackground(page, 'localSignIn', { userId: user });
    await sendToBackground(page, 'setSync', { enabled: true });
    await page.getByRole('tab', { name: 'Pipeline' }).click();
    await expect(page.getByTestId('count-saved')).toHaveText('2');
    // The profile made on the first device (normalized rows on the server) fills the second one's form.
    const options = await other.context.newPage();
    await options.goto(`chrome-extension://${other.extensionId}/options.html`);
    await expect(options.getByLabel('First name')).toHaveValue('Ada');
  } finally {
    await other.context.close();
    fs.rmSync(other.userDataDir, { recursive: true, force: true });
  }

  await panel.getByRole('button', { name: 'Sign out' }).click();
  await expect(panel.getByTestId('account-status')).toHaveText(
    'Not signed in. Everything stays in this browser.',
  );
  await panel.getByRole('tab', { name: 'Pipeline' }).click();
  await expect(panel.getByTestId('count-saved')).toHaveText('2');

  await sendToBackground(panel, 'localSignIn', { userId: user });
  await panel.getByRole('tab', { name: 'Account' }).click();
  await panel.getByLabel('Also delete the data in this browser').click();
  await panel.getByRole('button', { name: 'Sign out' }).click();
  await panel.getByRole('tab', { name: 'Pipeline' }).click();
  await expect(panel.getByTestId('count-saved')).toHaveText('0');
  // The server copy is untouched by a local wipe.
  expect(await serverJobTitles(user)).toEqual(['Data Engineer', 'Platform Engineer']);
});
