import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { launchWithExtension } from '../../scripts/lib/chromium.ts';
import { expect, sendToBackground, test } from './fixtures.ts';

const API = () => process.env.JOBRAKER_E2E_API_URL!;

const profileWithPhone = (phone: string) => ({
  id: randomUUID(),
  contact: { firstName: 'Ada', lastName: 'Lovelace', phone },
  links: {},
  location: { city: 'London', country: 'GB' },
  workAuthorization: ['GB'],
  requiresSponsorship: false,
  salaryExpectation: null,
  targetTitles: ['Staff Engineer'],
  workTypes: ['remote'],
  industries: [],
  experience: [],
  education: [],
  skills: [],
  certifications: [],
  projects: [],
  eeo: {},
  updatedAt: new Date().toISOString(),
});

const syncNow = (page: Page) => sendToBackground<{ state: string }>(page, 'syncNow', undefined);

test('the first sign-in restore shows its counts; a phone edit that lost on one device is listed there and "Keep mine" makes it win on both', async ({
  openPage,
  context,
  extensionId,
}) => {
  const user = `user_e2e_conflict_${Date.now()}`;
  const panel = await openPage('sidepanel.html');
  await sendToBackground(panel, 'setBackendUrl', { url: API() });
  await sendToBackground(panel, 'saveProfile', profileWithPhone('+1 555 0100'));
  await sendToBackground(panel, 'localSignIn', { userId: user });
  expect(await sendToBackground(panel, 'setSync', { enabled: true })).toMatchObject({ state: 'ok' });

  const other = await launchWithExtension();
  try {
    const second = await other.context.newPage();
    await second.goto(`chrome-extension://${other.extensionId}/sidepanel.html`);
    await sendToBackground(second, 'setBackendUrl', { url: API() });
    await sendToBackground(second, 'localSignIn', { userId: user });
    expect(await sendToBackground(second, 'setSync', { enabled: true })).toMatchObject({ state: 'ok' });
    await second.reload();
    await second.getByRole('tab', { name: 'Account' }).click();
    await expect(second.getByTestId('restore-progress')).toHaveText('Restored your data: 1 profile.');
    await expect(second.getByRole('progressbar', { name: 'Restoring your data' })).toHaveAttribute(
      'value',
      '1',
    );

    // Both devices edit the phone; the second device's edit is later and wins.
    await sendToBackground(panel, 'saveProfile', profileWithPhone('+1 555 0199'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    await sendToBackground(second, 'saveProfile', profileWithPhone('+44 20 7946 0000'));
    expect(await syncNow(panel)).toMatchObject({ state: 'ok' });
    expect(await syncNow(second)).toMatchObject({ state: 'ok' });
    expect(await syncNow(panel)).toMatchObject({ state: 'ok' });

    await panel.getByRole('tab', { name: 'Account' }).click();
    const replaced = panel.getByTestId('replaced-fields');
    await expect(replaced).toContainText('Phone — yours +1 555 0199, now +44 20 7946 0000');
    await expect(second.getByTestId('replaced-fields')).toHaveCount(0); // the winner lost nothing

    // Keyboard only: focus "Keep mine" and press Enter.
    await panel.getByRole('button', { name: 'Keep mine: Phone +1 555 0199' }).focus();
    await panel.keyboard.press('Enter');
    await expect(replaced).toHaveCount(0);
    expect(await syncNow(panel)).toMatchObject({ state: 'ok' });
    expect(await syncNow(second)).toMatchObject({ state: 'ok' });

    for (const [browserContext, id] of [
      [context, extensionId],
      [other.context, other.extensionId],
    ] as const) {
      const options = await browserContext.newPage();
      await options.goto(`chrome-extension://${id}/options.html`);
      await expect(options.getByLabel('Phone')).toHaveValue('+1 555 0199');
      await options.close();
    }
  } finally {
    await other.context.close();
    fs.rmSync(other.userDataDir, { recursive: true, force: true });
  }
});
