// When to retry a provider call and how long to wait, as the OpenAI and Anthropic SDKs do: 408, 409,
// 429 and 5xx (so 529) are retried; `retry-after-ms`, then `retry-after` (seconds or an HTTP date)
// win; otherwise 0.5 s · 2^n capped at 8 s with up to 25% jitter. Waits over 60 s are not honoured.
export const MAX_RETRIES = 2;

export function retryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const ms = Number(headers.get('retry-after-ms'));
  if (headers.get('retry-after-ms') && Number.isFinite(ms) && ms >= 0) return ms;
  const raw = headers.get('retry-after');
  if (!raw) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function backoffMs(attempt: number, retryAfter?: number, random = Math.random): number {
  if (retryAfter !== undefined && retryAfter <= 60_000) return retryAfter;
  const base = Math.min(500 * 2 ** attempt, 8_000);
  return base * (1 - 0.25 * random());
}
