// The analytics page over a seeded pipeline: the figures a user reads in the tables match numbers worked out
// by hand from the stage history below, the empty state says what to do, and axe finds no serious problems.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, makeDraft, sendToBackground, test } from './fixtures.ts';
import { screenshotPath } from './screenshots.ts';

const DAY = 86_400_000;
const at = (d: number) => new Date(Date.UTC(2026, 10, 2) + d * DAY).toISOString(); // day 0: Monday of 2026-W45
let n = 0;
const uuid = () => `01930000-0000-7000-8000-${String(++n).padStart(12, '0')}`;

function job(name: string, ats: string | null, steps: [string, number, string?][]) {
  const id = uuid();
  let from: string | null = null;
  const events = steps.map(([to, d, cause]) => {
    const e = { id: uuid(), jobId: id, from, to, at: at(d), cause: cause ?? (from ? 'user' : 'capture') };
    if (cause !== 'noop') from = to;
    return e;
  });
  const last = events.at(-1);
  const url = `https://boards.example.com/${name}`;
  return {
    job: {
      id,
      title: `Engineer ${name}`,
      company: `Company ${name}`,
      url,
      canonicalUrl: url,
      ats: ats ? { ats, id: name } : null,
      aliases: [],
      fuzzyKey: `company ${name}|engineer`,
      provenance: {},
      userEdited: [],
      gaps: [],
      stage: last?.to ?? 'saved',
      excitement: null,
      deadline: null,
      notes: '',
      createdAt: at(0),
      updatedAt: last?.at ?? at(0),
      stageChangedAt: last?.at ?? at(0),
    },
    events,
  };
}

// A: to an offer. B: rejected. C: applied in week 46, ghosted. D: saved only. E: a slip to screening undone an
// hour later, then interviewing.
const pipeline = [
  job('A', 'greenhouse', [
    ['saved', 0],
    ['applied', 1],
    ['screening', 4],
    ['interviewing', 10],
    ['offer', 20],
  ]),
  job('B', 'greenhouse', [
    ['saved', 0],
    ['applied', 2],
    ['rejected', 9],
  ]),
  job('C', 'lever', [
    ['saved', 0],
    ['applied', 8],
    ['ghosted', 29],
  ]),
  job('D', null, [['saved', 0]]),
  job('E', 'lever', [
    ['saved', 0],
    ['applied', 1],
    ['screening', 2],
    ['applied', 2 + 1 / 24, 'undo'],
    ['interviewing', 5],
  ]),
];
const personaId = uuid();
const bundle = {
  format: 'jobraker-export',
  version: 1,
  exportedAt: at(30),
  jobs: pipeline.map((p) => p.job),
  stageEvents: pipeline.flatMap((p) => p.events),
  // A profile with target titles and an active persona: importing rescores every job under "Backend".
  profile: {
    id: uuid(),
    contact: {},
    links: {},
    location: {},
    workAuthorization: [],
    requiresSponsorship: null,
    salaryExpectation: null,
    targetTitles: ['Engineer'],
    workTypes: [],
    industries: [],
    experience: [],
    education: [],
    skills: [],
    certifications: [],
    projects: [],
    eeo: {},
    updatedAt: at(0),
  },
  personas: [
    {
      id: personaId,
      name: 'Backend',
      targetTitles: ['Engineer'],
      resumeDocumentId: null,
      weights: {},
      active: true,
      updatedAt: at(0),
    },
  ],
  documents: [],
  matches: [],
  artifacts: [],
  savedAnswers: [],
  receipts: [],
};

const cells = (page: Page, testId: string) =>
  page
    .getByTestId(testId)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => Array.from(r.children, (c) => c.textContent?.trim() ?? '')));

async function expectNoSeriousA11yViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((x) => x.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('analytics shows the funnel, response rate, stage times and splits of a seeded pipeline', async ({
  openPage,
}) => {
  const page = await openPage('analytics.html');
  await expect(page.getByTestId('analytics-empty')).toContainText('Save jobs from job pages');
  await expectNoSeriousA11yViolations(page);

  await sendToBackground(page, 'importData', { text: JSON.stringify(bundle) });

  // Live: the page picks the import up without a reload.
  await expect(page.getByTestId('funnel-saved')).toContainText('5');
  expect(await cells(page, 'funnel-table')).toEqual([
    ['Saved', '5', '100%', '—'],
    ['Applied', '4', '80%', '80%'],
    ['Screening', '2', '40%', '50%'], // E's undone slip does not count; its interview passes screening
    ['Interviewing', '2', '40%', '100%'],
    ['Offer', '1', '20%', '50%'],
  ]);
  await expect(page.getByTestId('response-rate')).toHaveText('75%');
  expect(await cells(page, 'response-table')).toEqual([
    ['Applied', '4'],
    ['Heard back', '3'],
    ['No reply yet or ghosted', '1'],
  ]);
  // Saved: A 1, B 2, C 8, E 1 days. Applied: A 3, B 7, C 21, E 4 (the slip is gone).
  expect(await cells(page, 'time-table')).toEqual([
    ['Saved', '4', '1.5 days', '3 days'],
    ['Applied', '4', '5.5 days', '8.8 days'],
    ['Screening', '1', '6 days', '6 days'],
    ['Interviewing', '1', '10 days', '10 days'],
  ]);
  expect(await cells(page, 'split-board-table')).toEqual([
    ['Greenhouse', '2', '2', '1', '1', '100%', '5 days'],
    ['Lever', '2', '2', '1', '0', '50%', '12.5 days'],
    ['Not recorded', '1', '0', '0', '0', '—', '—'],
  ]);
  expect(await cells(page, 'split-persona-table')).toEqual([
    ['Backend', '5', '4', '2', '1', '75%', '5.5 days'],
  ]);
  expect(await cells(page, 'split-week-table')).toEqual([
    ['Week 45, 2026', '3', '3', '2', '1', '100%', '4 days'],
    ['Week 46, 2026', '1', '1', '0', '0', '0%', '21 days'],
  ]);
  // Every chart is a named image described by the table holding its numbers.
  const charts = page.getByRole('img');
  await expect(charts).toHaveCount(5);
  await expect(page.getByRole('img', { name: 'Funnel: jobs that reached each stage' })).toHaveAttribute(
    'aria-describedby',
    'funnel-table',
  );

  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.screenshot({ path: screenshotPath('analytics.png'), fullPage: true });
});

test('compare with synced data: the analytics function gives the same figures for a pipeline synced move by move', async ({
  openPage,
}) => {
  const page = await openPage('analytics.html');
  await sendToBackground(page, 'saveDraft', makeDraft(1));
  const compare = page.getByRole('button', { name: 'Compare with synced data' });
  await compare.click();
  await expect(page.getByTestId('server-comparison')).toHaveText(
    'Sign in and turn sync on (Account tab) to see the figures for your synced data.',
  );

  await sendToBackground(page, 'setBackendUrl', { url: process.env.JOBRAKER_E2E_API_URL });
  await sendToBackground(page, 'localSignIn', { userId: `user_e2e_analytics_${Date.now()}` });
  await sendToBackground(page, 'setSync', { enabled: true });
  const { job } = await sendToBackground<{ job: { id: string } }>(page, 'saveDraft', makeDraft(2));
  await sendToBackground(page, 'syncNow', undefined);
  for (const to of ['applied', 'screening']) {
    await sendToBackground(page, 'moveJob', { jobId: job.id, to });
    await sendToBackground(page, 'syncNow', undefined);
  }
  await expect(page.getByTestId('response-rate')).toHaveText('100%');

  await compare.click();
  await expect(page.getByTestId('server-comparison')).toContainText(
    'The server computes the same figures from your synced data.',
  );
  expect(await cells(page, 'server-table')).toEqual([
    ['Jobs', '2', '2'],
    ['Applied', '1', '1'],
    ['Offers', '0', '0'],
    ['Response rate', '100%', '100%'],
  ]);
  await expectNoSeriousA11yViolations(page);
});
