import type { Page } from '@playwright/test';
import { seedProfile } from './autofill-helpers.ts';
import { expect, makeDraft, sendToBackground, test } from './fixtures.ts';

const API = () => process.env.JOBRAKER_E2E_API_URL!;
const submissions = (page: Page) => sendToBackground<unknown[]>(page, 'listSubmissions', undefined);

/** Settings page, signed in to the local stack, with three saved jobs already on the server. */
async function setUp(openPage: (name: string) => Promise<Page>, user: string): Promise<Page> {
  const options = await openPage('options.html');
  await sendToBackground(options, 'setBackendUrl', { url: API() });
  await seedProfile(options);
  for (const n of [1, 2, 3]) await sendToBackground(options, 'saveDraft', makeDraft(n));
  await sendToBackground(options, 'localSignIn', { userId: user });
  await sendToBackground(options, 'setSync', { enabled: true });
  await options.reload();
  return options;
}

async function fillRule(options: Page, rule: { cap: string; dryRun: boolean; autoApprove: boolean }) {
  const form = options.getByRole('form', { name: 'Auto-apply rule' });
  await form.getByLabel('Rule name').fill('Everything');
  await form.getByLabel('Minimum match score (0–100)').fill('0');
  await form.getByLabel('Most applications per week').fill(rule.cap);
  await form.getByLabel('Dry run').setChecked(rule.dryRun);
  await form.getByLabel('Auto-approve within this rule').setChecked(rule.autoApprove);
  // Every day active: these tests are about the cap and the review, and must not depend on the weekday
  // they run on (a rule is on Monday to Friday by default; a Saturday run would skip every job).
  for (const day of await form.getByRole('group', { name: 'Active days' }).getByRole('checkbox').all())
    await day.setChecked(true);
  await form.getByRole('button', { name: 'Save rule' }).click();
  await expect(form).toBeHidden();
}

const log = (options: Page, decision: string) => options.locator(`tr[data-decision="${decision}"]`);

test('auto-apply: a dry run queues nothing; auto-approve (opted in) queues up to the weekly cap and no more', async ({
  openPage,
}) => {
  const options = await setUp(openPage, `user_auto_cap_${Date.now()}`);
  const section = options.getByRole('region', { name: 'Auto-apply rules' });
  await expect(section).toContainText('No rules yet');
  await expect(section).toContainText('No decisions yet.');
  await section.getByRole('button', { name: 'Add a rule' }).click();
  await fillRule(options, { cap: '2', dryRun: true, autoApprove: true });

  await expect(log(options, 'dry_run')).toHaveCount(2);
  await expect(log(options, 'limit_reached')).toHaveCount(1);
  await expect(log(options, 'dry_run').first()).toContainText('Dry run: would queue');
  expect(await submissions(options)).toHaveLength(0);

  // For real now: the same rule, dry run off. Two are queued on the server, the third stops at the cap.
  await section.getByRole('button', { name: 'Edit Everything' }).click();
  await fillRule(options, { cap: '2', dryRun: false, autoApprove: true });
  await expect(log(options, 'queued')).toHaveCount(2);
  await expect(log(options, 'limit_reached')).toHaveCount(2);
  await expect.poll(async () => (await submissions(options)).length).toBe(2);
  await section.getByRole('button', { name: 'Run rules now' }).click();
  await expect(section.getByRole('status')).toContainText('Nothing new to decide.');
  expect(await submissions(options)).toHaveLength(2);
});

test('auto-apply: by default a rule proposes; nothing is queued until the user approves the review', async ({
  openPage,
}) => {
  const options = await setUp(openPage, `user_auto_propose_${Date.now()}`);
  const section = options.getByRole('region', { name: 'Auto-apply rules' });
  await expect(section).toContainText('No proposals.');
  await section.getByRole('button', { name: 'Add a rule' }).click();
  await fillRule(options, { cap: '5', dryRun: false, autoApprove: false });

  const proposals = section.getByRole('list', { name: 'Proposals' }).getByRole('listitem');
  await expect(proposals).toHaveCount(3);
  await expect(log(options, 'needs_review')).toHaveCount(3);
  expect(await submissions(options)).toHaveLength(0);

  const first = section.getByRole('listitem', { name: 'Proposal: Engineer 1' });
  await first.getByRole('button', { name: 'Submit with Skyvern' }).click();
  await expect(first.getByRole('region', { name: 'Review before submitting' })).toContainText(
    'ada@example.com',
  );
  await first.getByRole('button', { name: 'Approve and queue' }).click();
  await expect(log(options, 'approved')).toHaveCount(1);
  expect(await submissions(options)).toHaveLength(1);

  await section
    .getByRole('listitem', { name: 'Proposal: Engineer 2' })
    .getByRole('button', { name: 'Dismiss' })
    .click();
  await expect(log(options, 'dismissed')).toHaveCount(1);
  await expect(proposals).toHaveCount(1); // Engineer 3 still waits for you
  expect(await submissions(options)).toHaveLength(1);
});
