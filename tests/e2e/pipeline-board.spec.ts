import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { profile } from '../../shared/materials/testing.ts';
import { expect, sendToBackground, test } from './fixtures.ts';
import { card, column, inColumn, openBoard, type Seed, seed } from './pipeline-helpers.ts';
import { screenshotPath } from './screenshots.ts';

test('drag and drop moves a job to another stage, Undo puts it back, and a drop the rules refuse says why', async ({
  openPage,
}) => {
  const { page } = await openBoard(openPage, [{ title: 'Backend Engineer', company: 'Acme' }]);
  await expect(inColumn(page, 'saved', 'Backend Engineer')).toBeVisible();

  await card(page, 'Backend Engineer').dragTo(column(page, 'applied'));
  await expect(inColumn(page, 'applied', 'Backend Engineer')).toBeVisible();
  await expect(column(page, 'saved').getByTestId('board-card')).toHaveCount(0);
  await expect(
    page.getByRole('status').filter({ hasText: 'Moved Backend Engineer from Saved to Applied.' }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(inColumn(page, 'saved', 'Backend Engineer')).toBeVisible();
  await expect(column(page, 'applied').getByTestId('board-card')).toHaveCount(0);

  await card(page, 'Backend Engineer').dragTo(column(page, 'offer'));
  await expect(page.getByRole('alert')).toHaveText(
    "A job can't move from Saved to Offer. From Saved it can go to: Applied, Withdrawn.",
  );
  await expect(inColumn(page, 'saved', 'Backend Engineer')).toBeVisible();
});

test('the keyboard moves a job: Space picks it up, arrows choose, Enter drops, Escape cancels; each step announced', async ({
  openPage,
}) => {
  const { page } = await openBoard(openPage, [{ title: 'Data Engineer', company: 'Initech' }]);
  const announcer = page.getByTestId('announcer');
  const handle = page.getByRole('button', { name: 'Move Data Engineer' });

  await handle.focus();
  await page.keyboard.press('Space');
  await expect(announcer).toHaveText(/^Picked up Data Engineer in Saved\./);
  await page.keyboard.press('ArrowRight');
  await expect(announcer).toHaveText('Over Applied.');
  await page.keyboard.press('Escape');
  await expect(announcer).toHaveText('Move cancelled. Data Engineer stays in Saved.');
  await expect(inColumn(page, 'saved', 'Data Engineer')).toBeVisible();

  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(announcer).toHaveText(
    /^Over Screening: not allowed\. A job can't move from Saved to Screening\./,
  );
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await expect(announcer).toHaveText('Moved Data Engineer from Saved to Applied.');
  await expect(inColumn(page, 'applied', 'Data Engineer')).toBeVisible();
  // Focus follows the card into its new column, so the next move starts from there.
  await expect(page.getByRole('button', { name: 'Move Data Engineer' })).toBeFocused();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(inColumn(page, 'saved', 'Data Engineer')).toBeVisible();
  await expect(announcer).toHaveText('Undone: Data Engineer is back in Saved.');
});

test('search finds jobs by title, company and description as the user types', async ({ openPage }) => {
  const { page } = await openBoard(openPage, [
    { title: 'Platform Engineer', company: 'Acme', description: 'Kubernetes and Terraform at scale.' },
    { title: 'Frontend Developer', company: 'Initech', description: 'React and TypeScript.' },
    { title: 'Data Analyst', company: 'Globex', description: 'SQL dashboards; some Kubernetes exposure.' },
  ]);
  const search = page.getByRole('searchbox', { name: 'Search jobs' });
  await search.fill('kube');
  await expect(page.getByTestId('board-card')).toHaveCount(2);
  await expect(page.getByTestId('shown-count')).toHaveText('Showing 2 jobs of 3');
  await search.fill('kubernetes acme');
  await expect(page.getByTestId('board-card')).toHaveText([/Platform Engineer/]);
  await search.fill('initech');
  await expect(page.getByTestId('board-card')).toHaveText([/Frontend Developer/]);
  await search.fill('nothing like this');
  await expect(page.getByTestId('board-card')).toHaveCount(0);
  await search.fill('');
  await expect(page.getByTestId('board-card')).toHaveCount(3);
});

test('bulk archive takes the selected jobs off the board, keeps them under Archived, and Undo brings them back', async ({
  openPage,
}) => {
  const { page } = await openBoard(openPage, [
    { title: 'Engineer A', company: 'Acme' },
    { title: 'Engineer B', company: 'Acme' },
    { title: 'Engineer C', company: 'Globex' },
  ]);
  await page.getByRole('checkbox', { name: 'Select Engineer A' }).check();
  await page.getByRole('checkbox', { name: 'Select Engineer B' }).check();
  await expect(page.getByTestId('bulk-bar')).toContainText('2 selected');
  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByTestId('board-card')).toHaveText([/Engineer C/]);
  await expect(page.getByRole('status').filter({ hasText: 'Archived 2 jobs.' })).toBeVisible();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('board-card')).toHaveCount(3);

  await page.getByRole('checkbox', { name: 'Select Engineer C' }).check();
  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByTestId('board-card')).toHaveCount(2);
  await page.getByRole('combobox', { name: /^Show/ }).selectOption('archived');
  await expect(page.getByTestId('board-card')).toHaveText([/Engineer C/]);
});

test('bulk move and bulk delete, each with Undo; a job the rules refuse stays and says why', async ({
  openPage,
}) => {
  const { page, ids } = await openBoard(openPage, [
    { title: 'Engineer A', company: 'Acme' },
    { title: 'Engineer B', company: 'Acme' },
  ]);
  await sendToBackground(page, 'moveJob', { jobId: ids[1], to: 'applied' });
  await sendToBackground(page, 'moveJob', { jobId: ids[1], to: 'rejected' });
  await page.getByRole('checkbox', { name: 'Select Engineer A' }).check();
  await page.getByRole('checkbox', { name: 'Select Engineer B' }).check();
  await page.getByLabel('Move selected to').selectOption('applied');
  await expect(inColumn(page, 'applied', 'Engineer A')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(
    "Engineer B: A job can't move from Rejected to Applied.",
  );
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(inColumn(page, 'saved', 'Engineer A')).toBeVisible();
  await expect(inColumn(page, 'rejected', 'Engineer B')).toBeVisible();

  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByTestId('board-card')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('board-card')).toHaveCount(2);
  await expect(inColumn(page, 'rejected', 'Engineer B')).toBeVisible();
});

test('filters by company, tag and source board; the list view sorts by a column', async ({ openPage }) => {
  const { page } = await openBoard(openPage, [
    {
      title: 'Go Engineer',
      company: 'Acme',
      url: 'https://boards.greenhouse.io/acme/jobs/101',
      workType: 'remote',
    },
    {
      title: 'Rust Engineer',
      company: 'Globex',
      url: 'https://jobs.lever.co/globex/202',
      workType: 'onsite',
    },
    { title: 'Analyst', company: 'Acme', url: 'https://careers.example.org/jobs/3', workType: 'remote' },
  ]);
  await page.getByLabel('Company').selectOption('Acme');
  await expect(page.getByTestId('board-card')).toHaveCount(2);
  await page.getByRole('search').getByLabel('Tag').selectOption('remote');
  await expect(page.getByTestId('board-card')).toHaveCount(2);
  await page.getByLabel('Source board').selectOption('greenhouse');
  await expect(page.getByTestId('board-card')).toHaveText([/Go Engineer/]);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByRole('search').getByLabel('Tag').selectOption('onsite');
  await expect(page.getByTestId('board-card')).toHaveText([/Rust Engineer/]);
  await page.getByRole('button', { name: 'Clear filters' }).click();

  await page.getByRole('button', { name: 'List' }).click();
  await page.getByRole('button', { name: 'Title' }).click();
  await expect(page.getByRole('columnheader', { name: 'Title' })).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByTestId('list-row').first()).toContainText('Rust Engineer');
  await page.getByRole('button', { name: 'Title' }).click();
  await expect(page.getByTestId('list-row').first()).toContainText('Analyst');
});

/** Serious and critical axe findings on the page, as "rule: target" lines (empty when clean). */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

const DESCRIPTIONS = [
  'Go, PostgreSQL and Kubernetes services; on-call for the APIs we own. 5+ years of backend experience.',
  'Build data pipelines in Python and Spark; Airflow, dbt and a warehouse in Snowflake.',
  'Terraform, AWS and Kubernetes; observability with Prometheus and Grafana.',
  'Java and Kotlin microservices, Kafka streams; payments experience a plus.',
];

const PIPELINE: [Seed, string[], number | null, string | null][] = [
  [{ title: 'Senior Backend Engineer', company: 'Acme', workType: 'remote' }, [], 5, '2026-12-18'],
  [{ title: 'Platform Engineer', company: 'Initech', workType: 'hybrid' }, [], 4, null],
  [{ title: 'Data Engineer', company: 'Globex' }, [], null, null],
  [
    { title: 'Site Reliability Engineer', company: 'Hooli', workType: 'remote' },
    ['applied'],
    3,
    '2026-12-22',
  ],
  [{ title: 'Staff Engineer, Payments', company: 'Vandelay' }, ['applied'], 4, null],
  [{ title: 'Backend Developer', company: 'Umbrella' }, ['applied', 'screening'], 3, null],
  [
    { title: 'Software Engineer II', company: 'Soylent', workType: 'onsite' },
    ['applied', 'interviewing'],
    5,
    '2026-12-12',
  ],
  [{ title: 'Infrastructure Engineer', company: 'Cyberdyne' }, ['applied', 'offer'], 4, '2026-12-09'],
  [{ title: 'Go Engineer', company: 'Tyrell' }, ['applied', 'rejected'], 2, null],
  [{ title: 'API Engineer', company: 'Aperture' }, ['applied', 'ghosted'], null, null],
];

test('a seeded pipeline: no serious accessibility violations in light or dark, density applies, and a screenshot', async ({
  openPage,
}) => {
  test.setTimeout(180_000); // ten saves each rescored against the profile, then axe twice, on a shared 2-core machine
  const page = await openPage('pipeline.html');
  await sendToBackground(page, 'saveProfile', { ...profile, updatedAt: new Date().toISOString() });
  for (const [i, [s, moves, excitement, deadline]] of PIPELINE.entries()) {
    const description = DESCRIPTIONS[i % DESCRIPTIONS.length];
    const { job } = await sendToBackground<{ job: { id: string } }>(
      page,
      'saveDraft',
      seed(i + 1, { ...s, description }),
    );
    for (const to of moves) await sendToBackground(page, 'moveJob', { jobId: job.id, to });
    await sendToBackground(page, 'updateJob', { jobId: job.id, patch: { excitement, deadline } });
  }
  await expect(page.getByTestId('shown-count')).toHaveText(
    `Showing ${PIPELINE.length} jobs of ${PIPELINE.length}`,
  );
  await expect(page.getByTestId('card-score').first()).toBeVisible();
  await expect(inColumn(page, 'offer', 'Infrastructure Engineer')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.setViewportSize({ width: 1680, height: 760 });
  await page.screenshot({ path: screenshotPath('pipeline-board.png') });

  await page.emulateMedia({ colorScheme: 'dark' });
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await expect.poll(background).toBe('rgb(20, 24, 29)');
  expect(await seriousViolations(page)).toEqual([]);

  const padding = () => card(page, 'Data Engineer').evaluate((el) => getComputedStyle(el).padding);
  expect(await padding()).toBe('10px 12px');
  await page.getByLabel('Density').selectOption('compact');
  expect(await padding()).toBe('4px 8px');
  await page.reload();
  await expect(page.getByLabel('Density')).toHaveValue('compact');
  expect(await padding()).toBe('4px 8px');
});
