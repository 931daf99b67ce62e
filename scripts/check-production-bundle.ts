/**
 * Fails when a production build carries what only development builds may: the local sign-in (dev tokens)
 * or the local stack's URL as a fallback backend. Run by `npm test`'s build stage on .output/chrome-mv3 and
 * .output/firefox-mv3; `tsx scripts/check-production-bundle.ts [dir...]` checks other folders.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Text that exists only in the local sign-in code and the loopback default (extension/lib/auth). */
export const DEV_ONLY_MARKERS = [
  '127.0.0.1:54321',
  'devTokenUrl',
  'JOBRAKER_DEV_TOKENS',
  'Sign in to the local backend',
  'user_local_dev',
] as const;

export interface Finding {
  file: string;
  marker: string;
}

export function devOnlyCodeIn(dir: string): Finding[] {
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No built extension at ${dir}; run npm run build first.`);
  }
  const findings: Finding[] = [];
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(js|mjs|html|json)$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const text = fs.readFileSync(file, 'utf8');
    for (const marker of DEV_ONLY_MARKERS) {
      if (text.includes(marker)) findings.push({ file: path.relative(dir, file), marker });
    }
  }
  return findings;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dirs = process.argv.slice(2);
  const targets = dirs.length > 0 ? dirs : ['.output/chrome-mv3', '.output/firefox-mv3'];
  let bad = 0;
  for (const dir of targets) {
    const findings = devOnlyCodeIn(path.resolve(dir));
    for (const { file, marker } of findings) console.error(`${dir}/${file} contains "${marker}"`);
    bad += findings.length;
    if (findings.length === 0) console.log(`${dir}: no local sign-in code, no loopback backend`);
  }
  if (bad > 0) {
    console.error('The production build carries development-only code (see extension/lib/auth/config.ts).');
    process.exit(1);
  }
}
