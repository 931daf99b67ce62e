import type { Page } from '@playwright/test';
import { closedUi } from '../../scripts/lib/closed-ui.ts';
import { autofillFromPanel, autofillFromPopup, openSeeded } from './autofill-helpers.ts';
import { expect, makeDraft, sendToBackground, test } from './fixtures.ts';

const appState = (page: Page) =>
  page.evaluate(() => (window as unknown as { __formState: Record<string, string | null> }).__formState);

test('a React form with react-select gets the values into its own state; undo restores; nothing is submitted', async ({
  openPage,
  visit,
}) => {
  const panel = await openSeeded(openPage, 'sidepanel.html');
  const form = await visit('/forms-react/index.html');
  await expect(form.getByRole('heading', { name: /Apply for/ })).toBeVisible();
  await form.bringToFront();

  await panel.getByRole('tab', { name: 'Autofill' }).click();
  await panel.getByRole('button', { name: 'Preview' }).click();
  const table = panel.getByRole('table', { name: 'Fields' });
  await expect(table.locator('tr[data-status="fill"]').filter({ hasText: 'Email' })).toContainText(
    'ada@example.com',
  );
  await expect(
    table.locator('tr[data-status="needs-you"]').filter({ hasText: 'Why do you want' }),
  ).toBeVisible();
  expect((await appState(form)).email).toBe('');
  // Reasons are words a person reads, and the table fits the panel.
  expect((await table.textContent()) ?? '').not.toMatch(/~ \/|\\b/);
  await expect(table).toContainText('The label says');
  const width = await table.evaluate((t) => t.getBoundingClientRect().width);
  expect(width).toBeLessThanOrEqual(await panel.evaluate(() => document.documentElement.clientWidth));

  // The fill does exactly what the preview listed.
  await panel.getByRole('button', { name: /^Fill \d+ fields$/ }).click();
  await expect(panel.getByTestId('autofill-summary')).toHaveText(/\d+ filled, 1 need you/);
  await expect
    .poll(() => appState(form))
    .toMatchObject({
      first_name: 'Ada',
      last_name: 'Lovelace',
      email: 'ada@example.com',
      linkedin: 'https://www.linkedin.com/in/ada-lovelace',
      country: 'United States',
      sponsorship: 'No',
      resume: 'resume.pdf',
      why: '',
    });
  await expect(form.getByTestId('resume-chip')).toHaveText('resume.pdf');
  // The unanswered required question is marked for the user, and the form was not submitted.
  await expect(form.locator('#why')).toHaveCSS('outline-style', 'solid');
  await expect(form.locator('#submitted')).toBeEmpty();

  await panel.getByRole('button', { name: 'Undo fill' }).click();
  await expect(panel.getByTestId('autofill-summary')).toContainText(
    /Restored \d+ fields\. Check 2 dropdowns/,
  );
  await expect
    .poll(() => appState(form))
    .toMatchObject({ first_name: '', last_name: '', email: '', linkedin: '' });
});

test('after the user submits, a receipt is kept and the job can move to Applied', async ({
  context,
  fixturesUrl,
  openPage,
}) => {
  const popup = await openSeeded(openPage, 'popup.html');
  const url = `${fixturesUrl}/forms-react/index.html`;
  await sendToBackground(popup, 'saveDraft', {
    ...makeDraft(7, { title: 'Senior Frontend Engineer' }),
    url,
    canonicalUrl: url,
  });
  const form = await context.newPage();
  await form.goto(url);
  await expect(form.getByRole('heading', { name: /Apply for/ })).toBeVisible();
  await autofillFromPopup(popup);

  await form.bringToFront();
  await form.locator('#why').fill('Patient apps matter to me.');
  await form.getByRole('button', { name: 'Submit application' }).click();
  await expect(form.locator('#submitted')).toHaveText('Application submitted');
  const prompt = closedUi(form, 'jobraker-receipt');
  await expect.poll(() => prompt.text()).toContain('Move “Senior Frontend Engineer” to Applied');
  expect(await prompt.text()).toContain('Patient apps matter to me.');
  await prompt.click('Keep receipt');
  await expect(popup.getByTestId('count-applied')).toHaveText('1');

  const receipts = await popup.evaluate(
    () =>
      new Promise<unknown[]>((resolve) => {
        const open = indexedDB.open('jobraker');
        open.onsuccess = () => {
          const req = open.result.transaction('receipts').objectStore('receipts').getAll();
          req.onsuccess = () => resolve(req.result);
        };
      }),
  );
  expect(receipts).toHaveLength(1);
  expect(receipts[0]).toMatchObject({ url, resumeSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  expect(JSON.stringify(receipts[0])).toContain('Patient apps matter to me.');
});

test('fills a form inside a cross-origin iframe (Greenhouse embed) and inside open and closed shadow roots', async ({
  context,
  fixturesUrl,
  openPage,
  visit,
}) => {
  // Two fills, one of them in an out-of-process frame whose static comboboxes wait out their timeout.
  test.setTimeout(120_000);
  const popup = await openSeeded(openPage, 'popup.html');
  const frameOrigin = fixturesUrl.replace('127.0.0.1', 'localhost');
  const host = await context.newPage();
  await host.goto(
    `${fixturesUrl}/demo/embed-host.html?frame=${encodeURIComponent(`${frameOrigin}/forms/greenhouse-like.html`)}`,
  );
  const frame = host.frameLocator('#grnhse_iframe');
  await expect(frame.locator('#first_name')).toBeVisible();
  // The embed comes from another site than the page and is no known ATS host: not without an OK.
  await autofillFromPopup(popup);
  await expect(popup.getByTestId('autofill-result')).toContainText('approve it in the side panel');
  await expect(frame.locator('#first_name')).toHaveValue('');
  const panel = await openPage('sidepanel.html');
  await host.bringToFront();
  await panel.getByRole('tab', { name: 'Autofill' }).click();
  await panel.getByRole('button', { name: 'Preview' }).click();
  await panel.getByLabel(/Also fill the form embedded from localhost/).check();
  await panel.getByRole('button', { name: /^Fill \d+ fields$/ }).click();
  await expect(panel.getByTestId('autofill-summary')).toContainText('filled', { timeout: 60_000 });
  await expect(frame.locator('#first_name')).toHaveValue('Ada');
  await expect(frame.locator('#email')).toHaveValue('ada@example.com');

  const shadow = await visit('/forms/shadow-form.html');
  await autofillFromPopup(popup);
  await expect(shadow.locator('#contact #fn')).toHaveValue('Ada');
  await expect(shadow.locator('#contact #ph')).toHaveValue('+1 555 0100');
  const closedValue = await shadow.evaluate(
    () => (document.querySelector('#city') as HTMLInputElement).value,
  );
  expect(closedValue).toBe('Seattle');
});

test('a Workday-like multi-step form: the next step is filled after Save and Continue', async ({
  openPage,
  visit,
}) => {
  const popup = await openSeeded(openPage, 'popup.html');
  const form = await visit('/forms/workday-like.html');
  await autofillFromPopup(popup);
  await expect(form.locator('#name--legalName--firstName')).toHaveValue('Ada');
  await expect(form.locator('#country--country')).toHaveText(/United States/);
  await form.bringToFront();
  await form.getByRole('button', { name: 'Save and Continue' }).click();
  await expect(form.locator('#q-sponsorship')).toHaveText('No', { timeout: 20_000 });
  await expect(form.locator('#q-authorized')).toHaveText('Yes');
  // Demographic questions stay with the user unless they saved an answer.
  await expect(form.locator('#personalInfoUS--gender')).toHaveText('Select One');
});

test('a file input whose own handler checks files.length receives the stored resume', async ({
  openPage,
  visit,
}) => {
  const panel = await openSeeded(openPage, 'sidepanel.html');
  const form = await visit('/forms/file-check.html');
  await autofillFromPanel(panel);
  await expect(panel.getByTestId('autofill-summary')).toContainText('filled');
  await expect(form.locator('#resume-status')).toHaveText('Attached: resume.pdf');
});

test('the in-page Autofill button opens the review in the side panel and fills nothing by itself', async ({
  openPage,
  visit,
}) => {
  const panel = await openSeeded(openPage, 'sidepanel.html');
  const blog = await visit('/demo/not-a-job.html');
  expect(await closedUi(blog, 'jobraker-autofill').present()).toBe(false);

  const form = await visit('/forms-react/index.html');
  const button = closedUi(form, 'jobraker-autofill');
  await expect.poll(() => button.text()).toBe('Autofill with Jobraker');
  expect(
    await form.evaluate(() => {
      const host = document.querySelector('jobraker-autofill');
      return host ? host.shadowRoot : 'no host';
    }),
  ).toBeNull();
  await button.click('Autofill with Jobraker');
  await expect.poll(() => button.text()).toBe('Review the fields in the Jobraker panel, then press Fill.');
  // The panel (a tab here) shows the preview it was asked for; the form is untouched until Fill.
  await expect(panel.getByRole('tab', { name: 'Autofill' })).toHaveAttribute('aria-selected', 'true');
  await expect(panel.getByTestId('autofill-summary')).toContainText('to fill');
  expect((await appState(form)).email ?? '').toBe('');
  await form.bringToFront();
  await panel.getByRole('button', { name: /^Fill \d+ fields$/ }).click();
  await expect.poll(() => appState(form)).toMatchObject({ email: 'ada@example.com', sponsorship: 'No' });
  await expect(form.locator('#submitted')).toBeEmpty();
});

test('an uploader that throws the resume away is reported, not claimed as filled', async ({
  openPage,
  visit,
}) => {
  const panel = await openSeeded(openPage, 'sidepanel.html');
  const form = await visit('/demo/resume-refused.html');
  await autofillFromPanel(panel);
  await expect(panel.getByTestId('autofill-summary')).toContainText('did not stick');
  await expect(panel.getByRole('list', { name: 'Problems' })).toContainText('Resume / CV');
  await expect(form.locator('#email')).toHaveValue('ada@example.com');
});

test('a box known only by the text beside it is not filled until the person accepts the answer the preview offers', async ({
  openPage,
  visit,
}) => {
  const panel = await openSeeded(openPage, 'sidepanel.html');
  const form = await visit('/demo/apply-unlabelled-phone.html');
  await form.bringToFront();
  await panel.getByRole('tab', { name: 'Autofill' }).click();
  await panel.getByRole('button', { name: 'Preview' }).click();
  const table = panel.getByRole('table', { name: 'Fields' });
  const mobile = table.locator('tr').filter({ hasText: 'Mobile number' });
  await expect(mobile).toHaveAttribute('data-status', 'skip');
  await expect(mobile).toContainText('Not sure it asks for phone (55% sure): check it yourself');
  expect(await mobile.textContent()).not.toMatch(/sure\).*sure\)/);
  // A field it will fill says how sure it is, once.
  const email = table.locator('tr').filter({ hasText: 'Email' });
  await expect(email).toHaveAttribute('data-status', 'fill');
  expect(await email.textContent()).toMatch(/^(?!.*sure\).*sure\)).*\d+% sure\)/);

  // Accepted, then taken back, then accepted again: the row says what Fill will do each time.
  await mobile.getByRole('button', { name: 'Use "+1 555 0100" for Mobile number' }).click();
  await expect(mobile).toContainText('Will fill (your answer)');
  await mobile.getByRole('button', { name: "Don't fill Mobile number" }).click();
  await expect(mobile).not.toContainText('Will fill (your answer)');
  await panel.getByRole('button', { name: 'Use all 1 suggested answer' }).click();
  await expect(mobile).toContainText('Will fill (your answer)');
  await expect(panel.getByRole('button', { name: /^Use all/ })).toHaveCount(0);

  await panel.getByRole('button', { name: /^Fill \d+ fields$/ }).click();
  await expect(form.locator('#q7')).toHaveValue('+1 555 0100');
  await expect(form.locator('#email')).toHaveValue('ada@example.com');
  await expect(form.locator('#submitted')).toBeEmpty();
});
