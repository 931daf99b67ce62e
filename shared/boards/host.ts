/**
 * Host tests anchored on the hostname: never a substring of the whole URL, so
 * "evil.com/?greenhouse.io" or "greenhouse.io.evil.com" never match.
 */

/** True when `host` is `domain` or a subdomain of it. */
export function hostIs(host: string, domain: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === domain || h.endsWith(`.${domain}`);
}

/** True when `host` is one of `domains` or a subdomain of one. */
export const hostIsAny = (host: string, domains: readonly string[]): boolean =>
  domains.some((d) => hostIs(host, d));

export function toUrl(url: string | URL): URL | null {
  if (url instanceof URL) return url;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
