/**
 * The npm registry snapshot our machines reach lacks the other platforms' binary packages of
 * Biome, Deno and the Supabase CLI, so `npm install` leaves them out of package-lock.json and
 * `npm ci` then refuses the lock ("Missing: @deno/darwin-arm64 from lock file"). This adds lock
 * entries for every missing optional platform package, with its os/cpu/libc, so `npm ci` skips
 * them on platforms they don't fit (and installs them where the registry has them).
 * Run after any `npm install` that changes the lock: `npx tsx scripts/lock-platforms.ts`.
 */
import fs from 'node:fs';

const LOCK = 'package-lock.json';
const lock = JSON.parse(fs.readFileSync(LOCK, 'utf8')) as {
  packages: Record<
    string,
    { version?: string; optionalDependencies?: Record<string, string>; license?: string }
  >;
};

function platformOf(name: string): { os: string; cpu: string; libc?: string } | null {
  const os = /android/.test(name)
    ? 'android'
    : /darwin/.test(name)
      ? 'darwin'
      : /win32|windows/.test(name)
        ? 'win32'
        : /linux/.test(name)
          ? 'linux'
          : null;
  const cpu = /arm64/.test(name) ? 'arm64' : /x64/.test(name) ? 'x64' : null;
  if (!os || !cpu) return null;
  const libc = /musl/.test(name) ? 'musl' : /glibc/.test(name) ? 'glibc' : undefined;
  return { os, cpu, ...(libc ? { libc } : {}) };
}

let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    const platform = platformOf(name);
    if (lock.packages[key] || lock.packages[`${path}/${key}`] || !platform) continue;
    lock.packages[key] = {
      version,
      ...(entry.license ? { license: entry.license } : {}),
      optional: true,
      os: [platform.os],
      cpu: [platform.cpu],
      ...(platform.libc ? { libc: [platform.libc] } : {}),
    } as (typeof lock.packages)[string];
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
fs.writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lock-platforms: added ${added} optional platform packages to ${LOCK}`);
