// Company watch: what one check costs per company (requests and ms) against the local stand-in of the
// Greenhouse, Lever and Ashby public APIs, through the real check (fetch, parse, score with the match
// engine, store in IndexedDB via fake-indexeddb). Three rounds: the first check (every posting new),
// a day later with nothing changed (conditional request → 304), a day later with one new posting.
//   npx tsx tests/bench/watch.ts [companies per board = 10] [--json]
import 'fake-indexeddb/auto';
import { JobrakerDatabase } from '../../extension/lib/db/database.ts';
import { watchCompany } from '../../extension/lib/watch/alerts.ts';
import { checkDueAlerts } from '../../extension/lib/watch/check.ts';
import { makeProfile } from '../../shared/match/testing.ts';
import { skillCount } from '../../shared/skills/index.ts';
import { startBoardsApiStandIn } from '../support/boards-api-standin.ts';

const PER_BOARD = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 10);
const JSON_OUT = process.argv.includes('--json');
const BOARDS = [
  ['greenhouse', (b: string) => `https://boards.greenhouse.io/${b}`],
  ['lever', (b: string) => `https://jobs.lever.co/${b}`],
  ['ashby', (b: string) => `https://jobs.ashbyhq.com/${b}`],
] as const;

// The skills taxonomy is indexed once per worker start, on first use: timed apart from the rounds.
const t0 = performance.now();
skillCount();
const taxonomyMs = performance.now() - t0;
const api = await startBoardsApiStandIn();
const db = new JobrakerDatabase(`bench-watch-${Date.now()}`);
await db.profiles.add(
  makeProfile({
    skills: ['Go', 'Python', 'PostgreSQL', 'Kubernetes'].map((name) => ({ name, source: 'input' as const })),
  }),
);
for (const [ats, url] of BOARDS)
  for (let i = 0; i < PER_BOARD; i++) {
    api.publish(ats, `company${i}`, 2);
    await watchCompany(db, { url: url(`company${i}`), minScore: 50 });
  }
const companies = BOARDS.length * PER_BOARD;
let clock = Date.parse('2026-12-04T08:00:00Z');
let notices = 0;
const deps = {
  fetch: api.fetch,
  notify: async () => void notices++,
  now: () => new Date(clock),
};

const rows: { round: string; requests: number; msPerCompany: number; notices: number; statuses: string }[] =
  [];
async function round(name: string) {
  api.requests.length = 0;
  notices = 0;
  const t0 = performance.now();
  const checked = await checkDueAlerts(db, deps);
  const ms = performance.now() - t0;
  const statuses = [...new Set(api.requests.map((r) => r.status))].join('/');
  rows.push({
    round: name,
    requests: api.requests.length / companies,
    msPerCompany: ms / companies,
    notices,
    statuses,
  });
  if (checked.length !== companies) throw new Error(`${name}: checked ${checked.length} of ${companies}`);
}
await round('first check (2 postings, all new)');
clock += 24 * 3_600_000;
await round('next day, unchanged (If-None-Match)');
for (const [ats] of BOARDS) for (let i = 0; i < PER_BOARD; i++) api.publish(ats, `company${i}`, 3);
clock += 24 * 3_600_000;
await round('next day, 1 new posting');
clock += 3_600_000;
api.requests.length = 0;
await checkDueAlerts(db, deps);
const extra = api.requests.length;
await api.close();

console.log(
  `Company watch check cost, ${companies} companies (${PER_BOARD} per board × Greenhouse, Lever, Ashby)\n`,
);
console.log('round                                  requests/company  ms/company  answers  notifications');
for (const r of rows)
  console.log(
    `${r.round.padEnd(38)} ${r.requests.toFixed(2).padStart(16)}  ${r.msPerCompany.toFixed(2).padStart(10)}  ${r.statuses.padStart(7)}  ${String(r.notices).padStart(13)}`,
  );
console.log(`an hourly alarm inside the period: ${extra} requests`);
console.log(
  `(once per worker start, not in the rounds: skills taxonomy indexed in ${taxonomyMs.toFixed(0)} ms)`,
);
if (JSON_OUT)
  console.log(
    JSON.stringify({
      companies,
      rounds: rows.map((r) => ({ round: r.round, requests: r.requests, ms: +r.msPerCompany.toFixed(2) })),
      extra,
    }),
  );
