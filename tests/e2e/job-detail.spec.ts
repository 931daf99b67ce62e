// The job detail page (issue 16 item 2) in the real extension: notes with undo, a person linked to two jobs
// with an interaction, an interview round, two offers on two jobs compared per year, the stage timeline.
import { expect, makeDraft, sendToBackground, test } from './fixtures.ts';

type Saved = { job: { id: string } };

test('a job page keeps notes, people across jobs, interviews and offers; offers compare per year', async ({
  openPage,
}) => {
  const setup = await openPage('popup.html');
  const salary = { min: 140_000, max: 160_000, currency: 'USD', period: 'YEAR' as const };
  const one = (
    await sendToBackground<Saved>(setup, 'saveDraft', makeDraft(1, { title: 'Platform Engineer', salary }))
  ).job.id;
  const two = (await sendToBackground<Saved>(setup, 'saveDraft', makeDraft(2, { title: 'Data Engineer' })))
    .job.id;
  await sendToBackground(setup, 'moveJob', { jobId: one, to: 'applied' });
  await sendToBackground(setup, 'moveJob', { jobId: one, to: 'screening' });

  const page = await openPage(`job.html?id=${one}`);
  await expect(page.getByRole('heading', { name: 'Platform Engineer' })).toBeVisible();

  // Notes: add, edit, delete with undo.
  await page.getByLabel('New note').fill('Team runs Kubernetes on bare metal');
  await page.getByRole('button', { name: 'Add note' }).click();
  const notes = page.getByRole('list', { name: 'Notes' });
  await expect(notes).toContainText('Team runs Kubernetes on bare metal');
  await notes.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Edit note').fill('Team runs Kubernetes on bare metal; ask about on-call');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(notes).toContainText('ask about on-call');
  await notes.getByRole('button', { name: 'Delete note' }).click();
  await expect(notes.getByRole('listitem')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(notes).toContainText('ask about on-call');

  // People: a bad email is refused naming the field; then the recruiter with an interaction.
  await page.getByText('Add a person').click();
  const personForm = page.getByRole('form', { name: 'Add a person' });
  await personForm.getByLabel('Name').fill('Rita Recruiter');
  await personForm.getByLabel('Email').fill('rita-at-company');
  await personForm.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('alert')).toHaveText('Email: Enter an email like name@example.com');
  await personForm.getByLabel('Email').fill('rita@company1.example');
  await personForm.getByLabel('Phone').fill('+1 555 0100');
  await personForm.getByLabel('LinkedIn').fill('https://www.linkedin.com/in/rita-recruiter');
  await personForm.getByRole('button', { name: 'Add person' }).click();
  const rita = page.getByRole('listitem', { name: 'Rita Recruiter' });
  await expect(rita).toContainText('rita@company1.example');
  await rita.getByLabel('Interaction date').fill('2026-12-01');
  await rita.getByLabel('Channel').selectOption('call');
  await rita.getByLabel('What happened').fill('Intro call: she also recruits for the data team');
  await rita.getByRole('button', { name: 'Log' }).click();
  await expect(rita.getByRole('list', { name: 'Interactions with Rita Recruiter' })).toContainText(
    '2026-12-01 · call: Intro call',
  );

  // An interview round.
  await page.getByRole('button', { name: 'Add interview round' }).click();
  const round = page.getByRole('form', { name: 'Add interview round' });
  await round.getByLabel('Date and time').fill('2026-12-10T14:30');
  await round.getByLabel('Kind').selectOption('technical');
  await round.getByLabel('Interviewers').fill('Ana Lead, Bo Staff');
  await round.getByLabel('Prep notes').fill('Review the outage post-mortems');
  await round.getByLabel('Questions asked').fill('Design a rate limiter\nTell me about a failed migration');
  await round.getByLabel('Feedback').fill('Strong on systems, follow up on Go');
  await round.getByRole('button', { name: 'Add round' }).click();
  const rounds = page.getByRole('list', { name: 'Interview rounds' });
  await expect(rounds).toContainText('Technical');
  await expect(rounds).toContainText('With Ana Lead, Bo Staff');
  await expect(rounds.getByRole('list', { name: 'Questions asked' }).getByRole('listitem')).toHaveCount(2);
  await expect(rounds).toContainText('Feedback: Strong on systems');

  // An offer with a yearly base, a % bonus and a four-year grant, and a negotiation step.
  await page.getByRole('button', { name: 'Add offer' }).click();
  let offer = page.getByRole('form', { name: 'Add offer' });
  await offer.getByLabel('Base salary').fill('150,000');
  await offer.getByLabel('Bonus').fill('10%');
  await offer.getByLabel('Equity').fill('$100,000 over 4 years');
  await offer.getByLabel('Start date').fill('2027-01-15');
  await offer.getByLabel('Respond by').fill('2026-12-20');
  await offer.getByLabel('Benefits').fill('Health, 401k match 4%');
  await offer.getByRole('button', { name: 'Add offer' }).click();
  const offers = page.getByRole('list', { name: 'Offers' });
  await expect(offers).toContainText('$190,000 a year');
  await offers.getByLabel('Negotiation date').fill('2026-12-12');
  await offers.getByLabel('What was asked or offered').fill('Asked for 160k base');
  await offers.getByRole('button', { name: 'Add step' }).click();
  await expect(offers.getByRole('list', { name: 'Negotiation history' })).toContainText(
    '2026-12-12: Asked for 160k base',
  );

  // The timeline: capture, then the two moves.
  const timeline = page.getByRole('list', { name: 'Stage timeline' });
  await expect(timeline.getByRole('listitem')).toHaveCount(3);
  await expect(timeline.getByRole('listitem').nth(1)).toContainText('Saved → Applied');
  await expect(timeline.getByRole('listitem').nth(2)).toContainText('Applied → Screening');
  await page.screenshot({ path: test.info().outputPath('job-detail.png'), fullPage: true });

  // The second job: link Rita (known from job one), a monthly offer.
  const second = await openPage(`job.html?id=${two}`);
  await second.getByLabel('Someone you know').selectOption({ label: 'Rita Recruiter (Recruiter)' });
  await second.getByRole('button', { name: 'Link to this job' }).click();
  const ritaThere = second.getByRole('listitem', { name: 'Rita Recruiter' });
  await expect(ritaThere).toContainText('Also on: Platform Engineer — Company 1');
  await expect(ritaThere).toContainText('(another job): Intro call');
  await second.getByRole('button', { name: 'Add offer' }).click();
  offer = second.getByRole('form', { name: 'Add offer' });
  await offer.getByLabel('Base salary').fill('12000');
  await offer.getByLabel('Paid').selectOption('MONTH');
  await offer.getByLabel('Bonus').fill('$20k');
  await offer.getByRole('button', { name: 'Add offer' }).click();
  await expect(second.getByRole('list', { name: 'Offers' })).toContainText('$164,000 a year');

  // Side by side: per year, the higher total first and marked.
  await second.getByRole('link', { name: 'Compare offers' }).first().click();
  const table = second.getByRole('table', { name: 'Offers side by side' });
  const headers = table.getByRole('columnheader');
  await expect(headers.nth(1)).toContainText('Platform Engineer — Company 1');
  await expect(headers.nth(1)).toContainText('Highest yearly total');
  await expect(headers.nth(2)).toContainText('Data Engineer — Company 2');
  const row = (label: string) =>
    table.getByRole('row').filter({ has: second.getByRole('rowheader', { name: label }) });
  await expect(row('Base / year')).toContainText('$150,000');
  await expect(row('Base / year')).toContainText('$144,000 (12000 USD a month)');
  await expect(row('Bonus / year')).toContainText('$15,000 (10%)');
  await expect(row('Equity / year')).toContainText('$25,000 ($100,000 over 4 years)');
  await expect(row('Total / year')).toContainText('$190,000');
  await expect(row('Total / year')).toContainText('$164,000');
  await second.screenshot({ path: test.info().outputPath('offers-compare.png'), fullPage: true });
});

test('the side panel opens a job in the detail page', async ({ openPage, context }) => {
  const panel = await openPage('sidepanel.html');
  await sendToBackground(panel, 'saveDraft', makeDraft(7, { title: 'Site Reliability Engineer' }));
  await panel.getByRole('tab', { name: 'Pipeline' }).click();
  await panel.getByRole('button', { name: 'Site Reliability Engineer' }).click();
  const [tab] = await Promise.all([
    context.waitForEvent('page'),
    panel.getByRole('link', { name: 'Open details' }).click(),
  ]);
  await expect(tab.getByRole('heading', { name: 'Site Reliability Engineer' })).toBeVisible();
  await expect(tab.getByRole('heading', { name: 'Notes' })).toBeVisible();
});
