import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

const RESUME = path.resolve('tests/fixtures/resumes/resume.pdf');

test('the options page has no serious or critical accessibility violations (axe)', async ({ openPage }) => {
  const options = await openPage('options.html');
  await options.getByLabel('PDF, DOCX or text file').setInputFiles(RESUME);
  await options.getByRole('button', { name: 'Add to my profile' }).click();
  await expect(options.getByTestId('profile-notice')).toContainText('Imported:');
  // Open a picker too, so its list is checked as well.
  await options.getByRole('combobox', { name: 'Country', exact: true }).fill('Ger');
  const { violations } = await new AxeBuilder({ page: options }).analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual(
    [],
  );
});

test('country, state and work rights are chosen from the keyboard by name, and saved', async ({
  openPage,
}) => {
  const options = await openPage('options.html');
  const country = options.getByRole('combobox', { name: 'Country', exact: true });
  await country.fill('Ger');
  await expect(options.getByRole('option').first()).toHaveText('Germany');
  await country.press('Escape');
  await expect(options.getByRole('listbox', { name: 'Country', exact: true })).toBeHidden();
  await country.fill('united');
  // Arab Emirates, Kingdom, States: the arrows walk the list.
  await country.press('ArrowDown');
  await country.press('ArrowDown');
  await expect(options.getByRole('option', { name: 'United States' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await country.press('Enter');
  await expect(country).toHaveValue('United States');

  const state = options.getByRole('combobox', { name: 'State / region' });
  await state.fill('cal');
  await state.press('Enter');
  await expect(state).toHaveValue('California');

  const authorized = options.getByRole('group', { name: 'Authorized to work in' });
  const rights = authorized.getByRole('combobox', { name: 'Add a country' });
  await rights.fill('canad');
  await rights.press('Enter');
  await expect(rights).toHaveValue('');
  await expect(authorized).toContainText('Canada');
  // Citizenship is its own list: a posting open to citizens only is checked against it.
  const citizen = options.getByRole('group', { name: 'Citizen of' });
  await citizen.getByRole('combobox', { name: 'Add a country' }).fill('india');
  await citizen.getByRole('combobox', { name: 'Add a country' }).press('Enter');
  await expect(citizen).toContainText('India');
  await expect(authorized).not.toContainText('India');
  // Where a move is welcome is asked only of someone who would move, and goes when they would not.
  const moveTo = options.getByRole('group', { name: 'Would relocate to (empty: anywhere)' });
  await expect(moveTo).toHaveCount(0);
  await options.getByLabel('Open to relocating').selectOption('yes');
  await moveTo.getByRole('combobox', { name: 'Add a country' }).fill('irel');
  await moveTo.getByRole('combobox', { name: 'Add a country' }).press('Enter');
  await expect(moveTo).toContainText('Ireland');
  // The person's own summary is a box of its own, kept as written.
  const summary = options.getByLabel('In your own words: your work and what you are looking for');
  await summary.fill('Backend engineer in payments.\nLooking for a senior platform role.');
  await expect(options.getByTestId('save-status')).toHaveText('All changes saved');

  await options.reload();
  await expect(options.getByRole('combobox', { name: 'Country', exact: true })).toHaveValue('United States');
  await expect(options.getByRole('combobox', { name: 'State / region' })).toHaveValue('California');
  await expect(authorized.getByRole('button', { name: 'Remove Canada' })).toBeVisible();
  await expect(citizen.getByRole('button', { name: 'Remove India' })).toBeVisible();
  await expect(moveTo.getByRole('button', { name: 'Remove Ireland' })).toBeVisible();
  await expect(summary).toHaveValue('Backend engineer in payments.\nLooking for a senior platform role.');
  await options.getByLabel('Open to relocating').selectOption('no');
  await expect(moveTo).toHaveCount(0);
});

test('dates are a month and a year; long sections fold; the import notice sits in the sticky bar', async ({
  openPage,
}) => {
  const options = await openPage('options.html');
  await options.getByLabel('PDF, DOCX or text file').setInputFiles(RESUME);
  await options.getByRole('button', { name: 'Add to my profile' }).click();
  const notice = options.getByTestId('profile-notice');
  await expect(notice).toContainText('Imported:');
  // The notice is part of the bar at the top of the profile, not a layer over the form.
  await options.mouse.wheel(0, 1500);
  const box = await notice.boundingBox();
  const bar = await options.getByTestId('save-status').boundingBox();
  expect(box && bar && Math.abs(box.y - bar.y) < 30).toBe(true);

  const experience = options.getByRole('region', { name: 'Experience' });
  const firstStart = experience.getByRole('group', { name: 'Start' }).first();
  await firstStart.getByLabel('Start: month').selectOption('March');
  await firstStart.getByLabel('Start: year').selectOption('2019');
  await expect(options.getByTestId('save-status')).toHaveText('All changes saved');

  const skills = options.locator('details.fold > summary').filter({ hasText: /^Skills/ });
  await skills.focus();
  await options.keyboard.press('Enter');
  await expect(options.getByLabel('New skill')).toBeHidden();
  await options.reload();
  const start = options
    .getByRole('region', { name: 'Experience' })
    .getByRole('group', { name: 'Start' })
    .first();
  await expect(start.getByLabel('Start: month')).toHaveValue('03');
  await expect(start.getByLabel('Start: year')).toHaveValue('2019');
});
