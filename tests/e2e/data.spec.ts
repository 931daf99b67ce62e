import { expect, makeDraft, sendToBackground, test } from './fixtures.ts';

test('export downloads everything; importing it elsewhere restores it; a bad file changes nothing', async ({
  openPage,
}) => {
  const options = await openPage('options.html');
  await sendToBackground(options, 'saveDraft', makeDraft(1, { title: 'Exported Engineer' }));
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export data' }).click();
  const file = await (await download).path();
  const fs = await import('node:fs');
  const text = fs.readFileSync(file, 'utf8');
  expect(JSON.parse(text)).toMatchObject({
    format: 'jobraker-export',
    jobs: [{ title: 'Exported Engineer' }],
  });

  const input = options.getByTestId('import-file');
  await input.setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello":'),
  });
  await expect(options.getByRole('alert')).toHaveText(
    'This file is not JSON. Choose a file made by "Export data".',
  );
  await sendToBackground(options, 'deleteJob', {
    jobId: JSON.parse(text).jobs[0].id,
  });
  const popup = await openPage('popup.html');
  await expect(popup.getByTestId('count-saved')).toHaveText('0');
  await input.setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(
    options.getByRole('status').filter({ hasText: 'Imported 1 job (2 records in all).' }),
  ).toBeVisible();
  await expect(popup.getByTestId('count-saved')).toHaveText('1');
});
