// Coach sharing with two browser profiles (issue 17): a client and a coach, each signed in to the local
// stack as themselves. The client invites; the coach redeems, sees the client's job and writes a note; the
// client reads it, then ends the relationship, and the coach's view of them empties.
import fs from 'node:fs';
import pg from 'pg';
import { launchWithExtension } from '../../scripts/lib/chromium.ts';
import { expect, makeDraft, sendToBackground, test } from './fixtures.ts';

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

test('a client invites a coach, the coach reads the pipeline and writes a note, the client ends it and the coach sees nothing', async ({
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
  await sendToBackground(client, 'localSignIn', { userId: clientId });
  await client.reload();
  await client.getByRole('tab', { name: 'Account' }).click();
  const clientSharing = client.getByRole('region', { name: 'Coach sharing' });
  // Without sync the coach would see nothing: the invite waits for sync.
  await expect(clientSharing).toContainText('Turn on sync to invite a coach');
  await client.getByLabel('Sync my pipeline across devices').click();
  await expect(client.getByTestId('sync-status')).toContainText('Synced');
  await expect.poll(() => serverJobTitles(clientId)).toEqual(['Data Engineer']);
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
    await coachSharing.getByLabel("A client's invitation code").fill(code.toLowerCase());
    await coachSharing.getByRole('button', { name: 'Redeem' }).click();
    await expect(coachSharing.getByRole('status')).toHaveText(`You now coach ${clientId}.`);
    // The code works once.
    await coachSharing.getByLabel("A client's invitation code").fill(code);
    await coachSharing.getByRole('button', { name: 'Redeem' }).click();
    await expect(coachSharing.getByRole('alert')).toContainText('That code is not valid');

    await coachSharing
      .getByTestId('client-row')
      .filter({ hasText: clientId })
      .getByRole('button', { name: 'Open' })
      .click();
    const pipeline = coach.getByRole('region', { name: 'Client pipeline' });
    await expect(pipeline.getByTestId('coached-job')).toHaveCount(1);
    await expect(pipeline.getByTestId('coached-job')).toContainText('Data Engineer');
    await expect(pipeline.getByTestId('coached-job')).toContainText('Applied');
    await expect(pipeline.getByTestId('coached-job')).toContainText('Notes: Referral from Sam');
    await pipeline.getByLabel('About').selectOption({ label: 'Data Engineer at Globex' });
    await pipeline.getByLabel(`Note for ${clientId}`).fill('Ask Sam for an intro to the hiring manager');
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
    if (process.env.JOBRAKER_SCREENSHOTS) {
      fs.mkdirSync(process.env.JOBRAKER_SCREENSHOTS, { recursive: true });
      await coachSharing.screenshot({ path: `${process.env.JOBRAKER_SCREENSHOTS}/coach-view.png` });
    }

    // The client reads the note, then ends the relationship.
    await clientSharing.getByRole('button', { name: 'Refresh' }).click();
    await expect(clientSharing.getByTestId('coach-note-for-me')).toContainText(
      'Ask Sam for an intro to the hiring manager',
    );
    await expect(clientSharing.getByTestId('coach-note-for-me')).toContainText(
      `${coachId} on Data Engineer at Globex`,
    );
    const row = clientSharing.getByTestId('coach-row').filter({ hasText: coachId });
    await expect(row).toContainText(`${coachId} can see your pipeline`);
    await row.getByRole('button', { name: 'End' }).click();
    await expect(row).toContainText('they see nothing');

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
