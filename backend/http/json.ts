import type { z } from 'zod';

/** JSON responses with the shape every Jobraker function uses for errors: `{ error, message }`. */
export function json(body: unknown, status = 200, headers: HeadersInit = {}): Response {
  const merged = new Headers(headers);
  merged.set('content-type', 'application/json; charset=utf-8');
  return new Response(JSON.stringify(body), { status, headers: merged });
}

export function jsonError(
  status: number,
  error: string,
  message: string,
  extra: Record<string, unknown> = {},
) {
  return json({ error, message, ...extra }, status);
}

/** The 400 for a body that is JSON but not the function's request: `message` names the request it should be,
 * and the first five issues say where it is not (enough to fix the call, never a wall of text). */
export function invalidRequest(error: z.ZodError, message: string): Response {
  const issues = error.issues.slice(0, 5).map((i) => ({ path: i.path.join('.'), message: i.message }));
  return jsonError(400, 'invalid_request', message, { issues });
}
