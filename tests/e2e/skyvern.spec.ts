import { seedProfile } from './autofill-helpers.ts';
import { expect, makeDraft, sendToBackground, test } from './fixtures.ts';

const API = () => process.env.JOBRAKER_E2E_API_URL!;

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
});
