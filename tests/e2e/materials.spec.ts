import fs from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import pg from 'pg';
import { job, profile } from '../../shared/materials/testing.ts';
import { expect, makeDraft, sendToBackground, test } from './fixtures.ts';

const draft = () =>
  makeDraft(41, { title: job.title, company: job.company!, descriptionText: job.descriptionText! });

async function openMaterials(openPage: (name: string) => Promise<import('@playwright/test').Page>) {
  const panel = await openPage('sidepanel.html');
  await sendToBackground(panel, 'saveProfile', { ...profile, updatedAt: new Date().toISOString() });
  await sendToBackground(panel, 'saveDraft', draft());
  await panel.getByRole('tab', { name: 'Pipeline' }).click();
  await panel.getByRole('button', { name: job.title }).click();
  return { panel, materials: panel.getByTestId('materials') };
}

test('a tailored resume without a model: grounded text, the diff, versions and an edit; a cover letter in a warm tone', async ({
  openPage,
}) => {
  const { panel, materials } = await openMaterials(openPage);
  await materials.getByRole('button', { name: 'Generate without a model' }).click();
  await expect(materials.getByTestId('material-label')).toHaveText(
    'Assembled from your profile without a model',
  );
  const text = materials.getByTestId('material-text');
  await expect(text).toContainText(
    '• Cut p95 API latency by 40% by moving hot paths to PostgreSQL materialized views',
  );
  await expect(text).toContainText('Senior Software Engineer — Acme Analytics');
  await expect(text).not.toContainText('Kubernetes');
  await materials.getByTestId('material-diff').locator('summary').click();
  await expect(materials.getByTestId('material-diff')).toContainText(
    'Left out · Senior Software Engineer, Acme Analytics: Organised the office book club',
  );

  const [download] = await Promise.all([
    panel.waitForEvent('download'),
    materials.getByRole('button', { name: 'Export PDF' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('Ada Lovelace - Resume.pdf');
  const pdf = await getDocument({ data: new Uint8Array(fs.readFileSync(await download.path())) }).promise;
  const items = (await (await pdf.getPage(1)).getTextContent()).items;
  const pdfText = items
    .map((i) => ('str' in i ? i.str : ''))
    .join(' ')
    .replace(/\s+/g, ' ');
  expect(pdfText).toContain('Ada Lovelace');
  expect(pdfText).toContain('Led a team of 5 engineers building a Kafka event pipeline');
  await panel.screenshot({ path: test.info().outputPath('materials-tab.png'), fullPage: true });

  await materials.getByRole('button', { name: 'Edit' }).click();
  const first = materials.locator('textarea').first();
  await first.fill('Backend engineer experienced in Python and Kubernetes.');
  await materials.getByRole('button', { name: 'Save as a new version' }).click();
  const versions = materials.getByTestId('material-versions').locator('li');
  await expect(versions).toHaveCount(2);
  await expect(versions.nth(1)).toContainText('your edit');
  await expect(versions.nth(1)).toContainText('(chosen)');
  await expect(materials.getByTestId('material-label')).toHaveText('Edited by you');
  await expect(materials.getByTestId('material-notes')).toContainText(
    'the skill "Kubernetes" is not in the items it cites',
  );
  await versions.nth(0).getByRole('button', { name: 'Use this version' }).click();
  await expect(versions.nth(0)).toContainText('(chosen)');

  await materials.getByLabel('Kind').selectOption('cover_letter');
  await materials.getByLabel('Tone').selectOption('warm');
  await materials.getByRole('button', { name: 'Generate without a model' }).click();
  await expect(materials.getByTestId('material-text')).toContainText(
    'I was glad to come across the Staff Backend Engineer role at Initech.',
  );
  await expect(materials.getByTestId('material-text')).toContainText('Dear Initech Hiring Team,');
});

test('the hosted model through the local backend and the stand-in: fabrications are left out with a note; the quota message', async ({
  openPage,
}) => {
  const user = `user_e2e_materials_${Date.now()}`;
  const { panel, materials } = await openMaterials(openPage);
  await sendToBackground(panel, 'setBackendUrl', { url: process.env.JOBRAKER_E2E_API_URL });
  await sendToBackground(panel, 'localSignIn', { userId: user });
  await fetch(`${process.env.JOBRAKER_E2E_OPENAI_STANDIN}/__standin/script`, {
    method: 'POST',
    body: JSON.stringify({ script: ['fabricate', 'fabricate'] }),
  });
  await materials.getByRole('button', { name: 'With the hosted model' }).click();
  await expect(materials.getByTestId('material-label')).toHaveText(
    'Written by openai (gpt-standin) and checked against your profile',
  );
  await expect(materials.getByTestId('material-notes')).toContainText('Left out:');
  await expect(materials.getByTestId('material-text')).not.toContainText('Hooli');

  const client = new pg.Client({ connectionString: process.env.JOBRAKER_E2E_DB_URL });
  await client.connect();
  await client.query(
    `insert into public.ai_events (user_id, provider, model, input_tokens, output_tokens, status) values ($1, 'openai', 'm', 500000, 0, 'ok')`,
    [user],
  );
  await client.end();
  await materials.getByRole('button', { name: 'With the hosted model' }).click();
  await expect(materials.getByTestId('materials-error')).toContainText("You have used today's AI allowance");
  await expect(materials.getByTestId('materials-error')).toContainText(
    'Generating without a model still works.',
  );
});

test('a local model: the exact OLLAMA_ORIGINS advice when it refuses the extension, then a grounded resume once allowed', async ({
  openPage,
}) => {
  const { materials } = await openMaterials(openPage);
  const local = materials.getByTestId('local-model');
  await local.locator('summary').click();
  await local
    .getByLabel('Server address (OpenAI-compatible)')
    .fill(`${process.env.JOBRAKER_E2E_OLLAMA_CLOSED}/v1`);
  await local.getByRole('button', { name: 'Save local model' }).click();
  await materials.getByRole('button', { name: 'With my local model' }).click();
  await expect(materials.getByTestId('materials-error')).toContainText(
    /OLLAMA_ORIGINS=chrome-extension:\/\/[a-p]{32}/,
  );

  await local.getByLabel('Server address (OpenAI-compatible)').fill(`${process.env.JOBRAKER_E2E_OLLAMA}/v1`);
  await local.getByRole('button', { name: 'Save local model' }).click();
  await materials.getByRole('button', { name: 'With my local model' }).click();
  await expect(materials.getByTestId('material-label')).toHaveText(
    'Written by your local model (llama3.1:8b) and checked against your profile',
  );
  await expect(materials.getByTestId('materials-error')).toHaveCount(0);
});
