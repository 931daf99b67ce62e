// The local stack's dev-token endpoint (POST /dev-token, loopback only, JOBRAKER_DEV_TOKENS=1): how a
// caller asks for a token, and which requests the endpoint refuses.
//
// Checking the socket address is not enough: with DNS rebinding a web page's own hostname resolves to
// 127.0.0.1, so its requests arrive from loopback with `Host: evil.example`. A browser page also cannot
// send a custom header or a JSON content type cross-origin without a CORS preflight, which the endpoint
// never approves. Extension pages and Node callers are not web origins and pass.

/** The custom header a caller must send; a simple (non-preflighted) browser request cannot carry it. */
export const DEV_TOKEN_HEADER = 'x-jobraker-dev-token';

/** The request the extension and the scripts send for a token for `sub`. */
export function devTokenRequest(sub: string): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', [DEV_TOKEN_HEADER]: '1' },
    body: JSON.stringify({ sub }),
  };
}

export interface DevTokenRequestHeaders {
  host?: string;
  origin?: string;
  contentType?: string;
  marker?: string;
}

export interface DevTokenRefusal {
  status: 403 | 415;
  error: 'loopback_host_only' | 'web_origin_refused' | 'dev_token_header_missing' | 'json_only';
  message: string;
}

const LOOPBACK_HOSTNAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);
const EXTENSION_SCHEMES = new Set(['chrome-extension:', 'moz-extension:', 'safari-web-extension:']);

function isLoopbackHost(host: string): boolean {
  try {
    const url = new URL(`http://${host}`);
    // The header must be exactly a host[:port]: no user info, path or other tricks around the name.
    return url.host === host.toLowerCase() && LOOPBACK_HOSTNAMES.has(url.hostname);
  } catch {
    return false;
  }
}

function isExtensionOrigin(origin: string): boolean {
  try {
    return EXTENSION_SCHEMES.has(new URL(origin).protocol);
  } catch {
    return false; // includes "null" (sandboxed frames, data: URLs)
  }
}

/** Null when the request may have a token; else why not, as the HTTP answer to give. */
export function refuseDevTokenRequest(headers: DevTokenRequestHeaders): DevTokenRefusal | null {
  if (!headers.host || !isLoopbackHost(headers.host)) {
    return {
      status: 403,
      error: 'loopback_host_only',
      message: `Dev tokens are issued only to Host 127.0.0.1, localhost or [::1], not ${headers.host ?? '(none)'}`,
    };
  }
  if (headers.origin !== undefined && !isExtensionOrigin(headers.origin)) {
    return {
      status: 403,
      error: 'web_origin_refused',
      message: `Web pages may not request dev tokens (Origin ${headers.origin})`,
    };
  }
  if (headers.marker !== '1') {
    return {
      status: 403,
      error: 'dev_token_header_missing',
      message: `Send the header ${DEV_TOKEN_HEADER}: 1`,
    };
  }
  const mediaType = headers.contentType?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') {
    return { status: 415, error: 'json_only', message: 'Send Content-Type: application/json' };
  }
  return null;
}
