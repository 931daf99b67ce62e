/**
 * `npx tsx scripts/ui-screenshots.ts <before|after> [out-dir]`: the side panel as a person sees it, from the
 * real development build (`npm run build:local` first) in Chromium, as PNGs for the docs: the job view of a
 * saved posting and the autofill preview of an application form, at a 420 px wide panel. Nothing is drawn
 * by hand: a profile is seeded through the background, the posting is saved with "Save this page".
 */
import fs from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { seedProfile } from '../tests/e2e/autofill-helpers.ts';
import { launchWithExtension } from './lib/chromium.ts';
import { serveFixtures } from './lib/demo-server.ts';

const label = process.argv[2] ?? 'after';
const out = resolve(process.argv[3] ?? 'docs');
const WIDTH = 420;

const server = await serveFixtures();
const { context, extensionId, userDataDir } = await launchWithExtension();
const shoot = async (page: Page, name: string) => {
  const target = join(out, `ui-${label}-${name}.png`);
  await page.screenshot({ path: target, fullPage: true });
  console.log(`wrote ${target}`);
};
try {
  const panel = await context.newPage();
  await panel.setViewportSize({ width: WIDTH, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await seedProfile(panel as never);

  const posting = await context.newPage();
  await posting.goto(`${server.url}/demo/frontend-engineer.html`);
  await panel.bringToFront();
  await panel.getByRole('button', { name: 'Save this page' }).click();
  await panel.getByTestId('score-ring').waitFor();
  // The panel follows the tab in view: the saved posting.
  await posting.bringToFront();
  await panel.bringToFront();
  await panel.waitForTimeout(500);
  await shoot(panel, 'sidepanel-job');

  const form = await context.newPage();
  await form.goto(`${server.url}/forms/greenhouse-like.html`);
  await panel.bringToFront();
  await panel.getByRole('tab', { name: 'Autofill' }).click();
  await panel.getByRole('button', { name: 'Preview' }).click();
  await panel.getByRole('table', { name: 'Fields' }).first().waitFor();
  await shoot(panel, 'autofill-preview');
  await panel.getByRole('button', { name: /^Fill \d+ fields?$/ }).click();
  await panel.getByTestId('autofill-summary').filter({ hasText: 'filled,' }).waitFor();
  await shoot(panel, 'autofill-after-fill');
} finally {
  await context.close();
  await server.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
