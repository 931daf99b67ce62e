// Constant-time comparison of a shared secret: HMAC both sides with a random key, compare digests with
// WebCrypto's verify (constant time), so neither the length nor a prefix leaks through timing.
const encoder = new TextEncoder();

export async function secretMatches(given: string, expected: string): Promise<boolean> {
  if (!expected) return false;
  const key = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
  const expectedMac = await crypto.subtle.sign('HMAC', key, encoder.encode(expected));
  return crypto.subtle.verify('HMAC', key, expectedMac, encoder.encode(given));
}
