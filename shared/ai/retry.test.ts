import { describe, expect, it } from 'vitest';
import { anthropicError } from './anthropic.ts';
import { openAiContent, openAiError } from './openai.ts';
import { backoffMs, retryAfterMs } from './retry.ts';

describe('retry waits', () => {
  it('honours retry-after-ms, then retry-after in seconds or as an HTTP date', () => {
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '250', 'retry-after': '9' }))).toBe(250);
    expect(retryAfterMs(new Headers({ 'retry-after': '2' }))).toBe(2000);
    const now = Date.parse('2026-12-04T10:00:00Z');
    expect(retryAfterMs(new Headers({ 'retry-after': 'Fri, 04 Dec 2026 10:00:05 GMT' }), now)).toBe(5000);
    expect(retryAfterMs(new Headers())).toBeUndefined();
  });

  it('backs off 0.5 s · 2^n capped at 8 s when no usable retry-after is given', () => {
    expect(backoffMs(0, undefined, () => 0)).toBe(500);
    expect(backoffMs(5, undefined, () => 0)).toBe(8000);
    expect(backoffMs(1, 120_000, () => 0)).toBe(1000);
    expect(backoffMs(1, 3000)).toBe(3000);
  });
});

describe('provider errors', () => {
  it('tells a billing 429 (no retry) from a rate limit (retry)', () => {
    const body = (code: string) => JSON.stringify({ error: { message: 'm', type: code, param: null, code } });
    expect(openAiError(429, body('insufficient_quota'))).toMatchObject({
      code: 'quota_exceeded',
      retryable: false,
    });
    expect(openAiError(429, body('rate_limit_exceeded'), 1000)).toMatchObject({
      code: 'rate_limited',
      retryable: true,
    });
  });

  it("reads llama.cpp's numeric code and Anthropic's 529", () => {
    const llama =
      '{"error":{"code":400,"message":"Either \\"json_schema\\" or \\"grammar\\" can be specified, but not both","type":"invalid_request_error"}}';
    expect(openAiError(400, llama).message).toContain('json_schema');
    const overloaded =
      '{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_1"}';
    expect(anthropicError(529, overloaded)).toMatchObject({ code: 'overloaded', retryable: true });
  });

  it('treats a refusal and a length stop as failures, not data', () => {
    const choice = (message: object, finish_reason: string) => ({ choices: [{ message, finish_reason }] });
    expect(() => openAiContent(choice({ content: null, refusal: 'no' }, 'stop'))).toThrow('refused');
    expect(() => openAiContent(choice({ content: '{"a":', refusal: null }, 'length'))).toThrow('token limit');
  });
});
