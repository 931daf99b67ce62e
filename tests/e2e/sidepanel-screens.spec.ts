import { openSeeded } from './autofill-helpers.ts';
import { expect, test } from './fixtures.ts';

/*
 * The side panel's job view as people see it, at the narrowest and widest panel (320 and 420 px), in the
 * light and dark theme, compared with committed images (tests/e2e/sidepanel-screens.spec.ts-snapshots/).
 * A change of look is made on purpose: `npx playwright test tests/e2e/sidepanel-screens.spec.ts
 * --update-snapshots`, look at the new images, commit them with the change (README, "Screenshot tests").
 */
for (const width of [320, 420]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`side panel job view at ${width} px, ${scheme}`, async ({ openPage, visit }) => {
      const panel = await openSeeded(openPage, 'sidepanel.html');
      await panel.setViewportSize({ width, height: 800 });
      await panel.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await visit('/demo/frontend-engineer.html');
      await panel.bringToFront();
      await panel.getByRole('button', { name: 'Save this page' }).click();
      await expect(panel.getByTestId('score-ring')).toBeVisible();
      await expect(panel.getByTestId('match-details')).toBeVisible();
      // Nothing is wider than the panel.
      const overflow = await panel.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      await expect(panel).toHaveScreenshot(`job-${width}-${scheme}.png`, {
        fullPage: true,
        maxDiffPixelRatio: 0.02,
        animations: 'disabled',
        caret: 'hide',
      });
    });
  }
}
