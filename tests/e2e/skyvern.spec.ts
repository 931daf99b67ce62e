import pg from 'pg';
import { seedProfile } from './autofill-helpers.ts';
import { expect, makeDraft, sendToBackground, test } from './fixtures.ts';

const API = () => process.env.JOBRAKER_E2E_API_URL!;

/** The causes of the user's moves to Applied as the server recorded them (sync carries stage events). */
async function serverAppliedCauses(userId: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: process.env.JOBRAKER_E2E_DB_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ cause: string }>(
      `select cause::text from public.job_stage_events where user_id = $1 and to_stage = 'applied'`,
      [userId],
    );
    return rows.map((r) => r.cause);
  } finally {
    await client.end();
  }
}

test('Submit with Skyvern: review → approve → the stand-in completes → the card shows Submitted with its receipt', async ({
  openPage,
}) => {
  const user = `user_skyvern_${Date.now()}`;
  const panel = await openPage('sidepanel.html');
  await sendToBackground(panel, 'setBackendUrl', { url: API() });
  await seedProfile(panel);
  await sendToBackground(panel, 'saveDraft', makeDraft(1, { title: 'Backend Engineer' }));
  await sendToBackground(panel, 'localSignIn', { userId: user });
  await sendToBackground(panel, 'setSync', { enabled: true }); // the job must be on the server to queue it

  await panel.reload();
  await panel.getByRole('tab', { name: 'Pipeline' }).click();
  await panel.getByText('Backend Engineer').first().click();
  await panel.getByRole('button', { name: 'Submit with Skyvern' }).click();
  const review = panel.getByRole('region', { name: 'Review before submitting' });
  await expect(review).toContainText('ada@example.com');
  await expect(review).toContainText('Lovelace');
  await review.getByRole('button', { name: 'Approve and queue' }).click();

  const status = panel.locator('[data-submission-status]');
  await expect(status).toHaveAttribute('data-submission-status', /pending_submission|processing|submitted/);
  await expect(status).toHaveAttribute('data-submission-status', 'submitted_successfully', {
    timeout: 20_000,
  });
  await expect(status).toContainText('Submitted');
  await expect(panel.getByRole('region', { name: 'Receipt' })).toContainText(/Confirmation: CONF-/);
  await expect(panel.getByRole('link', { name: 'Recording' })).toHaveAttribute('href', /\.webm$/);
  // Learning the success moved the job to Applied (cause skyvern) in this browser.
  await expect(panel.getByText(/Stage · Applied/)).toBeVisible();
  await expect(panel.getByTestId('count-applied')).toHaveText('1');
  await expect(panel.getByRole('region', { name: 'What was sent (kept in this browser)' })).toContainText(
    /confirmation CONF-/,
  );
  // Sync carries the move, with its cause, to the server.
  await sendToBackground(panel, 'syncNow', undefined);
  expect(await serverAppliedCauses(user)).toEqual(['skyvern']);
});

test('Take over: a CAPTCHA run needs you → the posting opens filled (not submitted) → the user records it', async ({
  context,
  openPage,
  fixturesUrl,
}) => {
  const user = `user_takeover_${Date.now()}`;
  const panel = await openPage('sidepanel.html');
  await sendToBackground(panel, 'setBackendUrl', { url: API() });
  await seedProfile(panel);
  // The stand-in ends a run at a CAPTCHA wall when its url says so; the url is a real form the tab can fill.
  const url = `${fixturesUrl}/forms/ashby-like.html?standin=captcha`;
  const draft = makeDraft(2, { title: 'Walled Engineer' });
  await sendToBackground(panel, 'saveDraft', { ...draft, url, canonicalUrl: url });
  await sendToBackground(panel, 'localSignIn', { userId: user });
  await sendToBackground(panel, 'setSync', { enabled: true });

  await panel.reload();
  await panel.getByRole('tab', { name: 'Pipeline' }).click();
  await panel.getByText('Walled Engineer').first().click();
  await panel.getByRole('button', { name: 'Submit with Skyvern' }).click();
  await panel.getByRole('button', { name: 'Approve and queue' }).click();
  const status = panel.locator('[data-submission-status]');
  await expect(status).toHaveAttribute('data-submission-status', 'action_required', { timeout: 20_000 });
  await expect(status).toContainText(/CAPTCHA/);

  await expect(panel.getByRole('button', { name: 'Take over' })).toBeVisible();
  // The popup shows it too, with the same button; take over from there.
  const popup = await openPage('popup.html');
  const needsYou = popup.locator('[data-submission-status="action_required"]');
  await expect(needsYou).toContainText(/Walled Engineer.*CAPTCHA/, { timeout: 15_000 });
  const opened = context.waitForEvent('page');
  await needsYou.getByRole('button', { name: 'Take over' }).click();
  const form = await opened;
  expect(form.url()).toContain('/forms/ashby-like.html');
  await expect(form.locator('#_systemfield_email')).toHaveValue('ada@example.com', { timeout: 20_000 });
  await expect(form.locator('#_systemfield_name')).toHaveValue('Ada Lovelace');
  await expect(form.locator('input[name="4d1c0a7e-1111-4a5b-9c3d-000000000001"]')).toHaveValue(
    'https://www.linkedin.com/in/ada-lovelace',
  );
  expect(form.url()).not.toContain('_systemfield'); // a GET submit would have put the fields in the url

  // The user finished it in the tab and says so; the job moves to Applied on their word.
  await panel.bringToFront();
  await panel.getByRole('button', { name: 'I sent it' }).click();
  await expect(status).toHaveAttribute('data-submission-status', 'submitted_successfully');
  await expect(panel.getByText(/Stage · Applied/)).toBeVisible();
  await sendToBackground(panel, 'syncNow', undefined);
  expect(await serverAppliedCauses(user)).toEqual(['user']);
});
