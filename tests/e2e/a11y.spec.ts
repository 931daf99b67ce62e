import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, focusedElement } from './a11y-helpers.ts';
import { openSeeded } from './autofill-helpers.ts';
import { expect, test } from './fixtures.ts';

/** A side panel with a profile and a saved, scored posting in view. */
async function panelWithJob(
  openPage: (name: string) => Promise<Page>,
  visit: (path: string) => Promise<Page>,
): Promise<Page> {
  const panel = await openSeeded(openPage, 'sidepanel.html');
  await visit('/demo/frontend-engineer.html');
  await panel.bringToFront();
  await panel.getByRole('button', { name: 'Save this page' }).click();
  await expect(panel.getByTestId('score-ring')).toBeVisible();
  return panel;
}

test('axe finds nothing serious on the popup, in light and dark', async ({ openPage, visit }) => {
  const panel = await panelWithJob(openPage, visit);
  await panel.close();
  const popup = await openPage('popup.html');
  await expect(popup.getByTestId('job-row')).toHaveCount(1);
  await expectNoSeriousA11yViolations(popup, { label: 'popup', bothThemes: true });
});

test('axe finds nothing serious on every side-panel tab, in light and dark', async ({ openPage, visit }) => {
  // eight full axe scans (four views, two themes) and a fill: on a loaded 2-core machine this outlasts 60 s
  test.slow();
  const empty = await openPage('sidepanel.html');
  await expect(empty.getByTestId('empty-state')).toBeVisible();
  await expectNoSeriousA11yViolations(empty, { label: 'side panel, nothing saved', bothThemes: true });
  await empty.close();

  const panel = await panelWithJob(openPage, visit);
  await expect(panel.getByTestId('match-details')).toBeVisible();
  await expectNoSeriousA11yViolations(panel, { label: 'This page (a saved posting)', bothThemes: true });

  await visit('/forms/greenhouse-like.html');
  await panel.bringToFront();
  await panel.getByRole('tab', { name: 'Autofill' }).click();
  await panel.getByRole('button', { name: 'Preview' }).click();
  await expect(panel.getByRole('table', { name: 'Fields' })).toBeVisible();
  await expectNoSeriousA11yViolations(panel, { label: 'Autofill preview', bothThemes: true });
  await panel.getByRole('button', { name: /^Fill \d+ fields$/ }).click();
  await expect(panel.getByTestId('autofill-summary')).toContainText('filled,', { timeout: 30_000 });
  await expectNoSeriousA11yViolations(panel, { label: 'Autofill after the fill', bothThemes: true });

  await panel.getByRole('tab', { name: 'Pipeline' }).click();
  await expect(panel.getByTestId('job-row')).toHaveCount(1);
  await expectNoSeriousA11yViolations(panel, { label: 'Pipeline', bothThemes: true });

  await panel.getByRole('tab', { name: 'Account' }).click();
  await expect(panel.getByRole('tab', { name: 'Account' })).toHaveAttribute('aria-selected', 'true');
  await expectNoSeriousA11yViolations(panel, { label: 'Account', bothThemes: true });
});

test('the score ring and factor bars have text equivalents', async ({ openPage, visit }) => {
  const panel = await panelWithJob(openPage, visit);
  await expect(
    panel.getByRole('img', { name: /^\d+ out of 100, (Strong|Good|Partial|Weak) match$/ }),
  ).toBeVisible();
  const skills = panel.getByRole('meter', { name: 'Skills' });
  await expect(skills).toHaveAttribute('aria-valuetext', /^\d+%, \d+ of \d+ key skills/);
  const percent = await skills.getAttribute('aria-valuenow');
  await expect(panel.locator('[data-factor="skills"]')).toContainText(`${percent}%`);
});

test('the side panel works from the keyboard: tabs by arrows, focus in reading order and visible, Escape closes', async ({
  openPage,
  visit,
}) => {
  const panel = await panelWithJob(openPage, visit);
  // Start where a person starts: at the top of the panel.
  await panel.evaluate(() => {
    const h1 = document.querySelector('h1')!;
    h1.tabIndex = -1;
    h1.focus();
  });
  await panel.keyboard.press('Tab');
  expect(await focusedElement(panel)).toEqual({ name: 'This page', visible: true });
  await panel.keyboard.press('ArrowRight');
  await expect(panel.getByRole('tab', { name: 'Autofill' })).toBeFocused();
  await expect(panel.getByRole('tab', { name: 'Autofill' })).toHaveAttribute('aria-selected', 'true');
  await panel.keyboard.press('ArrowLeft');
  await expect(panel.getByRole('tab', { name: 'This page' })).toHaveAttribute('aria-selected', 'true');

  // Focus then walks the posting from top to bottom, every stop drawn with a focus ring.
  const tops: number[] = [];
  for (let i = 0; i < 8; i++) {
    await panel.keyboard.press('Tab');
    const { visible } = await focusedElement(panel);
    expect(visible, `focus stop ${i + 1} is visible`).toBe(true);
    tops.push(
      await panel.evaluate(() => document.activeElement!.getBoundingClientRect().top + window.scrollY),
    );
  }
  // Controls side by side in one row may differ by a few pixels in height; a stop never jumps back up.
  const backwards = tops.filter((top, i) => i > 0 && top < tops[i - 1]! - 8);
  expect(backwards, `focus stops' tops: ${tops.join(', ')}`).toEqual([]);

  // Escape folds an open disclosure and gives the focus back to its summary.
  const localModel = panel.getByTestId('local-model');
  await localModel.locator('summary').click();
  await expect(localModel).toHaveAttribute('open', '');
  await localModel.locator('input, select, button').first().focus();
  await panel.keyboard.press('Escape');
  await expect(localModel).not.toHaveAttribute('open', '');
  await expect(localModel.locator('summary')).toBeFocused();

  // A toast takes its own place at the top: it never covers the control it reports on; Escape dismisses it.
  const stage = panel.getByLabel('Move to stage');
  await stage.selectOption('applied');
  const toast = panel.getByTestId('toast-region');
  await expect(toast).toContainText('Moved to Applied');
  const [a, b] = [await toast.boundingBox(), await stage.boundingBox()];
  const overlaps = !!a && !!b && a.y < b.y + b.height && b.y < a.y + a.height;
  expect(overlaps).toBe(false);
  await panel.keyboard.press('Escape');
  await expect(toast).toBeEmpty();
});
