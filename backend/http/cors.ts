// CORS for the browser extension. Extension pages call the functions from `chrome-extension://<id>` or
// `moz-extension://<uuid>`; loopback origins are allowed for local demo pages. CORS is not the security
// boundary (every data call carries a verified Clerk JWT); it only lets the extension read the responses.

const EXTENSION_ORIGIN = /^(chrome-extension|moz-extension|safari-web-extension):\/\/[a-z0-9-]+$/i;
const LOOPBACK_ORIGIN = /^http:\/\/(localhost|127\.0\.0\.1)(:\d{1,5})?$/;

export const ALLOWED_HEADERS = 'authorization, x-client-info, apikey, content-type, x-request-id';
export const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE, OPTIONS';

export interface CorsOptions {
  /** Exact origins allowed besides extensions and loopback (e.g. a web app). */
  extraOrigins?: readonly string[];
}

export function isAllowedOrigin(origin: string | null, options: CorsOptions = {}): origin is string {
  if (!origin) return false;
  return (
    EXTENSION_ORIGIN.test(origin) || LOOPBACK_ORIGIN.test(origin) || !!options.extraOrigins?.includes(origin)
  );
}

/** Headers for an allowed origin (echoed, never `*`, so credentials work); empty for any other. */
export function corsHeaders(origin: string | null, options: CorsOptions = {}): Record<string, string> {
  if (!isAllowedOrigin(origin, options)) return { vary: 'Origin' };
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-headers': ALLOWED_HEADERS,
    'access-control-allow-methods': ALLOWED_METHODS,
    'access-control-max-age': '86400',
    vary: 'Origin',
  };
}

type Handler = (request: Request) => Response | Promise<Response>;

/** Answers preflights and adds CORS headers to whatever the handler returns. */
export function withCors(
  handler: Handler,
  options: CorsOptions = {},
): (request: Request) => Promise<Response> {
  return async (request) => {
    const origin = request.headers.get('origin');
    if (request.method === 'OPTIONS') {
      if (!isAllowedOrigin(origin, options)) {
        return new Response(
          JSON.stringify({ error: 'origin_not_allowed', message: `Origin ${origin} is not allowed` }),
          {
            status: 403,
            headers: { 'content-type': 'application/json; charset=utf-8', vary: 'Origin' },
          },
        );
      }
      return new Response(null, { status: 204, headers: corsHeaders(origin, options) });
    }
    const response = await handler(request);
    return addHeaders(response, corsHeaders(origin, options));
  };
}

/** Responses from fetch() have immutable headers, so copy rather than mutate. */
function addHeaders(response: Response, extra: Record<string, string>): Response {
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(extra)) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
