import { expect, test } from './fixtures.ts';
import { openBoard } from './pipeline-helpers.ts';

test('a tag added on the job page shows on its card and filters and searches the board; removing it offers Undo', async ({
  openPage,
}) => {
  const { page, ids } = await openBoard(openPage, [
    { title: 'Go Engineer', company: 'Acme' },
    { title: 'Rust Engineer', company: 'Globex' },
  ]);
  const jobPage = await openPage(`job.html?id=${ids[1]}`);
  const tags = jobPage.getByRole('group', { name: 'Tags' });
  await expect(tags).toContainText('No tags yet');
  const input = tags.getByRole('textbox', { name: 'New tag' });
  await input.fill('  Referral  ');
  await input.press('Enter');
  await expect(tags.getByRole('list', { name: 'Tags on this job' })).toHaveText(/Referral/);
  await expect(input).toHaveValue('');
  // The same tag in another case is refused with the reason, and nothing is lost.
  await input.fill('referral');
  await tags.getByRole('button', { name: 'Add' }).click();
  await expect(tags.getByRole('alert')).toHaveText('The job is already tagged “referral”.');
  await input.fill('Dream job');
  await input.press('Enter');
  await expect(tags.getByRole('listitem')).toHaveCount(2);

  await page.reload();
  await page.getByRole('search').getByLabel('Tag').selectOption('Referral');
  await expect(page.getByTestId('board-card')).toHaveText([/Rust Engineer/]);
  await expect(page.getByTestId('board-card').getByRole('list', { name: 'Tags' })).toHaveText(
    /Referral.*Dream job/,
  );
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Search jobs').fill('dream');
  await expect(page.getByTestId('board-card')).toHaveText([/Rust Engineer/]);

  await tags.getByRole('button', { name: 'Remove the tag Dream job' }).click();
  await expect(tags.getByRole('listitem')).toHaveCount(1);
  await jobPage.getByRole('button', { name: 'Undo' }).click();
  await expect(tags.getByRole('listitem')).toHaveCount(2);
});
