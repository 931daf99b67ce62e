import fs from 'node:fs';
import path from 'node:path';
import { test } from '@playwright/test';

/**
 * Where an e2e run saves a screenshot for the docs: the folder named by JOBRAKER_SCREENSHOTS (e.g.
 * `JOBRAKER_SCREENSHOTS=docs npx playwright test …` to refresh docs/), else the test's own output folder,
 * so a plain `npm test` never rewrites tracked files.
 */
export function screenshotPath(name: string): string {
  const dir = process.env.JOBRAKER_SCREENSHOTS;
  if (!dir) return test.info().outputPath(name);
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}
