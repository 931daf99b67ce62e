// Signed download URLs, as supabase/storage makes them: a JWT over `{url: "<bucket>/<key>"}` with an expiry,
// signed with a server secret (HS256). Whoever holds the URL may download that one object until it expires;
// signing it required the caller to see the object under RLS.
import { errors, jwtVerify, SignJWT } from 'jose';

export async function signObjectUrl(secret: Uint8Array, bucket: string, key: string, expiresIn: number) {
  const token = await new SignJWT({ url: `${bucket}/${key}` })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + expiresIn)
    .sign(secret);
  return `/object/sign/${bucket}/${key}?token=${token}`;
}

export type SignedCheck = { ok: true } | { ok: false; message: string };

export async function checkSignedUrl(
  secret: Uint8Array,
  token: string,
  bucket: string,
  key: string,
): Promise<SignedCheck> {
  try {
    const { payload } = await jwtVerify(token, secret, { algorithms: ['HS256'] });
    if (payload.url !== `${bucket}/${key}`)
      return { ok: false, message: 'The signature does not match this object' };
    return { ok: true };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { ok: false, message: 'The signed URL has expired' };
    return { ok: false, message: 'The signature is invalid' };
  }
}
