import { defineConfig } from '@playwright/test';

// e2e: the built extension (.output/chrome-mv3) in real Chromium. `npm test` builds first.
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
});
