// Skyvern webhook signatures (contracts.md §1.5): `x-skyvern-signature` is the hex HMAC-SHA256 of the exact
// body bytes sent, keyed with the API key's UTF-8 bytes. The timestamp header is not signed, so it only
// bounds staleness; replays are absorbed by idempotency on (run_id, status).
const encoder = new TextEncoder();

async function hmacKey(apiKey: string, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', encoder.encode(apiKey), { name: 'HMAC', hash: 'SHA-256' }, false, [
    usage,
  ]);
}

function toHex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function fromHex(hex: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[0-9a-f]{64}$/i.test(hex)) return null;
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** What Skyvern sends in `x-skyvern-signature` for these body bytes. */
export async function signSkyvernBody(body: Uint8Array<ArrayBuffer>, apiKey: string): Promise<string> {
  return toHex(await crypto.subtle.sign('HMAC', await hmacKey(apiKey, 'sign'), body));
}

export type WebhookCheck =
  | { ok: true }
  | { ok: false; code: 'unsigned' | 'bad_signature' | 'stale' | 'no_timestamp'; message: string };

export const WEBHOOK_MAX_AGE_S = 300;

/**
 * Verifies raw body bytes (never a re-serialised JSON) against the signature header. WebCrypto's HMAC
 * verify compares in constant time. A timestamp more than WEBHOOK_MAX_AGE_S away from now is stale.
 */
export async function verifySkyvernWebhook(
  body: Uint8Array<ArrayBuffer>,
  headers: Headers,
  apiKey: string,
  nowS = Math.floor(Date.now() / 1000),
): Promise<WebhookCheck> {
  const signature = headers.get('x-skyvern-signature');
  if (!signature) return { ok: false, code: 'unsigned', message: 'x-skyvern-signature is missing' };
  const expected = fromHex(signature.trim());
  const valid =
    expected !== null &&
    (await crypto.subtle.verify('HMAC', await hmacKey(apiKey, 'verify'), expected, body));
  if (!valid)
    return { ok: false, code: 'bad_signature', message: 'x-skyvern-signature does not match the body' };
  const raw = headers.get('x-skyvern-timestamp');
  if (!raw || !/^\d{1,12}$/.test(raw.trim()))
    return { ok: false, code: 'no_timestamp', message: 'x-skyvern-timestamp is missing or not Unix seconds' };
  if (Math.abs(nowS - Number(raw)) > WEBHOOK_MAX_AGE_S)
    return {
      ok: false,
      code: 'stale',
      message: `x-skyvern-timestamp is more than ${WEBHOOK_MAX_AGE_S} s old`,
    };
  return { ok: true };
}
