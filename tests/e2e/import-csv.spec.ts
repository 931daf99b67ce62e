import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, makeDraft, sendToBackground, test } from './fixtures.ts';

const SAMPLES = 'tests/fixtures/pipeline-csv';

async function counts(popup: Page) {
  await popup.reload();
  await expect(popup.getByTestId('count-saved')).not.toHaveText('…');
  const out: Record<string, string> = {};
  for (const stage of ['saved', 'applied', 'interviewing', 'offer', 'rejected', 'ghosted'])
    out[stage] = (await popup.getByTestId(`count-${stage}`).textContent()) ?? '';
  return out;
}

test('Huntr and Teal exports import after a preview; duplicates and bad rows are skipped; export gives it all back', async ({
  openPage,
}) => {
  const options = await openPage('options.html');
  const popup = await openPage('popup.html');
  // Saved before: the Contoso posting (Huntr row 3) under its URL without tracking parameters.
  const draft = makeDraft(1, { title: 'Backend Developer', company: 'Contoso' });
  const url = 'https://boards.example.com/contoso/backend-7';
  await sendToBackground(options, 'saveDraft', { ...draft, url, canonicalUrl: url });

  const input = options.getByTestId('csv-import-file');
  await input.setInputFiles(`${SAMPLES}/huntr-sample.csv`);
  const preview = options.getByTestId('csv-preview');
  await expect(preview.getByRole('status')).toHaveText(
    'huntr-sample.csv is a Huntr export: 4 new, 1 already saved, 2 with errors. Nothing is saved until you press Import.',
  );
  const rows = preview.getByTestId('csv-preview-row');
  await expect(rows).toHaveCount(7);
  await expect(rows.nth(1)).toContainText(
    'Already saved: Same job as “Backend Developer” at Contoso, already saved',
  );
  await expect(rows.nth(5)).toContainText('Error: Job Title starts with “=” like a spreadsheet formula');
  await expect(rows.nth(6)).toContainText('Error: List “Someday” is not a Huntr stage');
  await preview.screenshot({ path: test.info().outputPath('import-preview.png') });
  // The preview wrote nothing.
  expect(await counts(popup)).toMatchObject({ saved: '1', applied: '0', interviewing: '0' });

  await preview.getByRole('button', { name: 'Import 4 jobs' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Imported 4 jobs from Huntr' })).toHaveText(
    'Imported 4 jobs from Huntr; skipped 1 already saved and 2 with errors.',
  );
  expect(await counts(popup)).toMatchObject({ saved: '2', interviewing: '1', offer: '1', rejected: '1' });

  // Teal: a title carrying markup is an error shown as text, never as an element.
  await input.setInputFiles(`${SAMPLES}/teal-sample.csv`);
  await expect(preview.getByRole('status')).toContainText(
    'is a Teal export: 4 new, 0 already saved, 2 with errors.',
  );
  await expect(preview).toContainText(
    'Error: Job Position contains HTML markup (“<img src=x onerror=alert(1)>”)',
  );
  await expect(options.locator('img')).toHaveCount(0);
  await preview.getByRole('button', { name: 'Import 4 jobs' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'from Teal' })).toHaveText(
    'Imported 4 jobs from Teal; skipped 0 already saved and 2 with errors.',
  );
  expect(await counts(popup)).toMatchObject({ saved: '3', applied: '1', interviewing: '2', ghosted: '1' });

  // Importing the same file again finds every good row already saved.
  await input.setInputFiles(`${SAMPLES}/teal-sample.csv`);
  await expect(preview.getByRole('status')).toContainText('0 new, 4 already saved, 2 with errors.');
  await expect(preview.getByRole('button', { name: 'Import 0 jobs' })).toBeDisabled();

  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export pipeline (CSV)' }).click();
  const csv = fs.readFileSync(await (await download).path(), 'utf8');
  expect(csv.startsWith('\ufeffTitle,')).toBe(true); // the BOM Excel needs to read UTF-8
  const lines = csv.slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toBe(
    'Title,Company,Stage,Saved,Applied,Stage changed,Deadline,Location,Work type,Salary min,Salary max,Currency,Pay period,Salary text,Excitement,URL,Apply URL,Notes,Interviews',
  );
  expect(lines).toHaveLength(10);
  expect(csv).toContain('Data Engineer,Fabrikam,Interviewing,2026-10-28,2026-11-01,2026-11-01');
  expect(csv).toContain(
    'Product Designer,Blue Yonder Airlines,Saved,2026-11-25,,2026-11-25,2026-12-10,"Seattle, WA"',
  );
});

test('a broken or hostile file gets a clear error and changes nothing', async ({ openPage }) => {
  const options = await openPage('options.html');
  const popup = await openPage('popup.html');
  await sendToBackground(options, 'saveDraft', makeDraft(1));
  const input = options.getByTestId('csv-import-file');
  const alert = options.getByRole('alert');
  const tryFile = async (name: string, buffer: Buffer) => {
    await input.setInputFiles({ name, mimeType: 'text/csv', buffer });
  };

  const huge = test.info().outputPath('huge.csv');
  fs.writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 'a'));
  await input.setInputFiles(huge);
  await expect(alert).toHaveText(
    'huge.csv: This file is 50.0 MB; a Huntr or Teal export is at most 5.0 MB. Check it is the right file. Nothing was imported.',
  );
  await tryFile(
    'wide.csv',
    Buffer.from(`Job Title,Employer,List\n${Array.from({ length: 10_000 }, (_, i) => i).join(',')}\n`),
  );
  await expect(alert).toHaveText(
    'wide.csv: Row 2 has 10,000 columns; a Huntr or Teal export has at most 200. Nothing was imported.',
  );
  await tryFile(
    'photo.csv',
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff, 0xfe]),
  );
  await expect(alert).toContainText('photo.csv: This file holds binary data, not text');
  await tryFile('contacts.csv', Buffer.from('Name,Email\nAna,ana@example.com\n'));
  await expect(alert).toContainText(
    "contacts.csv: These columns are not a Huntr or Teal export. Huntr's has Job Title",
  );
  await expect(options.getByTestId('csv-preview')).toHaveCount(0);
  expect(await counts(popup)).toMatchObject({ saved: '1', applied: '0' });
});
