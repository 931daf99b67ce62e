/**
 * `npx tsx scripts/options-screenshot.ts <name>` after `npm run build:local`: the options page of the
 * real built extension, with the demo resume imported, as docs/options-<name>.png (before/after shots
 * for the docs; nothing drawn by hand).
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchWithExtension } from './lib/chromium.ts';

const name = process.argv[2] ?? 'after';
const { context, extensionId, userDataDir } = await launchWithExtension();
try {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page
    .getByLabel('PDF, DOCX or text file')
    .setInputFiles(path.resolve('tests/fixtures/resumes/resume.pdf'));
  await page.getByRole('button', { name: 'Add to my profile' }).click();
  await page
    .getByText(/Imported/)
    .first()
    .waitFor();
  await page.waitForTimeout(500);
  const out = path.resolve(`docs/options-${name}.png`);
  await page.screenshot({ path: out, fullPage: false });
  console.log(`wrote ${out}`);
} finally {
  await context.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
