// POST /functions/v1/process-queue (pg_cron, or the local stack's timer). Service role; the caller proves
// itself with `Authorization: Bearer <QUEUE_WORKER_SECRET>`. Each pass: claim within the caps, start runs,
// poll runs whose webhook is overdue, cancel withdrawn ones. Passes repeat until the budget is spent or
// there is nothing to do; `{"budget_ms":0}` asks for a single pass.
import type pg from 'pg';
import { json, jsonError } from '../http/json.ts';
import { type Exchange, SkyvernClient } from '../skyvern/client.ts';
import { claimWork } from './claim.ts';
import type { QueueConfig } from './config.ts';
import { asService } from './db.ts';
import { pollAndCancel } from './poll.ts';
import { secretMatches } from './secret.ts';
import { type StartResult, startRun } from './start-run.ts';

export interface WorkerDeps {
  pool: pg.Pool | undefined;
  config: QueueConfig;
  fetchImpl?: typeof fetch;
}

export interface PassReport {
  claimed: number;
  results: Partial<Record<StartResult, number>>;
  polled: number;
  cancelled: number;
  settled: number;
  gaveUp: number;
}

export async function runPass(pool: pg.Pool, deps: WorkerDeps, workerId: string): Promise<PassReport> {
  const { config } = deps;
  const skyvernConfig = config.skyvern;
  if (!skyvernConfig) throw new Error('SKYVERN_API_KEY is not set');
  const skyvern = (onExchange: (e: Exchange) => void) =>
    new SkyvernClient(skyvernConfig, onExchange, deps.fetchImpl);
  const claim = await asService(pool, (db) => claimWork(db, config, workerId));
  const started = await Promise.all(
    claim.claimed.map((item) => startRun(pool, skyvern, config, item, workerId)),
  );
  const results: PassReport['results'] = {};
  for (const r of started) results[r] = (results[r] ?? 0) + 1;
  const polls = await pollAndCancel(pool, skyvern, config);
  return { claimed: claim.claimed.length, results, ...polls, gaveUp: claim.gaveUp };
}

export function createWorkerHandler(deps: WorkerDeps): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'POST') return jsonError(405, 'method_not_allowed', 'Use POST');
    if (!deps.config.workerSecret)
      return jsonError(503, 'worker_unconfigured', 'QUEUE_WORKER_SECRET is not set');
    const token = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1] ?? '';
    if (!(await secretMatches(token, deps.config.workerSecret)))
      return jsonError(401, 'unauthorized', 'process-queue needs the worker secret');
    if (!deps.pool) return jsonError(503, 'db_unconfigured', 'SUPABASE_DB_URL is not set');
    if (!deps.config.skyvern) return jsonError(503, 'skyvern_unconfigured', 'SKYVERN_API_KEY is not set');
    const body = (await request.json().catch(() => ({}))) as { budget_ms?: unknown };
    const budget = typeof body.budget_ms === 'number' ? Math.max(0, body.budget_ms) : deps.config.budgetMs;
    const started = Date.now();
    const workerId = `worker-${crypto.randomUUID()}`;
    const passes: PassReport[] = [];
    do {
      const pass = await runPass(deps.pool, deps, workerId);
      passes.push(pass);
      const idle = pass.claimed === 0 && pass.polled === 0;
      if (Date.now() - started >= budget) break;
      await new Promise((resolve) => setTimeout(resolve, idle ? 1_000 : 100));
    } while (Date.now() - started < budget);
    const total = passes.reduce(
      (sum, p) => ({
        claimed: sum.claimed + p.claimed,
        polled: sum.polled + p.polled,
        settled: sum.settled + p.settled,
        cancelled: sum.cancelled + p.cancelled,
        gaveUp: sum.gaveUp + p.gaveUp,
      }),
      { claimed: 0, polled: 0, settled: 0, cancelled: 0, gaveUp: 0 },
    );
    return json({ passes: passes.length, ...total, ms: Date.now() - started });
  };
}
