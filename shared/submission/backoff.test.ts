import { describe, expect, it } from 'vitest';
import { backoffMs } from './backoff.ts';

describe('queue backoff', () => {
  const policy = { baseMs: 1000, capMs: 60_000 };
  it('doubles per attempt within [half, full] of the ceiling, and is capped', () => {
    expect(backoffMs(1, policy, 0)).toBe(500);
    expect(backoffMs(1, policy, 1)).toBe(1000);
    expect(backoffMs(3, policy, 0)).toBe(2000);
    expect(backoffMs(3, policy, 1)).toBe(4000);
    expect(backoffMs(20, policy, 1)).toBe(60_000);
  });
  it('never retries sooner than Retry-After (itself capped)', () => {
    expect(backoffMs(1, policy, 0, 5000)).toBe(5000);
    expect(backoffMs(1, policy, 0, 10 * 60_000)).toBe(60_000);
  });
});
