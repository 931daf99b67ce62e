// Coach sharing with two browser profiles (issue 17): a client and a coach, each signed in to the local
// stack as themselves and each seeing the other by the name they chose, never a user id. The client
// invites; the coach redeems, sees the client's job and writes a note; the client reads it, pauses and
// resumes, then ends the relationship, and the coach's view of them empties.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { launchWithExtension } from '../../scripts/lib/chromium.ts';
import { blankProfile } from '../../shared/domain/index.ts';
import { expectNoSeriousA11yViolations } from './a11y-helpers.ts';
import { expect, makeDraft, sendToBackground, test } from './fixtures.ts';
import { screenshotPath } from './screenshots.ts';

const API = () => process.env.JOBRAKER_E2E_API_URL!;

async function serverJobTitles(userId: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: process.env.JOBRAKER_E2E_DB_URL });
  await client.connect();
  try {
    const { rows } = await client.query('select title from public.jobs where user_id = $1', [userId]);
    return rows.map((r) => r.title as string);
  } finally {
    await client.end();
  }
}

test('a client invites a coach, each sees the other by name, the coach reads the pipeline and writes a note, the client ends it and the coach sees nothing', async ({
  openPage,
}) => {
  test.setTimeout(120_000); // two browsers, a sync and a dozen server round trips
  const run = Date.now();
  const clientId = `user_e2e_client_${run}`;
  const coachId = `user_e2e_coach_${run}`;

  const client = await openPage('sidepanel.html');
  await sendToBackground(client, 'setBackendUrl', { url: API() });
  const saved = await sendToBackground<{ job: { id: string } }>(
    client,
    'saveDraft',
    makeDraft(1, { title: 'Data Engineer', company: 'Globex' }),
  );
  await sendToBackground(client, 'updateJob', { jobId: saved.job.id, patch: { notes: 'Referral from Sam' } });
  await sendToBackground(client, 'moveJob', { jobId: saved.job.id, to: 'applied' });
  const profile = blankProfile(randomUUID(), new Date().toISOString());
  await sendToBackground(client, 'saveProfile', {
    ...profile,
    contact: { firstName: 'Ada', lastName: 'Lovelace' },
  });
  await sendToBackground(client, 'localSignIn', { userId: clientId });
  await client.reload();
  await client.getByRole('tab', { name: 'Account' }).click();
  const clientSharing = client.getByRole('region', { name: 'Coach sharing' });
  // Without sync the coach would see nothing: the invite waits for sync.
  await expect(clientSharing).toContainText('Turn on sync to invite a coach');
  await client.getByLabel('Sync my pipeline across devices').click();
  await expect(client.getByTestId('sync-status')).toContainText('Synced');
  await expect.poll(() => serverJobTitles(clientId)).toEqual(['Data Engineer']);
  // The client's name for the coach starts as their profile's name.
  await expect(clientSharing.getByLabel('Your name, as your coach will see it')).toHaveValue('Ada Lovelace');
  await clientSharing.getByRole('button', { name: 'Invite a coach' }).click();
  const code = ((await client.getByTestId('coach-invite-code').textContent()) ?? '').trim();
  expect(code).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);

  const other = await launchWithExtension();
  try {
    const coach = await other.context.newPage();
    await coach.setViewportSize({ width: 420, height: 900 });
    await coach.goto(`chrome-extension://${other.extensionId}/sidepanel.html`);
    await sendToBackground(coach, 'setBackendUrl', { url: API() });
    await sendToBackground(coach, 'localSignIn', { userId: coachId });
    await sendToBackground(coach, 'setSync', { enabled: true }); // the coach's own sync, to show it pulls none of the client
    await coach.reload();
    await coach.getByRole('tab', { name: 'Account' }).click();
    const coachSharing = coach.getByRole('region', { name: 'Coach sharing' });
    await coachSharing.getByLabel('Your name, as your client will see it').fill('Grace');
    await coachSharing.getByLabel("A client's invitation code").fill(code.toLowerCase());
    await coachSharing.getByRole('button', { name: 'Redeem' }).click();
    await expect(coachSharing.getByRole('status')).toHaveText('You now coach Ada Lovelace.');
    // The code works once.
    await coachSharing.getByLabel("A client's invitation code").fill(code);
    await coachSharing.getByRole('button', { name: 'Redeem' }).click();
    await expect(coachSharing.getByRole('alert')).toContainText('That code is not valid');

    const clientRow = coachSharing.getByTestId('client-row').filter({ hasText: 'Ada Lovelace' });
    await expect(clientRow).toContainText('Active');
    await clientRow.getByRole('button', { name: 'Open' }).click();
    const pipeline = coach.getByRole('region', { name: 'Client pipeline' });
    await expect(pipeline).toContainText('Pipeline of Ada Lovelace (1 job, read-only)');
    await expect(pipeline.getByTestId('coached-job')).toHaveCount(1);
    await expect(pipeline.getByTestId('coached-job')).toContainText('Data Engineer');
    await expect(pipeline.getByTestId('coached-job')).toContainText('Applied');
    await expect(pipeline.getByTestId('coached-job')).toContainText('Notes: Referral from Sam');
    await pipeline.getByLabel('About').selectOption({ label: 'Data Engineer at Globex' });
    await pipeline.getByLabel('Note for Ada Lovelace').fill('Ask Sam for an intro to the hiring manager');
    await pipeline.getByRole('button', { name: 'Add note' }).click();
    await expect(pipeline.getByTestId('coach-note')).toHaveText(
      'Data Engineer at Globex: Ask Sam for an intro to the hiring manager',
    );
    // The coach's own browser stores nothing of the client: read live, and their own sync pulls only theirs.
    expect(await sendToBackground(coach, 'syncNow', undefined)).toMatchObject({ state: 'ok' });
    await coach.getByRole('tab', { name: 'Pipeline' }).click();
    await expect(coach.getByTestId('count-saved')).toHaveText('0');
    await expect(coach.getByTestId('count-applied')).toHaveText('0');
    await coach.getByRole('tab', { name: 'Account' }).click();
    await coachSharing.getByTestId('client-row').getByRole('button', { name: 'Open' }).click();
    await expect(pipeline.getByTestId('coach-note')).toHaveCount(1);
    await expect(coachSharing).not.toContainText('user_');
    // Tall enough that the whole section fits under the panel's sticky header in the screenshot.
    await coach.setViewportSize({ width: 420, height: 1200 });
    await coachSharing.screenshot({ path: screenshotPath('coach-view.png') });
    const region = { include: '[aria-label="Coach sharing"]', bothThemes: true };
    await expectNoSeriousA11yViolations(coach, { label: "Coach sharing, the coach's side", ...region });
    // The coach changes the name the client sees (their own, on this relationship).
    await clientRow.getByText('Change the name Ada Lovelace sees').click();
    await expect(clientRow.getByLabel('Your name, as Ada Lovelace sees it')).toHaveValue('Grace');
    await clientRow.getByLabel('Your name, as Ada Lovelace sees it').fill('Grace Hopper');
    await clientRow.getByRole('button', { name: 'Save name' }).click();
    await expect(clientRow.getByRole('alert')).toHaveCount(0);

    // The client reads the note, then ends the relationship.
    await clientSharing.getByRole('button', { name: 'Refresh' }).click();
    await expect(clientSharing.getByTestId('coach-note-for-me')).toContainText(
      'Ask Sam for an intro to the hiring manager',
    );
    await expect(clientSharing.getByTestId('coach-note-for-me')).toContainText(
      'Grace Hopper on Data Engineer at Globex',
    );
    const row = clientSharing.getByTestId('coach-row').filter({ hasText: 'Grace Hopper' });
    await expect(row).toContainText('Active');
    await expect(row).toContainText('Can see your pipeline');
    await expect(clientSharing).not.toContainText('user_');
    await client.setViewportSize({ width: 420, height: 1200 });
    await clientSharing.screenshot({ path: screenshotPath('coach-client-side.png') });
    await expectNoSeriousA11yViolations(client, { label: "Coach sharing, the client's side", ...region });

    // Pausing is shown on both sides, by name; resuming gives it back.
    await row.getByRole('button', { name: 'Pause sharing with Grace Hopper' }).click();
    await expect(row).toContainText('Paused');
    await coachSharing.getByRole('button', { name: 'Refresh' }).click();
    await expect(clientRow).toContainText('Paused by the client');
    await expect(clientRow.getByRole('button', { name: 'Open' })).toHaveCount(0);
    await row.getByRole('button', { name: 'Resume sharing with Grace Hopper' }).click();
    await expect(row).toContainText('Can see your pipeline');

    // A name is another person's text: a hostile one is shown as text, never made into page elements.
    const hostile = `<img src=x onerror="document.title='pwned'">Ada`;
    await row.getByText('Change the name Grace Hopper sees').click();
    await row.getByLabel('Your name, as Grace Hopper sees it').fill(hostile);
    await row.getByRole('button', { name: 'Save name' }).click();
    await expect(async () => {
      await coachSharing.getByRole('button', { name: 'Refresh' }).click();
      await expect(coachSharing.getByTestId('client-row')).toContainText(hostile, { timeout: 1_000 });
    }).toPass();
    await expect(coachSharing.locator('img')).toHaveCount(0);
    expect(await coach.title()).not.toBe('pwned');

    await row.getByRole('button', { name: 'End sharing with Grace Hopper' }).click();
    await expect(row).toContainText('Ended');
    await expect(row).toContainText('sees nothing');

    // The coach's open view asks again and is refused; the client is gone from their list.
    await coachSharing.getByRole('button', { name: 'Refresh' }).click();
    await expect(coachSharing.getByTestId('client-row')).toHaveCount(0);
    await expect(pipeline).toHaveCount(0);
    await expect(coach.getByText('Data Engineer')).toHaveCount(0);
    // The client keeps the note.
    await expect(clientSharing.getByTestId('coach-note-for-me')).toHaveCount(1);
  } finally {
    await other.context.close();
    fs.rmSync(other.userDataDir, { recursive: true, force: true });
  }
});
