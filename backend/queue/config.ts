// The submission queue's settings, read once from the function's environment. Caps follow Skyvern's plan
// limits (contracts.md §1.6: Free 1, Hobby 10, Pro 25 concurrent runs).
import type { BackoffPolicy } from '../../shared/submission/backoff.ts';

export interface QueueConfig {
  skyvern: { baseUrl: string; apiKey: string; timeoutMs: number } | null;
  webhookUrl: string;
  workerSecret: string;
  globalCap: number;
  perUserCap: number;
  leaseMs: number; // visibility timeout of a claim
  maxAttempts: number;
  backoff: BackoffPolicy;
  webhookGraceMs: number; // no webhook this long after a run's start: poll
  pollEveryMs: number;
  /** A create that may have reached Skyvern (worker died, or a timeout): wait this long for its webhook. */
  inDoubtMs: number;
  maxSteps: number;
  /** How long one process-queue call keeps working before it answers (pg_cron calls once a minute). */
  budgetMs: number;
}

type Env = (name: string) => string | undefined;

function int(env: Env, name: string, fallback: number): number {
  const raw = env(name);
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name}=${raw} must be a whole number`);
  return value;
}

export function queueConfigFromEnv(env: Env): QueueConfig {
  const apiKey = env('SKYVERN_API_KEY') ?? '';
  const baseUrl = env('SKYVERN_BASE_URL') || 'https://api.skyvern.com';
  const supabaseUrl = (env('SUPABASE_URL') ?? '').replace(/\/+$/, '');
  return {
    skyvern: apiKey ? { baseUrl, apiKey, timeoutMs: int(env, 'SKYVERN_TIMEOUT_MS', 30_000) } : null,
    webhookUrl: env('SKYVERN_WEBHOOK_URL') || `${supabaseUrl}/functions/v1/skyvern-webhook`,
    workerSecret: env('QUEUE_WORKER_SECRET') ?? '',
    globalCap: int(env, 'QUEUE_GLOBAL_CONCURRENCY', 10),
    perUserCap: int(env, 'QUEUE_USER_CONCURRENCY', 2),
    leaseMs: int(env, 'QUEUE_LEASE_MS', 60_000),
    maxAttempts: int(env, 'QUEUE_MAX_ATTEMPTS', 5),
    backoff: {
      baseMs: int(env, 'QUEUE_BACKOFF_BASE_MS', 5_000),
      capMs: int(env, 'QUEUE_BACKOFF_CAP_MS', 600_000),
    },
    webhookGraceMs: int(env, 'QUEUE_WEBHOOK_GRACE_MS', 15 * 60_000),
    pollEveryMs: int(env, 'QUEUE_POLL_EVERY_MS', 60_000),
    inDoubtMs: int(env, 'QUEUE_IN_DOUBT_MS', 45 * 60_000),
    maxSteps: int(env, 'SKYVERN_MAX_STEPS', 25),
    budgetMs: int(env, 'QUEUE_BUDGET_MS', 50_000),
  };
}
