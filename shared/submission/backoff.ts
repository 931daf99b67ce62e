// Retry timing for queue items: exponential with full jitter, capped, and never sooner than a Retry-After.
export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
}
export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 2_000, capMs: 10 * 60_000 };

/** Delay before attempt `attempt + 1` after `attempt` failures (attempt ≥ 1). `random` in [0, 1). */
export function backoffMs(
  attempt: number,
  policy = DEFAULT_BACKOFF,
  random = Math.random(),
  retryAfterMs = 0,
): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.round(ceiling / 2 + (ceiling / 2) * random);
  return Math.max(jittered, Math.min(retryAfterMs, policy.capMs));
}
