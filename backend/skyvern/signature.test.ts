import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signSkyvernBody, verifySkyvernWebhook } from './signature.ts';

const KEY = 'sk-test-key';
const body = new TextEncoder().encode('{"run_id":"tsk_1","status":"completed","output":{"note":"café"}}');
const now = 1_800_000_000;

function headers(signature: string | null, timestamp: string | null = String(now)): Headers {
  const h = new Headers({ 'content-type': 'application/json' });
  if (signature !== null) h.set('x-skyvern-signature', signature);
  if (timestamp !== null) h.set('x-skyvern-timestamp', timestamp);
  return h;
}

describe('Skyvern webhook signature', () => {
  it('is the hex HMAC-SHA256 of the raw bytes keyed with the API key (as Skyvern computes it)', async () => {
    const expected = createHmac('sha256', Buffer.from(KEY, 'utf8')).update(body).digest('hex');
    expect(await signSkyvernBody(body, KEY)).toBe(expected);
  });

  it('accepts a signed, fresh body', async () => {
    const signature = await signSkyvernBody(body, KEY);
    expect(await verifySkyvernWebhook(body, headers(signature), KEY, now + 10)).toEqual({ ok: true });
    expect((await verifySkyvernWebhook(body, headers(signature.toUpperCase()), KEY, now)).ok).toBe(true);
  });

  it('rejects unsigned, forged, truncated, other-key and stale calls', async () => {
    const signature = await signSkyvernBody(body, KEY);
    const code = async (h: Headers, b = body) => {
      const r = await verifySkyvernWebhook(b, h, KEY, now);
      return r.ok ? 'ok' : r.code;
    };
    expect(await code(headers(null))).toBe('unsigned');
    expect(await code(headers(signature.slice(0, 63)))).toBe('bad_signature');
    expect(await code(headers(await signSkyvernBody(body, 'another-key')))).toBe('bad_signature');
    expect(await code(headers(`${signature.slice(0, 63)}${signature.endsWith('0') ? '1' : '0'}`))).toBe(
      'bad_signature',
    );
    // One changed byte in the body (a re-serialised or tampered payload) breaks the signature.
    const tampered = new TextEncoder().encode(
      '{"run_id":"tsk_1","status":"completed","output":{"note":"cafe"}}',
    );
    expect(await code(headers(signature), tampered)).toBe('bad_signature');
    expect(await code(headers(signature, null))).toBe('no_timestamp');
    expect(await code(headers(signature, 'yesterday'))).toBe('no_timestamp');
    expect(await code(headers(signature, String(now - 301)))).toBe('stale');
  });
});
