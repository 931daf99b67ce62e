import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { job, profile } from '../../shared/materials/testing.ts';
import { expect, makeDraft, sendToBackground, test } from './fixtures.ts';

const initechDraft = () =>
  makeDraft(42, { title: job.title, company: job.company!, descriptionText: job.descriptionText! });

/** The text of the PDF a file input holds, read back the way an ATS parser would. */
async function fileInputPdf(form: Page, selector: string): Promise<{ name: string; text: string }> {
  const { name, base64 } = await form.locator(selector).evaluate(async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return { name: '', base64: '' };
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (const b of bytes) binary += String.fromCharCode(b);
    return { name: file.name, base64: btoa(binary) };
  });
  if (!base64) return { name, text: '' };
  const pdf = await getDocument({ data: new Uint8Array(Buffer.from(base64, 'base64')) }).promise;
  let text = '';
  for (let p = 1; p <= pdf.numPages; p++)
    for (const item of (await (await pdf.getPage(p)).getTextContent()).items)
      text += ` ${'str' in item ? item.str : ''}`;
  return { name, text: text.replace(/\s+/g, ' ') };
}

test('the tailored resume and cover letter chosen for a job are what autofill uses; a custom question gets a drafted answer the person edits before it fills', async ({
  openPage,
  fixturesUrl,
  context,
}) => {
  const url = `${fixturesUrl}/demo/apply-initech.html`;
  const panel = await openPage('sidepanel.html');
  await sendToBackground(panel, 'saveProfile', { ...profile, updatedAt: new Date().toISOString() });
  // A master resume exists too: the version chosen for this job must win over it.
  await sendToBackground(panel, 'addDocument', {
    kind: 'resume',
    fileName: 'resume.pdf',
    mimeType: 'application/pdf',
    base64: fs.readFileSync(path.resolve('tests/fixtures/resumes/resume.pdf')).toString('base64'),
    text: 'Ada Lovelace resume',
  });
  await sendToBackground(panel, 'saveDraft', { ...initechDraft(), url, canonicalUrl: url });
  await panel.getByRole('tab', { name: 'Pipeline' }).click();
  await panel.getByRole('button', { name: job.title }).click();
  const materials = panel.getByTestId('materials');

  // Version 1: tailored without a model; version 2: an edit; then version 1 is chosen again.
  await materials.getByRole('button', { name: 'Generate without a model' }).click();
  await expect(materials.getByTestId('material-label')).toHaveText(
    'Assembled from your profile without a model',
  );
  await materials.getByRole('button', { name: 'Edit' }).click();
  await materials.locator('textarea').first().fill('Backend engineer who writes Haskell all day.');
  await materials.getByRole('button', { name: 'Save as a new version' }).click();
  const versions = materials.getByTestId('material-versions').locator('li');
  await expect(versions.nth(1)).toContainText('(chosen)');
  await versions.nth(0).getByRole('button', { name: 'Use this version' }).click();
  await expect(versions.nth(0)).toContainText('(chosen)');

  await materials.getByLabel('Kind').selectOption('cover_letter');
  await materials.getByLabel('Tone').selectOption('warm');
  await materials.getByRole('button', { name: 'Generate without a model' }).click();
  await expect(materials.getByTestId('material-text')).toContainText('Dear Initech Hiring Team,');

  const form = await context.newPage();
  await form.goto(url);
  await form.bringToFront();
  await panel.getByRole('tab', { name: 'Autofill' }).click();
  await panel.getByRole('button', { name: 'Preview' }).click();
  const table = panel.getByRole('table', { name: 'Fields' });
  const resumeRow = table.locator('tr[data-status="fill"]').filter({ hasText: 'Resume/CV' });
  await expect(resumeRow).toContainText('Ada Lovelace - Resume.pdf');
  await expect(resumeRow).toContainText('your tailored resume, version 1, chosen for this job (');
  await expect(table.locator('tr[data-status="fill"]').filter({ hasText: 'Cover letter' })).toContainText(
    'your cover letter, version 1, chosen for this job',
  );

  // The custom question: draft, read what it rests on, edit, approve.
  const question = table.locator('tr').filter({ hasText: 'Describe a backend system you scaled' }).first();
  await expect(question).toContainText('Needs you');
  await question.getByRole('button', { name: 'Draft an answer' }).click();
  const answer = panel.getByLabel(
    'Your answer to: Describe a backend system you scaled and what you measured.',
  );
  await expect(answer).toBeFocused();
  await expect(answer).toHaveValue(/p95 API latency by 40%/);
  await expect(panel.getByTestId('answer-draft-label')).toHaveText(
    'Assembled from your profile without a model',
  );
  await panel.getByTestId('answer-draft').locator('summary').click();
  await expect(panel.getByTestId('answer-draft-trace')).toContainText(
    'from your profile: Cut p95 API latency by 40% by moving hot paths to PostgreSQL materialized views',
  );
  const edited = 'I moved our hottest API paths to PostgreSQL materialized views and cut p95 latency by 40%.';
  await answer.fill(edited);
  await panel.getByLabel('Save as my answer for next time').check();
  await panel.getByRole('button', { name: 'Use this answer' }).click();
  await expect(question).toContainText('Will fill (your answer)');
  await expect(question).toContainText('reviewed and approved by you');
  const saved = JSON.parse(await sendToBackground<string>(panel, 'exportData', undefined)).savedAnswers;
  expect(saved).toContainEqual(
    expect.objectContaining({
      question: 'Describe a backend system you scaled and what you measured.',
      answer: edited,
    }),
  );
  await panel.screenshot({ path: test.info().outputPath('autofill-preview-draft.png'), fullPage: true });
  expect(await form.locator('#q1').inputValue()).toBe('');

  await form.bringToFront();
  await panel.getByRole('button', { name: 'Fill 5 fields' }).click();
  await expect(panel.getByTestId('autofill-summary')).toHaveText(/5 filled/);
  await expect(form.locator('#q1')).toHaveValue(edited);
  await expect(form.getByTestId('resume-chip')).toHaveText('Ada Lovelace - Resume.pdf');
  const pdf = await fileInputPdf(form, '#resume');
  expect(pdf.name).toBe('Ada Lovelace - Resume.pdf');
  expect(pdf.text).toContain(
    'Cut p95 API latency by 40% by moving hot paths to PostgreSQL materialized views',
  );
  // Version 1, not the edit, and tailored: what the posting does not ask about is left out.
  expect(pdf.text).not.toContain('Haskell');
  expect(pdf.text).not.toContain('Organised the office book club');
  const letter = await form.locator('#cover').inputValue();
  expect(letter.startsWith('Dear Initech Hiring Team,')).toBe(true);
  expect(letter).toContain('I was glad to come across the Staff Backend Engineer role at Initech.');
  await expect(form.locator('#submitted')).toBeEmpty();
});

test('drafting through a local model that answers 500: the reason is shown and the draft comes from the profile without a model; nothing fills until approved', async ({
  openPage,
  visit,
  fixturesUrl,
}) => {
  const panel = await openPage('sidepanel.html');
  await sendToBackground(panel, 'saveProfile', { ...profile, updatedAt: new Date().toISOString() });
  const url = `${fixturesUrl}/demo/apply-initech.html`;
  await sendToBackground(panel, 'saveDraft', { ...initechDraft(), url, canonicalUrl: url });
  await sendToBackground(panel, 'setLocalModel', {
    baseUrl: `${process.env.JOBRAKER_E2E_OLLAMA}/v1`,
    model: 'llama3.1:8b',
  });
  // Every attempt fails (the first try and both retries).
  await fetch(`${process.env.JOBRAKER_E2E_OLLAMA}/__standin/script`, {
    method: 'POST',
    body: JSON.stringify({ script: ['server_error', 'server_error', 'server_error'] }),
  });
  const form = await visit('/demo/apply-initech.html');
  await form.bringToFront();
  await panel.getByRole('tab', { name: 'Autofill' }).click();
  await panel.getByRole('button', { name: 'Preview' }).click();
  await panel.getByLabel('Draft answers to questions').selectOption('local');
  const question = panel.getByRole('table', { name: 'Fields' }).locator('tr').filter({
    hasText: 'Describe a backend system you scaled',
  });
  await question.first().getByRole('button', { name: 'Draft an answer' }).click();
  const draft = panel.getByTestId('answer-draft');
  await expect(draft.getByRole('status')).toContainText('The model failed (', { timeout: 30_000 });
  await expect(draft.getByRole('status')).toContainText('assembled from your profile without a model');
  await expect(panel.getByTestId('answer-draft-label')).toHaveText(
    'Assembled from your profile without a model',
  );
  await expect(draft.getByRole('textbox')).toHaveValue(/p95 API latency by 40%/);
  // Not approved: Fill leaves the question alone.
  await form.bringToFront();
  await panel.getByRole('button', { name: /^Fill \d+ fields?$/ }).click();
  await expect(panel.getByTestId('autofill-summary')).toHaveText(/filled/);
  await expect(form.locator('#q1')).toHaveValue('');
  await expect(form.locator('#submitted')).toBeEmpty();
});
