// Development only: a token getter backed by the local stack's dev-token endpoint (served by the launcher on
// 127.0.0.1 when JOBRAKER_DEV_TOKENS=1), for running sync before a Clerk instance is set up. It refuses any
// non-loopback URL, and the endpoint itself does not exist outside `npm run backend`.
import { devTokenRequest } from '../../../shared/sync/dev-token.ts';

const LOOPBACK = /^http:\/\/(127\.0\.0\.1|localhost)(:\d{1,5})?\//;

export function devTokenGetter(
  url: string,
  sub = 'user_local_dev',
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): () => Promise<string | null> {
  if (!LOOPBACK.test(url)) throw new Error(`Dev tokens come from loopback only, not ${url}`);
  let cached: { token: string; renewAt: number } | undefined;
  return async () => {
    if (cached && Date.now() < cached.renewAt) return cached.token;
    try {
      const response = await fetchImpl(url, devTokenRequest(sub));
      if (!response.ok) return null; // dev tokens off: behave as signed out
      const { token, expiresIn } = (await response.json()) as { token: string; expiresIn: number };
      cached = { token, renewAt: Date.now() + Math.max(0, expiresIn - 60) * 1000 };
      return token;
    } catch {
      return null;
    }
  };
}
