import { expect, test } from './fixtures.ts';

test('the profile editor autosaves, explains invalid input, and undoes a removal', async ({ openPage }) => {
  const options = await openPage('options.html');
  await options.getByLabel('First name').fill('Ada');
  await options.getByLabel('Email').fill('ada@');
  await expect(options.getByRole('alert')).toContainText('Enter an email like name@example.com');
  await expect(options.getByTestId('save-status')).toHaveText('Fix the fields marked in red to save');
  await options.getByLabel('Email').fill('ada@example.com');
  await expect(options.getByTestId('save-status')).toHaveText('All changes saved');

  await options.getByRole('button', { name: 'Add a position' }).click();
  const experience = options.getByRole('region', { name: 'Experience' });
  await experience.getByLabel('Title').fill('Staff Engineer');
  await experience.getByLabel('Company').fill('Initech');
  await expect(options.getByTestId('save-status')).toHaveText('All changes saved');
  await experience.getByRole('button', { name: 'Remove' }).click();
  await expect(experience.getByLabel('Title')).toHaveCount(0);
  await options.getByRole('button', { name: 'Undo' }).click();
  await expect(experience.getByLabel('Title')).toHaveValue('Staff Engineer');

  await options.getByLabel('New skill').fill('PostgreSQL');
  await options.getByRole('button', { name: 'Add skill' }).click();
  await expect(options.getByTestId('save-status')).toHaveText('All changes saved');
  // What the person rules out is kept with the profile (matching holds it against postings).
  await options.getByLabel('Not interested in').fill('People management, MLOps');
  await expect(options.getByTestId('save-status')).toHaveText('All changes saved');

  await options.reload();
  await expect(options.getByLabel('First name')).toHaveValue('Ada');
  await expect(options.getByRole('region', { name: 'Experience' }).getByLabel('Company')).toHaveValue(
    'Initech',
  );
  await expect(options.getByRole('list', { name: 'Your skills' })).toContainText('PostgreSQL');
  await expect(options.getByLabel('Not interested in')).toHaveValue('People management, MLOps');
});

test('personas: one is active, weights are editable, a delete can be undone', async ({ openPage }) => {
  const options = await openPage('options.html');
  await options.getByLabel('New persona name').fill('Backend');
  await options.getByRole('button', { name: 'Add persona' }).click();
  await options.getByLabel('New persona name').fill('Data');
  await options.getByRole('button', { name: 'Add persona' }).click();
  const backend = options.getByRole('group', { name: 'Persona Backend' });
  const data = options.getByRole('group', { name: 'Persona Data' });
  await expect(backend.getByText('active')).toBeVisible();
  await data.getByLabel('What matters most (preset)').selectOption('Pay first');
  await expect(data.getByLabel('Salary weight')).toHaveValue('40');
  await data.getByRole('radio').click();
  await expect(data.getByText('active')).toBeVisible();
  await expect(backend.getByText('active')).toHaveCount(0);
  await data.getByRole('button', { name: 'Delete' }).click();
  await expect(data).toHaveCount(0);
  await expect(backend.getByText('active')).toBeVisible();
  await options.getByRole('button', { name: 'Undo' }).click();
  await expect(options.getByRole('group', { name: 'Persona Data' })).toBeVisible();
});
