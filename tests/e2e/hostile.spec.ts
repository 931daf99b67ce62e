import { closedUi } from '../../scripts/lib/closed-ui.ts';
import { autofillFromPopup } from './autofill-helpers.ts';
import { expect, test } from './fixtures.ts';
import { dataSnapshot, SAVED_WHY, seedEverything, sendFromPageWorld, trapValues } from './hostile-helpers.ts';

// Every web page may be an attacker. These pages try to take the profile, plant data and press
// Jobraker's buttons; a regression here is a security bug. Asserted: no profile byte reaches a
// field a person cannot see, and no record changes without the person's own click.

test('fields a person cannot see get nothing: hidden by class, off-screen, transparent, clipped, zero-size, in <details>, behind content-visibility, and those typed from the page around them (an "If other" box, a row-picked upload, a dropdown\'s value twin, a dropdown typed by the hidden list of countries it names)', async ({
  openPage,
  visit,
}) => {
  const popup = await openPage('popup.html');
  await seedEverything(popup);
  const form = await visit('/hostile/hidden-fields.html');
  await autofillFromPopup(popup);
  await expect(form.locator('#first_name')).toHaveValue('Ada');
  await expect(form.locator('#email')).toHaveValue('ada@example.com');
  const traps = await trapValues(form);
  expect(traps).toHaveLength(18);
  expect(traps.filter((t) => t.value !== '' && t.value !== '0')).toEqual([]);
  await expect(form.locator('#t_residence_list [aria-selected="true"]')).toHaveCount(0);

  // The preview promises nothing for them either.
  const panel = await openPage('sidepanel.html');
  await form.bringToFront();
  await panel.getByRole('tab', { name: 'Autofill' }).click();
  await panel.getByRole('button', { name: 'Preview' }).click();
  await expect(panel.getByTestId('autofill-summary')).toContainText('to fill');
  const promised = await panel.locator('tr[data-status="fill"] td:first-child').allInnerTexts();
  expect(promised.join(' | ')).not.toMatch(
    /Phone|Street|City|Postal|LinkedIn|salary|company|GitHub|Country|Gender|Resume|Cover|If other|Curriculum|Choose file|State/i,
  );
});

test('page script cannot press the in-page Save or Autofill buttons; a person can', async ({
  openPage,
  visit,
}) => {
  const panel = await openPage('sidepanel.html');
  await seedEverything(panel);
  const before = await dataSnapshot(panel);
  const page = await visit('/hostile/script-clicks.html');
  const save = closedUi(page, 'jobraker-save');
  await expect.poll(() => save.text()).toBe('Save to Jobraker');
  // Let the page hammer the buttons for a while.
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __attempts: string[] }).__attempts.length))
    .toBeGreaterThan(20);
  await page.waitForTimeout(1500);
  expect(await dataSnapshot(panel)).toEqual(before);
  expect(await page.locator('#email').inputValue()).toBe('');
  await expect(panel.getByRole('tab', { name: 'This page' })).toHaveAttribute('aria-selected', 'true');

  await save.click('Save to Jobraker');
  await expect.poll(() => save.text()).toBe('Saved · just now');
  expect((await dataSnapshot(panel)).jobs).toBe(before.jobs + 1);
});

test('frames a person cannot see get nothing: 0×0, transparent, off-screen and 1×1 iframes', async ({
  openPage,
  visit,
  fixturesUrl,
}) => {
  const popup = await openPage('popup.html');
  await seedEverything(popup);
  const other = fixturesUrl.replace('127.0.0.1', 'localhost');
  const page = await visit(`/hostile/frames.html?origin=${encodeURIComponent(other)}`);
  await expect.poll(() => page.frames().length).toBe(5);
  await autofillFromPopup(popup);
  await expect(page.locator('#first_name')).toHaveValue('Ada');
  const framed = page.frames().filter((f) => f !== page.mainFrame());
  expect(framed).toHaveLength(4);
  for (const frame of framed) {
    const values = await frame.evaluate(() =>
      Array.from(document.querySelectorAll('input')).map((i) => i.value),
    );
    expect(values, frame.url()).toEqual(['', '', '']);
  }
  const panel = await openPage('sidepanel.html');
  await page.bringToFront();
  await panel.getByRole('tab', { name: 'Autofill' }).click();
  await panel.getByRole('button', { name: 'Preview' }).click();
  await expect(panel.getByTestId('autofill-hidden-frames')).toContainText('too small to see');
  await expect(panel.getByTestId('autofill-hidden-frames')).toContainText('placed off the screen');
  await expect(panel.locator('[data-frame]')).toHaveCount(1);
});

test('forged submit and click events store nothing; the page cannot confirm our prompt; the person can', async ({
  openPage,
  visit,
}) => {
  const popup = await openPage('popup.html');
  await seedEverything(popup);
  const before = await dataSnapshot(popup);
  const form = await visit('/hostile/forged-submit.html');
  await autofillFromPopup(popup);
  await expect(form.locator('#why')).toHaveValue(SAVED_WHY);
  await form.evaluate(() => (window as unknown as { forge(): void }).forge());
  await form.waitForTimeout(500);
  await form.evaluate(() => (window as unknown as { confirmPrompt(): void }).confirmPrompt());
  await form.waitForTimeout(1000);
  expect(await dataSnapshot(popup)).toEqual(before);

  // The person sends the form with their own answer and confirms in Jobraker's prompt.
  const prompt = closedUi(form, 'jobraker-receipt');
  if (await prompt.present()) await prompt.click('Not now');
  await expect.poll(() => prompt.present()).toBe(false);
  await form.bringToFront();
  await form.locator('#why').fill('Patient apps matter to me.');
  await form.getByRole('button', { name: 'Submit application' }).click();
  await expect.poll(() => prompt.text()).toContain('Patient apps matter to me.');
  await form.evaluate(() => (window as unknown as { confirmPrompt(): void }).confirmPrompt());
  await form.waitForTimeout(500);
  expect((await dataSnapshot(popup)).receipts).toBe(0);
  await prompt.click('Keep receipt');
  await expect.poll(async () => (await dataSnapshot(popup)).receipts).toBe(1);
  expect((await dataSnapshot(popup)).answers).toEqual([
    'Why do you want to work here? = Patient apps matter to me.',
  ]);
});

test('a page that rewrites the form between preview and fill gets nothing in what it changed', async ({
  openPage,
  visit,
}) => {
  const panel = await openPage('sidepanel.html');
  await seedEverything(panel);
  const form = await visit('/hostile/rewrite.html');
  await panel.getByRole('tab', { name: 'Autofill' }).click();
  await panel.getByRole('button', { name: 'Preview' }).click();
  await expect(panel.getByTestId('autofill-summary')).toContainText('5 to fill');
  await form.evaluate(() => (window as unknown as { rewrite(): void }).rewrite());
  await panel.getByRole('button', { name: 'Fill 5 fields' }).click();
  await expect(panel.getByTestId('autofill-summary')).toContainText('2 filled', { timeout: 30_000 });
  await expect(form.locator('#first_name')).toHaveValue('Ada');
  await expect(form.locator('#last_name')).toHaveValue('Lovelace');
  // The panel says what it did not write, row by row.
  expect(await panel.locator('tr[data-status="not-written"]').count()).toBeGreaterThanOrEqual(2);
  for (const id of ['email', 'phone_swapped', 'twitter', 'inserted'])
    await expect(form.locator(`#${id}`), id).toHaveValue('');
});

test('an answer approved for one question is not written after the page rewrites that question', async ({
  openPage,
  visit,
}) => {
  const panel = await openPage('sidepanel.html');
  await seedEverything(panel);
  const form = await visit('/hostile/draft-swap.html');
  await panel.getByRole('tab', { name: 'Autofill' }).click();
  await panel.getByRole('button', { name: 'Preview' }).click();
  const question = panel
    .getByRole('table', { name: 'Fields' })
    .locator('tr')
    .filter({ hasText: 'Describe a time you untangled a messy data migration.' })
    .first();
  await question.getByRole('button', { name: 'Draft an answer' }).click();
  const answer = panel.getByLabel('Your answer to: Describe a time you untangled a messy data migration.');
  await answer.fill('I moved 40 services off a shared database in six weeks.');
  await panel.getByRole('button', { name: 'Use this answer' }).click();
  await expect(question).toContainText('Will fill (your answer)');
  await form.evaluate(() => (window as unknown as { rewrite(): void }).rewrite());
  await form.bringToFront();
  await panel.getByRole('button', { name: /^Fill \d+ fields?$/ }).click();
  await expect(form.locator('#first_name')).toHaveValue('Ada', { timeout: 30_000 });
  await expect(form.locator('#last_name')).toHaveValue('Lovelace');
  await expect(form.locator('#q1')).toHaveValue('');
});

test('the background refuses what a web page’s content script asks without a gesture', async ({
  context,
  openPage,
  visit,
}) => {
  const popup = await openPage('popup.html');
  await seedEverything(popup);
  const before = await dataSnapshot(popup);
  const page = await visit('/hostile/script-clicks.html');
  const replies = await sendFromPageWorld(context, page.url(), [
    { type: 'captureTab', data: {} },
    { type: 'autofillTab', data: { mode: 'run' } },
    { type: 'saveDraft', data: { url: page.url() } },
    { type: 'saveProfile', data: {} },
    { type: 'importData', data: { text: '{}' } },
    { type: 'exportData', data: undefined },
    {
      type: 'applicationSubmitted',
      data: { url: page.url(), resumeSha256: null, answers: [], customAnswers: [] },
    },
    { type: 'urlStatus', data: { url: page.url() } },
  ]);
  expect(replies.filter((r) => r.ok).map((r) => r.type)).toEqual(['urlStatus']);
  expect(replies.find((r) => r.type === 'captureTab')?.error).toContain('right after you click');
  expect(replies.find((r) => r.type === 'exportData')?.error).toContain('only be started from Jobraker');
  expect(await page.locator('#email').inputValue()).toBe('');
  expect(await dataSnapshot(popup)).toEqual(before);
});

test('answers accepted for boxes the plan was unsure of are not written once the page hides a box or rewrites its caption', async ({
  openPage,
  visit,
}) => {
  const panel = await openPage('sidepanel.html');
  await seedEverything(panel);
  const form = await visit('/hostile/suggestion-swap.html');
  await panel.getByRole('tab', { name: 'Autofill' }).click();
  await panel.getByRole('button', { name: 'Preview' }).click();
  const table = panel.getByRole('table', { name: 'Fields' });
  await expect(table.locator('tr').filter({ hasText: 'Mobile number' })).toContainText(
    'Not sure it asks for',
  );
  await panel.getByRole('button', { name: /^Use all 2 suggested answers$/ }).click();
  await expect(table.locator('tr').filter({ hasText: 'Email address' })).toContainText(
    'Will fill (your answer)',
  );
  await form.evaluate(() => (window as unknown as { rewrite(): void }).rewrite());
  await form.bringToFront();
  await panel.getByRole('button', { name: /^Fill \d+ fields?$/ }).click();
  await expect(form.locator('#first_name')).toHaveValue('Ada', { timeout: 30_000 });
  await expect(form.locator('#q7')).toHaveValue('');
  await expect(form.locator('#q8')).toHaveValue('');
});
