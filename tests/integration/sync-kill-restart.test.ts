// Nothing is lost when the backend dies mid-sync: a 1,000-job push through the real engine and fetch
// transport, with the functions process SIGKILLed while a batch is in flight and restarted a moment later.
// Every job must arrive exactly once.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { denoBinary } from '../../backend/local/functions.ts';
import {
  defaultKeyFile,
  LOCAL_AUTHORIZED_PARTY,
  LOCAL_ISSUER,
  loadLocalSigningKey,
  signLocalToken,
} from '../../backend/local/jwks-key.ts';
import { type JwksServer, startJwksServer } from '../../backend/local/jwks-server.ts';
import { freePort } from '../../backend/local/ports.ts';
import { REPO_ROOT } from '../../backend/local/stack.ts';
import { type OutboxEntry, SyncEngine, type SyncReport } from '../../shared/sync/engine.ts';
import { createFetchTransport } from '../../shared/sync/transport.ts';
import { job } from './support/sync-client.ts';
import { userRecords } from './support/user-records.ts';

const dbUrl = inject('dbUrl');
const admin = new pg.Pool({ connectionString: dbUrl, max: 2 });
const key = await loadLocalSigningKey(defaultKeyFile(REPO_ROOT));
let jwks: JwksServer;
let port: number;
let deno: ChildProcess | undefined;

/** Our own functions process (same router as the stack), so this test can kill it without hurting others. */
async function startDeno(): Promise<void> {
  const functionsDir = path.join(REPO_ROOT, 'supabase', 'functions');
  const child = spawn(
    denoBinary(REPO_ROOT),
    [
      'run',
      '--no-prompt',
      '--allow-net',
      '--allow-env',
      '--allow-read',
      '--allow-sys',
      `--config=${path.join(functionsDir, 'deno.json')}`,
      path.join(REPO_ROOT, 'backend', 'local', 'functions-router.ts'),
    ],
    {
      env: {
        ...process.env,
        DENO_DIR: path.join(REPO_ROOT, '.data', 'deno'),
        NO_COLOR: '1',
        JOBRAKER_FUNCTIONS_DIR: functionsDir,
        JOBRAKER_API_PORT: String(port),
        SUPABASE_DB_URL: dbUrl,
        CLERK_ISSUER: LOCAL_ISSUER,
        CLERK_JWKS_URL: jwks.jwksUrl,
        CLERK_AUTHORIZED_PARTIES: LOCAL_AUTHORIZED_PARTY,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening ')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`deno exited ${code}`)));
  });
  deno = child;
}

function killDeno(): Promise<void> {
  const child = deno;
  deno = undefined;
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

beforeAll(async () => {
  jwks = await startJwksServer({ key, devTokens: false });
  port = await freePort();
  await startDeno();
});
afterAll(async () => {
  await killDeno();
  await jwks?.stop();
  await admin.end();
});

/** Pushes `entries` through the real engine and transport, SIGKILLing the backend while batch 4 is in flight. */
async function pushThroughKill(user: string, entries: OutboxEntry[], label: string) {
  let outbox = entries;
  let pushes = 0;
  let restarted: Promise<void> | undefined;
  const transport = createFetchTransport({
    url: `http://127.0.0.1:${port}/functions/v1/sync`,
    getToken: () => signLocalToken(key, user),
    fetch: async (input, init) => {
      const body = String(init?.body ?? '');
      if (body.includes('"push"') && ++pushes === 4) {
        // Batch 4 is on the wire: kill the backend under it, bring it back 300 ms later.
        const response = fetch(input, init);
        setTimeout(() => {
          restarted = killDeno().then(() => new Promise((r) => setTimeout(r, 300)).then(startDeno));
        }, 5);
        return response;
      }
      return fetch(input, init);
    },
  });
  const engine = new SyncEngine({
    transport,
    batchSize: 100,
    maxAttempts: 40,
    backoff: { baseMs: 50, maxMs: 400 },
    outbox: {
      peek: async (limit) => outbox.slice(0, limit),
      remove: async (seqs) => {
        const gone = new Set(seqs);
        outbox = outbox.filter((e) => !gone.has(e.seq));
      },
      pendingKeys: async () => new Set(outbox.map((e) => `${e.table}:${e.id}`)),
    },
    replica: {
      localVersions: async () => new Map(),
      applyRemote: async () => undefined,
      getCursor: async () => null,
    },
  });
  const report: SyncReport = {
    pushed: 0,
    conflicts: 0,
    rejected: [],
    pulled: 0,
    applied: 0,
    requests: 0,
    retries: 0,
  };
  const started = performance.now();
  await engine.pushAll(report);
  console.log(
    `[kill-restart] ${entries.length} ${label} in ${Math.round(performance.now() - started)} ms: ${report.requests} requests, ${report.retries} retries`,
  );
  await restarted;
  return { report, left: outbox };
}

describe('sync survives the backend dying mid-push', () => {
  it('delivers 1,000 jobs exactly once across a SIGKILL and restart of the functions process', async () => {
    const user = `user_kill_${randomUUID().slice(0, 8)}`;
    const at = new Date().toISOString();
    let outbox: OutboxEntry[] = Array.from({ length: 1000 }, (_, i) => {
      const id = randomUUID();
      const url = `https://jobs.example.com/kill/${id}`;
      const row = {
        id,
        title: `Engineer ${i}`,
        company: 'Acme',
        url,
        canonicalUrl: url,
        ats: null,
        aliases: [],
        fuzzyKey: '',
        provenance: {},
        userEdited: [],
        gaps: [],
        stage: 'saved',
        excitement: null,
        deadline: null,
        notes: '',
        createdAt: at,
        updatedAt: at,
        stageChangedAt: at,
      };
      return { seq: i + 1, id, table: 'jobs', op: 'upsert' as const, row, updated_at: at };
    });

    const { report, left } = await pushThroughKill(user, outbox, 'jobs');
    outbox = left;

    expect(report.retries).toBeGreaterThan(0); // the killed batch failed and was sent again
    expect(report.pushed).toBe(1000);
    expect(outbox).toEqual([]);
    const { rows } = await admin.query(
      `select count(*)::int as n, count(distinct id)::int as ids, count(distinct canonical_url)::int as urls,
              count(*) filter (where title ~ '^Engineer \\d+$')::int as titled
         from jobs where user_id = $1`,
      [user],
    );
    expect(rows[0]).toEqual({ n: 1000, ids: 1000, urls: 1000, titled: 1000 });
    const events = await admin.query('select count(*)::int as n from job_stage_events where user_id = $1', [
      user,
    ]);
    expect(events.rows[0].n).toBe(1000); // one capture event per job: no write ran twice
  });

  it('delivers every table of a full profile exactly once across the same kill and restart', async () => {
    const user = `user_kill_all_${randomUUID().slice(0, 8)}`;
    const at = new Date().toISOString();
    const jobRows = Array.from({ length: 100 }, () =>
      job({ createdAt: at, updatedAt: at, stageChangedAt: at }),
    );
    const records = [
      ...jobRows.map((row) => ({ table: 'jobs' as const, id: row.id, row, updatedAt: at })),
      ...userRecords(
        jobRows.map((j) => j.id),
        at,
      ),
    ];
    const entries: OutboxEntry[] = records.map((r, i) => ({
      seq: i + 1,
      id: r.id,
      table: r.table,
      op: 'upsert',
      row: r.row,
      updated_at: r.updatedAt,
    }));
    const { report, left } = await pushThroughKill(user, entries, 'records');
    expect(report.retries).toBeGreaterThan(0);
    expect(report.rejected).toEqual([]);
    expect(report.pushed).toBe(entries.length);
    expect(left).toEqual([]);
    const counts: Record<string, number> = {};
    for (const table of [
      'jobs',
      'job_notes',
      'job_contacts',
      'job_matches',
      'ai_artifacts',
      'job_materials',
    ].concat(['applications', 'documents', 'personas', 'saved_answers', 'profiles', 'profile_experiences'])) {
      const { rows } = await admin.query(
        `select count(*)::int as n from public.${table} where user_id = $1`,
        [user],
      );
      counts[table] = rows[0].n;
    }
    expect(counts).toEqual({
      jobs: 100,
      job_notes: 100,
      job_contacts: 100,
      job_matches: 100,
      ai_artifacts: 100,
      job_materials: 100,
      applications: 100,
      documents: 2,
      personas: 2,
      saved_answers: 1,
      profiles: 1,
      profile_experiences: 6,
    });
  });
});
