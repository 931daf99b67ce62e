// Sync throughput against the local stack (real Postgres + Deno function + RLS): push N jobs (each with its
// capture event) through the real engine and fetch transport, pull them on a fresh device, re-push.
// Then the full-profile case (sync-full-profile.ts): every table, per-table push and pull, first sign-in restore.
//   npx tsx tests/bench/sync.ts [N=1000] [FULL_JOBS=5000]
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { asUser } from '../../backend/db/pool.ts';
import { defaultKeyFile, loadLocalSigningKey, signLocalToken } from '../../backend/local/jwks-key.ts';
import { startScratchStack } from '../../backend/local/scratch-stack.ts';
import { REPO_ROOT } from '../../backend/local/stack.ts';
import { PULL_SQL } from '../../backend/sync/pull.ts';
import { syncTransport } from '../../shared/supabase/client.ts';
import { emptyReport, type OutboxEntry, type SyncReport } from '../../shared/sync/engine.ts';
import { PULL_PAGE_BYTES } from '../../shared/sync/protocol.ts';
import { arrayEngine } from '../integration/support/array-engine.ts';
import { benchFullProfile } from './sync-full-profile.ts';

const N = Number(process.argv[2] ?? 1000);
/** Jobs in the full-profile case (second argument). */
const FULL_JOBS = Number(process.argv[3] ?? 5000);
const description = 'We build the data platform behind our logistics products. '.repeat(50); // ~3 KB

function jobs(n: number): OutboxEntry[] {
  const at = new Date().toISOString();
  const out: OutboxEntry[] = [];
  for (let i = 0; i < n; i++) {
    const id = randomUUID();
    const url = `https://boards.example.com/bench/${id}`;
    const row = {
      id,
      title: `Senior Data Engineer ${i}`,
      company: 'Acme Logistics',
      url,
      canonicalUrl: url,
      ats: { ats: 'greenhouse', id: String(100000 + i), board: 'acme' },
      aliases: [],
      fuzzyKey: `acme logistics|senior data engineer ${i}|remote`,
      locations: [{ raw: 'Remote (US)', country: 'US' }],
      workType: 'remote',
      salary: { min: 150000, max: 190000, currency: 'USD', period: 'YEAR', text: '$150,000 - $190,000' },
      descriptionText: description,
      requirements: { required: ['Python', 'SQL', 'Airflow'], preferred: ['dbt'] },
      provenance: { title: { source: 'jsonld', confidence: 0.95 } },
      userEdited: [],
      gaps: [],
      stage: 'saved',
      excitement: 3,
      deadline: null,
      notes: '',
      createdAt: at,
      updatedAt: at,
      stageChangedAt: at,
    };
    const event = { id: randomUUID(), jobId: id, from: null, to: 'saved', at, cause: 'capture' };
    out.push({ seq: out.length + 1, id, table: 'jobs', op: 'upsert', row, updated_at: at });
    out.push({
      seq: out.length + 1,
      id: event.id,
      table: 'stage_events',
      op: 'upsert',
      row: event,
      updated_at: at,
    });
  }
  return out;
}

const stack = await startScratchStack('bench');
try {
  const key = await loadLocalSigningKey(defaultKeyFile(REPO_ROOT));
  const user = `user_bench_${randomUUID().slice(0, 8)}`;
  let bytesSent = 0;
  let bytesReceived = 0;
  const transport = syncTransport({
    url: stack.apiUrl,
    getToken: () => signLocalToken(key, user),
    fetch: async (input, init) => {
      bytesSent += String(init?.body ?? '').length;
      const response = await fetch(input, init);
      const text = await response.text();
      bytesReceived += text.length;
      return new Response(text, { status: response.status, headers: response.headers });
    },
  });
  const device = (outbox: OutboxEntry[]) => arrayEngine(transport, outbox);

  const measure = async (label: string, items: number, work: (r: SyncReport) => Promise<void>) => {
    bytesSent = 0;
    bytesReceived = 0;
    const report = emptyReport();
    const started = performance.now();
    await work(report);
    const ms = performance.now() - started;
    console.log(
      `${label.padEnd(28)} ${items} items  ${ms.toFixed(0).padStart(6)} ms  ${((ms * 1000) / items).toFixed(0).padStart(5)} µs/item  ` +
        `${report.requests} round trips  sent ${(bytesSent / 1024).toFixed(0)} KiB  received ${(bytesReceived / 1024).toFixed(0)} KiB`,
    );
    return report;
  };

  // Warm the function (first request loads the module and opens the pool).
  await device([]).pullAll(emptyReport());
  const batch = jobs(N);
  const inputKiB = (JSON.stringify(batch).length / 1024).toFixed(0);
  console.log(
    `sync bench: ${N} jobs + ${N} stage events (${inputKiB} KiB of rows), batches of 200, pull pages of 500`,
  );
  await measure('push (new)', batch.length, (r) => device([...batch]).pushAll(r));
  await measure('re-push (idempotent no-op)', batch.length, (r) => device([...batch]).pushAll(r));
  const edited = batch.map((e) =>
    e.table === 'jobs'
      ? { ...e, row: { ...e.row, notes: 'edited' }, updated_at: new Date(Date.now() + 1000).toISOString() }
      : e,
  );
  await measure('push (edit every job)', N, (r) =>
    device(edited.filter((e) => e.table === 'jobs')).pushAll(r),
  );
  const pulled = await measure('pull (fresh device)', batch.length, (r) => device([]).pullAll(r));
  if (pulled.pulled !== batch.length) throw new Error(`pulled ${pulled.pulled}, expected ${batch.length}`);

  // Pull cost with a crowded table: 100,000 other jobs of 1,000 other users (RLS must keep it index-backed).
  const admin = new pg.Pool({ connectionString: stack.dbUrl, max: 1 });
  admin.on('error', () => undefined); // the stack stopping ends idle connections
  await admin.query(
    `insert into jobs (user_id, title, company, url, canonical_url)
     select 'user_crowd_' || (g % 1000), 'Engineer ' || g, 'Co', 'https://c.example/' || g, 'https://c.example/' || g
     from generate_series(1, 100000) g`,
  );
  await admin.query('analyze jobs; analyze job_stage_events');
  await measure('pull (fresh, 100k others)', batch.length, (r) => device([]).pullAll(r));
  const plan = await asUser(admin, { sub: user, role: 'authenticated' }, async (db) => {
    const { rows } = await db.query(`explain (analyze, format json) ${PULL_SQL}`, [
      '0',
      501,
      PULL_PAGE_BYTES,
    ]);
    return rows[0]['QUERY PLAN'][0];
  });
  const scans = JSON.stringify(plan).match(/"Index Name":"[a-z_]+"/g) ?? [];
  console.log(`pull page plan: ${plan['Execution Time'].toFixed(1)} ms, ${[...new Set(scans)].join(', ')}`);
  await admin.end();

  await benchFullProfile(
    (sub) => syncTransport({ url: stack.apiUrl, getToken: () => signLocalToken(key, sub) }),
    jobs,
    FULL_JOBS,
  );
} finally {
  await stack.stop();
}
