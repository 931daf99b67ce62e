/**
 * `npm start`: build the extension, start the local backend, serve the demo job pages, and open
 * Chromium with the extension in a persistent profile (.data/chromium-profile, so saved jobs survive).
 * Without a display it runs headless: it opens a demo posting, saves it the way a user would, takes a
 * screenshot of the side panel, prints what it did, and exits.
 */
import fs from 'node:fs';
import path from 'node:path';
import { startLocalStack } from '../backend/local/stack.ts';
import { buildReactFixture } from '../tests/fixtures/forms-react/build.ts';
import { buildLocalExtension } from './lib/build-extension.ts';
import { launchWithExtension, lookUpChromium } from './lib/chromium.ts';
import { closedUi } from './lib/closed-ui.ts';
import { serveFixtures } from './lib/demo-server.ts';
import { importLine, saveLine } from './lib/start-report.ts';

const PROFILE = path.resolve('.data/chromium-profile');
const SHOTS = path.resolve('.data/screenshots');
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux';

async function main(): Promise<void> {
  const chromium = lookUpChromium();
  if (chromium.problem) {
    console.error(
      [
        chromium.problem,
        'Jobraker loads itself into Chromium with --load-extension, which branded Google Chrome 137+ ignores.',
        'To use your own Chrome instead: npm run build, then load .output/chrome-mv3 at chrome://extensions (Developer mode → Load unpacked).',
      ].join('\n'),
    );
    process.exit(1);
  }
  step('Building the extension (development build: local sign-in)');
  const status = buildLocalExtension();
  if (status !== 0) process.exit(status);

  step('Starting the local backend (PostgreSQL + Edge Functions)');
  // The local stack issues dev tokens (loopback only) so "Sign in to the local backend" works in the demo.
  process.env.JOBRAKER_DEV_TOKENS ??= '1';
  const stack = await startLocalStack({ dataDir: process.env.JOBRAKER_DATA_DIR });
  console.log(
    `  backend healthy in ${(stack.timings.healthyMs / 1000).toFixed(2)} s · ${stack.functionsUrl}/health`,
  );

  const demo = await serveFixtures();
  const demoIndex = `${demo.url}/demo/index.html`;
  console.log(`  demo job pages at ${demoIndex}`);

  step(`Opening Chromium${headless ? ' headless (no display found)' : ''} with the extension`);
  fs.mkdirSync(PROFILE, { recursive: true });
  const { context, extensionId } = await launchWithExtension(PROFILE, { headless });
  console.log(`  extension id ${extensionId}, profile ${PROFILE}`);

  const shutdown = async () => {
    await context.close().catch(() => {});
    await demo.close();
    await stack.stop();
  };

  if (!headless) {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(demoIndex);
    console.log(
      '\nReady. Open a demo posting and press "Save to Jobraker" (or Alt+Shift+S). Ctrl-C to stop.',
    );
    const stop = () => void shutdown().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    context.on('close', stop);
    return;
  }

  // Headless: walk the main flow a user would, and say what happened.
  const did: string[] = [`Started PostgreSQL and the Edge Functions; ${stack.functionsUrl}/health answered.`];
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options
    .getByLabel('PDF, DOCX or text file')
    .setInputFiles(path.resolve('tests/fixtures/resumes/resume.pdf'));
  await options.getByRole('button', { name: 'Add to my profile' }).click();
  // The import's notice: what it added, or that the profile already held it all (a second run).
  const notice = options.getByTestId('profile-notice').getByRole('status');
  await notice.waitFor();
  did.push(importLine((await notice.textContent()) ?? '', 'tests/fixtures/resumes/resume.pdf'));

  const posting = await context.newPage();
  const postingUrl = `${demo.url}/demo/frontend-engineer.html`;
  await posting.goto(postingUrl);
  // The button sits in a closed shadow root (pages cannot reach it); click it as a person would.
  const saveButton = closedUi(posting, 'jobraker-save');
  for (let i = 0; i < 50 && !(await saveButton.present()); i++) await posting.waitForTimeout(100);
  // On a second run the job is already saved (the button says so): reuse it rather than save again.
  let before = await saveButton.text();
  for (let i = 0; i < 20 && before === ''; i++) {
    await posting.waitForTimeout(100);
    before = await saveButton.text();
  }
  let said = before;
  if (!before.startsWith('Saved')) {
    await saveButton.click('');
    for (let i = 0; i < 100 && !said.startsWith('Saved'); i++) {
      await posting.waitForTimeout(100);
      said = await saveButton.text();
    }
  }
  did.push(saveLine(postingUrl, before, said));

  const panel = await context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.getByRole('tab', { name: 'Pipeline' }).click();
  await panel.getByRole('button', { name: 'Senior Frontend Engineer' }).first().click();
  await panel.getByTestId('score-ring').waitFor({ timeout: 10_000 });
  const score = await panel.getByTestId('score-ring').getAttribute('aria-label');
  fs.mkdirSync(SHOTS, { recursive: true });
  const shot = path.join(SHOTS, 'sidepanel.png');
  await panel.screenshot({ path: shot, fullPage: true });
  did.push(`Opened the job in the side panel: match ${score}. Screenshot: ${shot}`);

  await buildReactFixture();
  const form = await context.newPage();
  await form.goto(`${demo.url}/forms-react/index.html`);
  await form.getByRole('heading', { name: /Apply for/ }).waitFor();
  await panel.bringToFront();
  await panel.getByRole('tab', { name: 'Autofill' }).click();
  await form.bringToFront();
  await panel.getByRole('button', { name: 'Autofill', exact: true }).click();
  const summary = await panel.getByTestId('autofill-summary').textContent({ timeout: 30_000 });
  did.push(
    `Autofilled the demo application form (React + react-select): ${summary?.trim()}. Nothing was submitted.`,
  );

  console.log(['', 'What happened (headless run):', ...did.map((d, i) => `  ${i + 1}. ${d}`)].join('\n'));
  console.log(`Data stays in ${PROFILE}. With a display, npm start leaves the browser open instead.`);
  await shutdown();
}

function step(text: string): void {
  console.log(`\n▶ ${text}`);
}

main().catch((error) => {
  console.error(`\nnpm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
